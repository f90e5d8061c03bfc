// The fake's request pipeline, the same for every operation: route (both styles; a path no
// operation has is a 404 without a vAPI error body), session,
// arguments (decoded and validated against the spec's types), privileges, the task form,
// injected latency and faults, existence of the ids the call names, the handler (modelled, else
// generic), and the result checked against its type before it goes out. Every call is recorded
// with its secrets redacted. Emitted verbatim into the package (src/fake/).
import { check, own } from './check.js';
import { decodeArgs, encodeFault, encodeResult, Router, type Answer, type Style } from './codec.js';
import { Defect, Fault, GENERIC_ERRORS } from './faults.js';
import { endpoints, type Endpoint } from './endpoints.js';
import { missingId, redact } from './scan.js';
import { defaultHandler } from './objects.js';
import type { ModelOperation, Schema } from './schema.js';
import type { Session, Sessions } from './sessions.js';
import { classify } from './store.js';
import type { Tasks } from './tasks.js';
import { makeCall, type Behaviour, type Handler, type Obj, type World } from './world.js';

/** A request as the fake receives it (from its fetch or its HTTP server). */
export interface FakeRequest {
  method: string;
  /** Path and query (`/api/vcenter/vm/vm-1/power`), or a full URL. */
  url: string;
  /** Header names in lower case. */
  headers: Readonly<Record<string, string | undefined>>;
  body: string;
  signal?: AbortSignal | undefined;
}

export interface FakeResponse {
  status: number;
  headers: Record<string, string>;
  /** JSON text, or '' for no body. */
  body: string;
}

/** One call as the fake saw it. Secrets (passwords, tokens, session ids) never appear. */
export interface RecordedCall {
  /** 1, 2, … in arrival order. */
  readonly seq: number;
  /** When it arrived, on the fake's clock. */
  readonly time: string;
  readonly style: Style;
  readonly method: string;
  /** Path without the query. */
  readonly path: string;
  /** Canonical operation id (`com.vmware.vcenter.vm.power.start`); for logins `com.vmware.cis.session.create`. */
  readonly operation: string | undefined;
  /** The user of the session (or of the login). */
  readonly user: string | undefined;
  /** Arguments by parameter name, secret values replaced by `'<redacted>'`. */
  readonly args: Readonly<Record<string, unknown>>;
  readonly status: number;
  /** The vAPI error type of a failed call. */
  readonly error: string | undefined;
  /** Started as a task. */
  readonly task: boolean;
}

/** A call's record while it is being answered. */
export type Draft = { -readonly [K in keyof RecordedCall]?: RecordedCall[K] };

export interface InjectedFault {
  /** vAPI error type; it must be one the operation documents unless `undocumented` is set. */
  type: string;
  message?: string;
  /** The error's `data` (checked against the type the operation documents for it). */
  data?: unknown;
  /** Allows a type the operation does not document (to test how code copes with the unexpected). */
  undocumented?: boolean;
}

export interface EngineOptions {
  /** Calls kept in the record (the oldest are dropped beyond it). */
  maxRecorded: number;
  /** Operations (canonical ids) that also answer in a task form, beyond those the model marks. */
  taskForms: readonly string[];
}

const JSON_HEADERS = { 'content-type': 'application/json' };
/** Paths of the sessions and tasks services (endpoints.ts). */
const INFRA = /^\/(api\/session|rest\/com\/vmware\/cis\/session|api\/cis\/tasks|rest\/cis\/tasks)(\/|$)/;

/** The path and query of a path-and-query or a full URL (a URL object per call costs more). */
function splitUrl(url: string): [string, URLSearchParams] {
  const start = url.startsWith('/') ? 0 : url.indexOf('/', url.indexOf('//') + 2);
  const rest = start < 0 ? '/' : url.slice(start);
  const q = rest.indexOf('?');
  const hash = rest.indexOf('#');
  const end = hash < 0 ? rest.length : hash;
  return q < 0 || q > end
    ? [rest.slice(0, end), new URLSearchParams()]
    : [rest.slice(0, q), new URLSearchParams(rest.slice(q + 1, end))];
}

