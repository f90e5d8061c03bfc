// services/…/x.ts: one class per vAPI service; each operation a method taking the operation's
// parameters positionally (spec order) and then per-call options.
import { TASK_RESOURCE, type IrOperation, type IrService } from '../ir/model.js';
import type { VapiType } from '../model/types.js';
import { commentText, stringLiteral } from './syntax.js';
import { importsFor, moduleSpecifier, template, tsModule, type EmitContext, type EmittedFile } from './files.js';
import { docLines } from './jsdoc.js';
import { tsType, Uses, type NameIndex } from './tstype.js';
import { typeToString } from '../model/parse.js';
import { splitPath } from '../model/paths.js';
import { taskMethodView, type TaskMethodView } from './service-task.js';
import { firstSentence, paramLines, privilegeLines, throwsLines } from './opdoc.js';
import { mapIndex, operationMaps, shapeSource, type MapIndex } from './maps.js';

export interface ServiceView {
  className: string;
  id: string;
  doc: string[];
  ops: OperationView[];
}

export interface OperationView {
  constName: string;
  method: string;
  functionName: string;
  functionDoc: string[];
  params: { name: string; type: string; optional: boolean }[];
  resultType: string;
  errorTypeName: string;
  /** The error union (`never` when the operation documents none). */
  errorUnion: string;
  errorDoc: string[];
  /** The members of the operation's OperationInfo constant, as code. */
  info: string[];
  /** The documented error types, as string literals. */
  errorTypes: string;
  /** The parameters passed on, in order. */
  args: string;
  doc: string[];
  /**
   * The body of the function form: how it calls (`transport.call<R>(OP, [args], options)`, or
   * for an operation that runs only as a task, `startTask(…).then((task) => task.id)`).
   */
  call: string;
  /** The method that starts the operation as a task (service-task.ts), when it has a task form. */
  task?: TaskMethodView;
}

export const SERVICE_TEMPLATE = template<ServiceView>('service.ts.hbs');

/** One module per service. */
export function emitServices(ctx: EmitContext): EmittedFile[] {
  const maps = mapIndex(ctx.ir);
  return ctx.ir.services.map((s) => emitService(ctx, s, maps));
}

function emitService({ ir, names }: EmitContext, service: IrService, maps: MapIndex): EmittedFile {
  const uses = new Uses();
  const errorClass = new Map(ir.errors.map((e) => [e.id, e.className]));
  const path: `src/${string}.ts` = `src/${service.module}.ts`;
  const withValue = new Set(ir.structures.filter((s) => s.fields.some((f) => f.name == 'value')).map((s) => s.id));
  const ops = service.operations.map((op) => operationView(op, names, uses, errorClass, withValue, maps));
  const doc = docLines(service, [`vAPI service \`${service.id}\`.`]);
  const tasks = ops.some((o) => o.task);
  return tsModule(path, SERVICE_TEMPLATE, { className: service.className, id: service.id, doc, ops }, [
    ...(ops.some((o) => o.info.some((i) => i.startsWith('parts:')))
      ? [{ from: moduleSpecifier(path, 'src/runtime/parts'), named: ['encodeParts'], typeOnly: false }]
      : []),
    ...(tasks
      ? [
          { from: moduleSpecifier(path, 'src/runtime/tasks'), named: ['startTask'], typeOnly: false },
          { from: moduleSpecifier(path, 'src/runtime/tasks'), named: ['Task'], typeOnly: true },
        ]
      : []),
    { from: moduleSpecifier(path, 'src/runtime/transport'), named: ['CallOptions', 'Transport'], typeOnly: true },
    { from: moduleSpecifier(path, 'src/runtime/wire'), named: ['OperationInfo'], typeOnly: true },
    ...importsFor(path, uses),
  ]);
}

