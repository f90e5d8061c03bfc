// The task method of an operation with a task form (`task: both|only` in the spec): `cloneTask(spec)`
// starts the operation as a vCenter task through the runtime's startTask and resolves to the task's
// handle, `Task<Result, Error>`, whose `wait()` resolves to the operation's result or rejects with
// its error union. Its standalone function form (`vmCloneTask(transport, spec)`) sits beside the
// plain one. Names come from the IR (`IrTask.method`, `IrTask.functionName`).
import type { IrOperation } from '../ir/model.js';
import { docLines } from './jsdoc.js';
import { firstSentence, paramLines, privilegeLines, throwsLines } from './opdoc.js';

export interface TaskMethodView {
  method: string;
  functionName: string;
  /** `Task<VirtualMachineId, VmCloneError>`. */
  type: string;
  /** The function's body: `startTask<R, E>(transport, OP, [args], options)`. */
  call: string;
  doc: string[];
  functionDoc: string[];
}

/** The task method of `op` (which has a task form and a task method name); `result`: its result's type text. */
export function taskMethodView(op: IrOperation, result: string, errorClass: Map<string, string>): TaskMethodView {
  const task = op.task!;
  const args = op.params.map((p) => p.tsName).join(', ');
  const type = `Task<${result}, ${op.errorTypeName}>`;
  const yields = op.result
    ? `resolves to ${op.resultDescription ? lower(op.resultDescription) : 'its result'}`
    : 'resolves when it has succeeded';
  const { api, rest } = task.http;
  const lines = [
    `Starts \`${op.name}\` as a vCenter task and resolves to the task's handle once vCenter accepted it.` +
      ` \`await task.wait({ signal, timeoutMs, onProgress })\` ${yields}, or rejects with the operation's error` +
      ` (\`${op.errorTypeName}\`) when the task fails, with a \`TransportError\` when it times out or is aborted` +
      ` (the task goes on); \`task.info()\` reads its status and progress, \`task.cancel()\` asks vCenter to stop it.`,
    `HTTP: \`${api.method} ${api.path}\``,
    ...(rest ? [`Legacy: \`${rest.method} ${rest.path}\``] : []),
    ...privilegeLines(op),
    ...paramLines(op),
    `@returns The task; \`wait()\` ${yields}.`,
    // What the call itself raises: the operation's errors, when vCenter refuses to start the task.
    ...throwsLines(op, errorClass),
  ];
  return {
    method: task.method,
    functionName: task.functionName,
    type,
    call: `startTask<${result}, ${op.errorTypeName}>(transport, ${op.constName}, [${args}], options)`,
    doc: docLines({ ...op, description: firstSentence(op.description) ?? `Runs \`${op.id}\` as a task.` }, lines),
    functionDoc: docLines({}, [
      `Starts \`${op.id}\` as a vCenter task. The standalone form of \`${task.method}\`, for bundles that need only this operation: pass the transport of \`createTransport(options)\`.`,
    ]),
  };
}

/** `Identifier of the new VM.` → `identifier of the new VM` (for use inside a sentence). */
function lower(text: string): string {
  const t = text.replace(/\.\s*$/, '');
  return /^[A-Z][a-z]/.test(t) ? t.charAt(0).toLowerCase() + t.slice(1) : t;
}
