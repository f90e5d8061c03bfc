// The vAPI infrastructure every vCenter serves beside the package's operations: sessions
// (`/api/session`, `/rest/com/vmware/cis/session`) and tasks (`/api/cis/tasks`, `/rest/cis/tasks`).
// Emitted verbatim into the package (src/fake/).
import { check } from './check.js';
import { encodeResult, mapsToEntries, type Answer, type Style } from './codec.js';
import { Defect } from './faults.js';
import type { Draft, Engine, FakeRequest } from './engine.js';

export interface Endpoint {
  /** The vAPI operation it is, for the record. */
  readonly operation: string;
  match(method: string, pathname: string, query: URLSearchParams): Record<string, string> | undefined;
  run(req: FakeRequest, params: Record<string, string>, style: Style, rec: Draft): Answer;
}

const SESSION = 'com.vmware.cis.session';
const TASKS = 'com.vmware.cis.tasks';

/** A matcher: `[method, pattern, query pairs that must be there, query keys that must not]`. */
function at(
  routes: readonly (readonly [string, RegExp, Record<string, string>?])[],
): (method: string, pathname: string, query: URLSearchParams) => Record<string, string> | undefined {
  return (method, pathname, query) => {
    for (const [m, re, q = {}] of routes) {
      const hit = method == m && re.exec(pathname);
      const actions = ['action', '~action'].filter((k) => query.has(k));
      if (hit && Object.entries(q).every(([k, v]) => query.get(k) == v) && actions.every((k) => k in q))
        return { ...hit.groups };
    }
    return undefined;
  };
}

export function endpoints(engine: Engine): Endpoint[] {
  const { sessions, tasks, schema } = engine;
  const ok = (style: Style, value: unknown, status?: number): Answer => {
    const a = encodeResult(schema, style, undefined, value);
    return status && style == 'api' && value !== undefined ? { ...a, status } : a;
  };
  const out = (type: string, value: unknown): unknown => {
    const p = check(schema, schema.type(type), value, 'result');
    if (p) throw new Defect(`${type}: ${p.message}`);
    return value;
  };
  const user = (req: FakeRequest, rec: Draft): string => {
    const s = engine.session(req);
    rec.user = s.user.username;
    return s.user.username;
  };
  const session = /^\/(?:api\/session|rest\/com\/vmware\/cis\/session)$/;
  const task = /^\/(?:api|rest)\/cis\/tasks\/(?<task>[^/]+)$/;
  return [
    {
      operation: `${SESSION}.create`,
      match: at([['POST', session]]),
      run(req, _, style, rec) {
        const id = sessions.login(req.headers.authorization);
        rec.user = sessions.use(id).user.username;
        return ok(style, id, 201);
      },
    },
    {
      operation: `${SESSION}.get`,
      match: at([
        ['GET', session],
        ['POST', session, { '~action': 'get' }],
        ['POST', session, { action: 'get' }],
      ]),
      run(req, _, style, rec) {
        const s = engine.session(req);
        rec.user = s.user.username;
        return ok(style, out('ref:com.vmware.cis.session.info', sessions.info(s)));
      },
    },
    {
      operation: `${SESSION}.delete`,
      match: at([['DELETE', session]]),
      run(req, _, style, rec) {
        user(req, rec);
        sessions.delete(req.headers['vmware-api-session-id']!);
        return ok(style, undefined);
      },
    },
    {
      operation: `${TASKS}.get`,
      match: at([['GET', task]]),
      run(req, { task: id }, style, rec) {
        user(req, rec);
        return ok(style, out('ref:com.vmware.cis.task.info', tasks.info(decodeURIComponent(id!))));
      },
    },
    {
      operation: `${TASKS}.cancel`,
      match: at([['POST', task, { action: 'cancel' }]]),
      run(req, { task: id }, style, rec) {
        user(req, rec);
        tasks.cancel(decodeURIComponent(id!));
        return ok(style, undefined);
      },
    },
    {
      operation: `${TASKS}.list`,
      match: at([['GET', /^\/(?:api|rest)\/cis\/tasks$/]]),
      run(req, _, style, rec) {
        user(req, rec);
        const q = new URL(req.url, 'http://fake').searchParams;
        const filter: Record<string, string[]> = {};
        for (const k of ['tasks', 'services', 'operations', 'status', 'users']) {
          const values = [...q.getAll(k), ...q.getAll(`filter_spec.${k}`)];
          q.forEach((v, key) => key.startsWith(`filter_spec.${k}.`) && values.push(v));
          if (values.length) filter[k] = values;
        }
        const all = tasks.list(filter);
        for (const v of Object.values(all)) out('ref:com.vmware.cis.task.info', v);
        return ok(style, style == 'rest' ? mapsToEntries(schema, schema.type('map<string,opaque>'), all) : all);
      },
    },
  ];
}