function operationView(
  op: IrOperation,
  names: NameIndex,
  uses: Uses,
  errorClass: Map<string, string>,
  withValue: ReadonlySet<string>,
  mapsOf: MapIndex,
): OperationView {
  const lastRequired = op.params.map((p) => !p.optional).lastIndexOf(true);
  const params = op.params.map((p, i) => ({
    name: p.tsName,
    type: tsType(p.type, names, uses, false) + (p.optional && i < lastRequired ? ' | undefined' : ''),
    optional: p.optional && i > lastRequired,
  }));
  // A task-only operation is started as a task: its method returns the task's id. With a task
  // method (a runtime that starts tasks), its info is the operation's, started by startTask.
  const taskOnly = op.task?.mode === 'only';
  const started = taskOnly && !!op.task?.method;
  const taskResult = op.result ? tsType(op.result, names, uses, true) : 'void';
  const result = taskOnly ? tsType({ kind: 'id', resource: TASK_RESOURCE }, names, uses, true) : taskResult;
  const errors = op.errors.map((e) => {
    const cls = errorClass.get(e.id)!;
    uses.errors.add(cls);
    return e.data ? `${cls}<${tsType(e.data, names, uses, true)}>` : cls;
  });
  const { api, rest } = taskOnly && !started ? op.task!.http : op.http;
  // A task form started without a task method answers the task's id: only what it sends has maps.
  const maps = operationMaps(op, mapsOf, !taskOnly || started);
  // Paths split at their parameters here, so that the runtime does not parse templates.
  const split = (path: string) =>
    `[${splitPath(path)
      .map((s, i) => (i % 2 ? String(paramIndex(op, s)) : s && stringLiteral(s)))
      .filter(Boolean)
      .join(', ')}]`;
  const info = [
    `id: ${stringLiteral(op.id)}`,
    `params: [${op.params.map((p) => `[${stringLiteral(p.name)}, ${stringLiteral(p.in)}]`).join(', ')}]`,
    `api: [${[
      stringLiteral(api.method),
      split(api.path),
      ...(api.body !== undefined ? [stringLiteral(api.body)] : []),
      ...(api.form ? ['true'] : []),
    ].join(', ')}]`,
    `rest: ${rest ? `[${stringLiteral(rest.method)}, ${split(rest.path)}]` : 'null'}`,
    ...(op.params.some((p) => p.in != 'path') ? ['parts: encodeParts'] : []),
    // A task form answers the task's id.
    ...(taskOnly && !started
      ? ["result: 'string'"]
      : op.result
        ? [`result: ${stringLiteral(resultKind(op.result, withValue))}`]
        : []),
    // Only operations whose /rest form reaches a map carry where the maps are.
    ...(maps ? [`maps: ${shapeSource(maps)}`] : []),
  ];
  const args = op.params.map((p) => p.tsName).join(', ');
  const call = started
    ? `startTask<${taskResult}, ${op.errorTypeName}>(transport, ${op.constName}, [${args}], options).then((task) => task.id)`
    : `transport.call<${result}>(${op.constName}, [${args}], options)`;
  return {
    constName: op.constName,
    method: op.method,
    functionName: op.functionName,
    functionDoc: docLines({}, [
      `${firstSentence(op.description) ?? `Calls \`${op.id}\`.`} The standalone form of \`${op.method}\`, for bundles that need only this operation: pass the transport of \`createTransport(options)\`.`,
    ]),
    params,
    resultType: result,
    errorTypeName: op.errorTypeName,
    errorUnion: errors.length ? errors.join(' | ') : 'never',
    errorDoc: [commentText(`Errors \`${op.method}\` can raise (vAPI operation \`${op.id}\`).`)],
    info,
    errorTypes: op.errors.map((e) => stringLiteral(e.errorType)).join(', '),
    args,
    doc: docLines(op, opDocTail(op, errorClass)),
    call,
    ...(op.task?.method ? { task: taskMethodView(op, taskResult, errorClass) } : {}),
  };
}

/**
 * The JSON type a 2xx answer of the operation is checked against (the runtime's `ResultKind`):
 * `struct` for a structure, unless it has a field named `value` (then `object`, like a map, since
 * `{ value }` is then no sign of the /rest shape); `?` in front for an optional result.
 */
function resultKind(t: VapiType, withValue: ReadonlySet<string>): string {
  switch (t.kind) {
    case 'optional':
      return `?${resultKind(t.of, withValue)}`;
    case 'list':
    case 'set':
      return 'array';
    case 'map':
      return 'object';
    case 'ref':
      return withValue.has(t.id) ? 'object' : 'struct';
    case 'primitive':
      return t.name == 'long' || t.name == 'double'
        ? 'number'
        : t.name == 'boolean'
          ? t.name
          : t.name == 'opaque'
            ? 'any'
            : t.name == 'exception'
              ? 'struct'
              : 'string';
    default:
      return 'string';
  }
}

/** The index of the path parameter `name` (by wire name) among the operation's parameters. */
function paramIndex(op: IrOperation, name: string): number {
  const i = op.params.findIndex((p) => p.name == name);
  if (i < 0) throw new Error(`${op.id}: the path names '${name}', which is no parameter of the operation`);
  return i;
}

function opDocTail(op: IrOperation, errorClass: Map<string, string>): string[] {
  const lines: string[] = [];
  const taskOnly = op.task?.mode === 'only';
  const { api, rest } = taskOnly ? op.task!.http : op.http;
  if (taskOnly)
    lines.push(
      'Runs only as a vCenter task: the call starts the task and returns its id; the task then runs the operation on the server.',
    );
  lines.push(`HTTP: \`${api.method} ${api.path}\``);
  if (rest) lines.push(`Legacy: \`${rest.method} ${rest.path}\``);
  if (op.task?.mode === 'both')
    lines.push(
      `vCenter can also run it as a task (\`${op.task.http.api.method} ${op.task.http.api.path}\`)${op.task.method ? `: \`${op.task.method}\` starts it as one` : ''}; this method makes the plain call.`,
    );
  if (taskOnly && op.task?.method)
    lines.push(`\`${op.task.method}\` starts it too, and resolves to the task's handle (to wait for its result).`);
  lines.push(...privilegeLines(op), ...paramLines(op));
  if (taskOnly) {
    const yields = op.result
      ? `; when it succeeds, the task's result is ${op.resultDescription ?? `\`${typeToString(op.result)}\``}`
      : '';
    lines.push(`@returns The id of the task${yields}`);
  } else if (op.result) lines.push(`@returns ${op.resultDescription ?? `\`${typeToString(op.result)}\``}`);
  lines.push(...throwsLines(op, errorClass));
  return lines;
}
