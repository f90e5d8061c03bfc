// src/waits.ts: the waiting helpers (waitForPowerState, waitForToolsRunning, waitForGuestIp),
// each typed on the getter it polls and built on the runtime's waitFor. Written only for the
// helpers whose operation the IR has (ir/waits.ts); names, types and accessors come from the IR.
import type { Ir, IrOperation, IrService, IrWait, WaitKind } from '../ir/model.js';
import {
  importsFor,
  moduleSpecifier,
  template,
  tsModule,
  type EmitContext,
  type EmittedFile,
  type ImportSpec,
} from './files.js';
import { tsType, Uses, type NameIndex } from './tstype.js';

/** One helper: its name, the client shape it needs, the getter it calls and the types it uses. */
export interface WaitView {
  name: string;
  /** The client's shape, typed on the getter: `{ readonly power: Pick<PowerService, 'get'> }`. */
  clientType: string;
  /** The getter as called on `client` (`power.get`). */
  getter: string;
  /** The type of the VM id it takes. */
  vmType: string;
  /** The getter's result type. */
  resultType: string;
  /** Of power-state: the enum of the states. */
  stateType?: string;
  /** Of guest-ip: the type of one interface. */
  itemType?: string;
}

export interface WaitsView {
  power?: WaitView;
  tools?: WaitView;
  guestIp?: WaitView;
}

export const WAITS_TEMPLATE = template<WaitsView>('waits.ts.hbs');

const KEY: Record<WaitKind, keyof WaitsView> = {
  'power-state': 'power',
  'tools-running': 'tools',
  'guest-ip': 'guestIp',
};

export function emitWaits({ ir, names }: EmitContext): EmittedFile[] {
  if (!ir.waits.length) return [];
  const path = 'src/waits.ts';
  const uses = new Uses();
  const view: WaitsView = {};
  const services = new Set<IrService>();
  for (const w of ir.waits) {
    const found = operationOf(ir, w);
    services.add(found.service);
    view[KEY[w.kind]] = waitView(ir, w, found, names, uses);
  }
  const imports: ImportSpec[] = [
    { from: moduleSpecifier(path, 'src/runtime/wait'), named: ['waitFor'], typeOnly: false },
    { from: moduleSpecifier(path, 'src/runtime/wait'), named: ['WaitForOptions'], typeOnly: true },
    ...[...services].map((s) => ({
      from: moduleSpecifier(path, `src/${s.module}`),
      named: [s.className],
      typeOnly: true,
    })),
    ...importsFor(path, uses),
  ];
  return [tsModule(path, WAITS_TEMPLATE, view, imports)];
}

function operationOf(ir: Ir, w: IrWait): { service: IrService; op: IrOperation } {
  for (const service of ir.services) {
    const op = service.operations.find((o) => o.id === w.operation);
    if (op) return { service, op };
  }
  throw new Error(`waits: ${w.name} polls ${w.operation}, which the IR does not have`);
}

function waitView(
  ir: Ir,
  w: IrWait,
  { service, op }: { service: IrService; op: IrOperation },
  names: NameIndex,
  uses: Uses,
): WaitView {
  // { readonly guest: { readonly networking: { readonly interfaces: Pick<…, 'list'> } } }
  const clientType = service.accessor.reduceRight(
    (inner, key) => `{ readonly ${key}: ${inner} }`,
    `Pick<${service.className}, '${op.method}'>`,
  );
  const result = op.result!;
  const view: WaitView = {
    name: w.name,
    clientType,
    getter: `${service.accessor.join('.')}.${op.method}`,
    vmType: tsType(op.params[0]!.type, names, uses, false),
    resultType: tsType(result, names, uses, true),
  };
  if (w.kind === 'power-state' && result.kind === 'ref') {
    const state = ir.structures.find((s) => s.id === result.id)?.fields.find((f) => f.name === 'state')?.type;
    if (state?.kind === 'enum') view.stateType = tsType(state, names, uses, false);
  }
  if (w.kind === 'guest-ip' && result.kind === 'list') view.itemType = tsType(result.of, names, uses, true);
  return view;
}