export class Engine {
  readonly router: Router;
  readonly handlers: Map<string, Handler> = new Map();
  readonly calls: RecordedCall[] = [];
  readonly defects: string[] = [];
  readonly faults: Map<string, (InjectedFault & { remaining: number })[]> = new Map();
  readonly latency: Map<string, number> = new Map();
  private seq = 0;
  private readonly infra: Endpoint[];

  constructor(
    readonly schema: Schema,
    readonly world: World,
    readonly sessions: Sessions,
    readonly tasks: Tasks,
    behaviours: ReadonlyMap<string, Behaviour>,
    readonly options: EngineOptions,
  ) {
    this.router = new Router(schema.model.operations);
    this.infra = endpoints(this);
    const shapes = classify(schema);
    for (const op of schema.model.operations) {
      const generic = defaultHandler(world, shapes.get(op.service)!, op);
      const b = behaviours.get(op.id);
      const base = b?.handle ?? generic;
      this.handlers.set(op.id, (call) => {
        b?.before?.(call);
        const r = base(call);
        return b?.after ? b.after(call, r) : r;
      });
    }
  }

  async handle(req: FakeRequest): Promise<FakeResponse> {
    const [pathname, query] = splitUrl(req.url);
    const style: Style = pathname.startsWith('/rest/') ? 'rest' : 'api';
    const task = query.get('vmw-task') === 'true';
    if (task) query.delete('vmw-task');
    const rec: Draft = {
      seq: ++this.seq,
      time: this.world.clock.iso(),
      style,
      method: req.method,
      path: pathname,
      operation: undefined,
      user: undefined,
      args: {},
      status: 0,
      error: undefined,
      task,
    };
    let answer: Answer;
    try {
      answer = await this.dispatch(req, pathname, query, style, rec);
    } catch (e) {
      // An aborted request rejects as fetch does; everything else answers.
      if (req.signal?.aborted) throw req.signal.reason;
      answer = this.failure(e, style, rec);
    }
    rec.status = answer.status;
    this.record(rec as RecordedCall);
    return { status: answer.status, headers: answer.body ? { ...JSON_HEADERS } : {}, body: answer.body };
  }

  private async dispatch(
    req: FakeRequest,
    pathname: string,
    query: URLSearchParams,
    style: Style,
    rec: Draft,
  ): Promise<Answer> {
    for (const e of INFRA.test(pathname) ? this.infra : []) {
      const hit = e.match(req.method, pathname, query);
      if (hit) {
        rec.operation = e.operation;
        return e.run(req, hit, style, rec);
      }
    }
    const found = this.router.match(req.method, pathname, query);
    // No such endpoint: a 404 without a vAPI error, as servers answer a path they do not have (the
    // client's EndpointNotFoundError). NOT_FOUND, a vAPI error, says the resource an operation names
    // does not exist.
    if (!found) return { status: 404, body: '' };
    const { op } = found.route;
    // An operation that exists only as a task has no plain endpoint.
    if (op.task == 'only' && !rec.task) return { status: 404, body: '' };
    rec.operation = op.id;
    const session = this.session(req);
    rec.user = session.user.username;
    const args = decodeArgs(this.schema, found.route, found.path, query, req.body);
    rec.args = redact(this.schema, op, args);
    this.validate(op, args);
    this.sessions.authorize(session.user, op.privileges, op.id, op.api.method);
    await this.delay(op.id, req.signal);
    const run = (): unknown => this.run(op, args, style, session.user.username);
    if (rec.task) {
      if (!op.task && !this.options.taskForms.includes(op.id))
        throw new Fault('NOT_FOUND', `${op.id} has no task form`);
      this.exists(op, args);
      const id = this.tasks.start(op.id, session.user.username, run);
      return { status: 202, body: JSON.stringify(style == 'rest' ? { value: id } : id) };
    }
    const result = run();
    const created = op.api.method == 'POST' && !op.api.path.includes('?') && result !== undefined;
    return encodeResult(this.schema, style, op, result, created);
  }

  /** The session of the request's `vmware-api-session-id`, or UNAUTHENTICATED. */
  session(req: FakeRequest): Session {
    return this.sessions.use(req.headers['vmware-api-session-id']);
  }

