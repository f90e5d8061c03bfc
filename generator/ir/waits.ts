// The waiting helpers: which conditions the package can wait on, keyed on the operations they
// poll. A helper is part of the package when its operation is, with the result it reads
// (emit/waits.ts writes them; the naming stage names them).
import type { VapiType } from '../model/types.js';
import type { IrEnum, IrOperation, IrService, IrStructure, IrWait, WaitKind } from './model.js';

interface Types {
  structures: Map<string, IrStructure>;
  enums: Map<string, IrEnum>;
}

/** Each helper, the operation it polls, the name it prefers and what its result must have. */
export const WAITS: readonly {
  kind: WaitKind;
  operation: string;
  name: string;
  fits: (op: IrOperation, t: Types) => boolean;
}[] = [
  {
    kind: 'power-state',
    operation: 'com.vmware.vcenter.vm.power.get',
    name: 'waitForPowerState',
    fits: (op, t) => enumWith(t, field(t, op.result, 'state'), 'POWERED_ON'),
  },
  {
    kind: 'tools-running',
    operation: 'com.vmware.vcenter.vm.tools.get',
    name: 'waitForToolsRunning',
    fits: (op, t) => enumWith(t, field(t, op.result, 'run_state'), 'RUNNING'),
  },
  {
    kind: 'guest-ip',
    operation: 'com.vmware.vcenter.vm.guest.networking.interfaces.list',
    name: 'waitForGuestIp',
    fits: (op, t) => {
      const list = op.result?.kind === 'list' ? op.result.of : undefined;
      const addresses = field(t, field(t, list, 'ip'), 'ip_addresses');
      const one = addresses?.kind === 'list' ? addresses.of : undefined;
      const text = field(t, one, 'ip_address');
      return text?.kind === 'primitive' && text.name === 'string' && enumWith(t, field(t, one, 'state'), 'PREFERRED');
    },
  },
];

/** The helpers whose operation `services` have, with the result they read (names decided later). */
export function waitsOf(services: IrService[], structures: IrStructure[], enums: IrEnum[]): IrWait[] {
  const types: Types = {
    structures: new Map(structures.map((s) => [s.id, s])),
    enums: new Map(enums.map((e) => [e.id, e])),
  };
  const ops = new Map(services.flatMap((s) => s.operations.map((o) => [o.id, o] as const)));
  return WAITS.filter((w) => {
    const op = ops.get(w.operation);
    return op && op.params[0]?.type.kind === 'id' && w.fits(op, types);
  }).map((w) => ({ kind: w.kind, operation: w.operation, name: '' }));
}

/** The type of field `name` of the structure `t` refers to (optional or not). */
function field(types: Types, t: VapiType | undefined, name: string): VapiType | undefined {
  const of = t?.kind === 'optional' ? t.of : t;
  if (of?.kind !== 'ref') return undefined;
  const f = types.structures.get(of.id)?.fields.find((x) => x.name === name)?.type;
  return f?.kind === 'optional' ? f.of : f;
}

const enumWith = (types: Types, t: VapiType | undefined, value: string): boolean =>
  t?.kind === 'enum' && !!types.enums.get(t.id)?.values.some((v) => v.value === value);
