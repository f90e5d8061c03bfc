// The parts of the package README that show the first steps of a script, from what the IR has:
// finding a VM by name (a list operation whose filter has `names`), starting an operation as a
// task (the first task method), and the waiting helpers. Names come from the IR.
import type { Ir, IrOperation, IrService } from '../ir/model.js';

export interface FindView {
  /** `client.vms.list` */
  call: string;
  /** The id field of the summaries (`vm`). */
  idField: string;
}

export interface TaskView {
  /** `client.vms.cloneTask` */
  call: string;
  /** The plain method (`client.vms.clone`). */
  plain: string;
  errorType: string;
}

/** The VM list operation: its filter (the one parameter) has `names`, its summaries an id field. */
const VM_LIST = 'com.vmware.vcenter.VM.list';

export function guide(ir: Ir): { find?: FindView; task?: TaskView; waits?: Record<string, string> } {
  const ops = ir.services.flatMap((s) => s.operations.map((op) => ({ s, op })));
  const out: { find?: FindView; task?: TaskView; waits?: Record<string, string> } = {};
  const list = ops.find((x) => x.op.id === VM_LIST);
  const idField = list && vmIdField(ir, list.op);
  if (list && idField && filterHasNames(ir, list.op)) out.find = { call: call(list.s, list.op.method), idField };
  const task = ops.find((x) => x.op.task?.method);
  if (task)
    out.task = {
      call: call(task.s, task.op.task!.method),
      plain: call(task.s, task.op.method),
      errorType: task.op.errorTypeName,
    };
  if (ir.waits.length) {
    const key = { 'power-state': 'power', 'tools-running': 'tools', 'guest-ip': 'guestIp' } as const;
    out.waits = Object.fromEntries(ir.waits.map((w) => [key[w.kind], w.name]));
  }
  return out;
}

const call = (s: IrService, method: string): string => `client.${s.accessor.join('.')}.${method}`;

function filterHasNames(ir: Ir, op: IrOperation): boolean {
  const t = op.params.length === 1 ? op.params[0]!.type : undefined;
  return t?.kind === 'ref' && !!ir.structures.find((s) => s.id === t.id)?.fields.some((f) => f.name === 'names');
}

/** The field of the list's summaries that holds the VM's id. */
function vmIdField(ir: Ir, op: IrOperation): string | undefined {
  const t = op.result?.kind === 'list' ? op.result.of : undefined;
  const summary = t?.kind === 'ref' ? ir.structures.find((s) => s.id === t.id) : undefined;
  return summary?.fields.find((f) => f.type.kind === 'id' && f.type.resource === 'VirtualMachine')?.name;
}