  /** Runs an operation's handler: injected fault first, then the ids it names must exist. */
  run(op: ModelOperation, args: Obj, style: Style, user: string): unknown {
    this.injected(op);
    this.exists(op, args);
    const result = this.handlers.get(op.id)!(makeCall(this.world, op, args, style, user));
    if (op.result !== undefined) {
      const problem = check(this.schema, this.schema.type(op.result), result, 'result');
      if (problem) throw new Defect(`${op.id} made a result that is not a ${op.result}: ${problem.message}`);
    } else if (result !== undefined) throw new Defect(`${op.id} has no result but its handler returned one`);
    return result;
  }

  private validate(op: ModelOperation, args: Obj): void {
    for (const p of op.params) {
      const v = own(args, p.name);
      if (v == null) {
        if (!p.optional) throw new Fault('INVALID_ARGUMENT', `${p.name}: required`, undefined, undefined, [p.name]);
        continue;
      }
      const problem = check(this.schema, this.schema.type(p.type), v, p.name);
      if (problem) throw new Fault('INVALID_ARGUMENT', problem.message, undefined, undefined, [problem.path]);
    }
  }

  /** Ids of inventory objects the call names must exist (a list filter's match nothing instead). */
  private exists(op: ModelOperation, args: Obj): void {
    for (const p of op.name == 'list' ? op.params.filter((x) => x.in == 'path') : op.params) {
      const missing = missingId(this.schema, this.world.inventory, this.schema.type(p.type), own(args, p.name), p.name);
      if (!missing) continue;
      const types = p.in == 'path' ? ['NOT_FOUND'] : ['NOT_FOUND', 'INVALID_ARGUMENT'];
      makeCall(this.world, op, args, 'api', '').fail(types, `${missing[0]}: ${missing[1]} does not exist`);
    }
  }

  private injected(op: ModelOperation): void {
    const list = this.faults.get(op.id);
    const f = list?.[0];
    if (!f) return;
    if (--f.remaining <= 0) list!.shift();
    const fault = new Fault(f.type, f.message ?? `injected ${f.type}`, f.data);
    if (f.undocumented) this.undocumentedOk.add(fault);
    throw fault;
  }

  private async delay(operation: string, signal: AbortSignal | undefined): Promise<void> {
    const ms = this.latency.get(operation) ?? this.latency.get('*') ?? 0;
    if (ms <= 0) return;
    await new Promise<void>((resolve, reject) => {
      const done = (): void => {
        signal?.removeEventListener('abort', abort);
        resolve();
      };
      const timer = setTimeout(done, ms);
      const abort = (): void => {
        clearTimeout(timer);
        reject(signal!.reason);
      };
      if (signal?.aborted) abort();
      else signal?.addEventListener('abort', abort, { once: true });
    });
  }

  private failure(e: unknown, style: Style, rec: Draft): Answer {
    if (e instanceof Fault) {
      const op = rec.operation ? this.schema.operations.get(rec.operation) : undefined;
      if (op && !GENERIC_ERRORS.has(e.type) && !op.errors.includes(e.type) && !this.undocumentedOk.has(e))
        return this.failure(
          new Defect(`${op.id} failed with ${e.type}, which it does not document: ${e.message}`),
          style,
          rec,
        );
      rec.error ??= e.type;
      return encodeFault(this.schema, style, e);
    }
    // The fake's own failure: a 500 that says so, and a defect a test can assert on.
    const text =
      e instanceof Defect ? e.message : `fake defect: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`;
    this.defects.push(text);
    rec.error = 'ERROR';
    return encodeFault(this.schema, style, new Fault('ERROR', text));
  }

  /** Faults a test injected on purpose with an undocumented type. */
  readonly undocumentedOk: WeakSet<Fault> = new WeakSet();

  /** The recorded calls: the last `maxRecorded`. */
  recorded(): RecordedCall[] {
    return this.calls.slice(-this.options.maxRecorded);
  }

  private record(call: RecordedCall): void {
    this.calls.push(call);
    // Trimmed in batches (a splice per call would cost more than the call).
    if (this.calls.length >= 2 * this.options.maxRecorded)
      this.calls.splice(0, this.calls.length - this.options.maxRecorded);
  }
}
