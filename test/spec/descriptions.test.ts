// Everything a user of the VM and placement inventory services sees in a hover has a description
// in the project's own words (spec/overlays/descriptions-vm.yaml, descriptions-inventory.yaml):
// services, operations, parameters, results, structures, fields, enums and enum values.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIr } from '../../generator/ir/build.js';
import { typeLeaves } from '../../generator/model/fold.js';
import { loadSpec } from '../../generator/spec/load.js';
import { checkSpec } from '../../generator/spec/validate.js';
import { ROOT } from '../setup/generate.js';

const ir = buildIr(checkSpec(loadSpec(join(ROOT, 'spec/7.0.3'))));
const outside = ir.services.filter((s) => !s.id.startsWith(`${ir.root}.`));

describe('spec/7.0.3: the VM and the placement inventory', () => {
  it('describe every service, operation, parameter and result', () => {
    const missing: string[] = [];
    for (const s of outside) {
      if (!s.description) missing.push(s.id);
      for (const op of s.operations) {
        if (!op.description) missing.push(op.id);
        for (const p of op.params) if (!p.description) missing.push(`${op.id}(${p.name})`);
        if (op.result && !op.resultDescription) missing.push(`${op.id} result`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('describe every structure, field, enum and enum value they reach that is new with them', () => {
    // The types the operations reach through parameters, results and fields, transitively.
    const structs = new Map(ir.structures.map((s) => [s.id, s]));
    const enums = new Map(ir.enums.map((e) => [e.id, e]));
    const seen = new Set<string>();
    const todo = outside.flatMap((s) =>
      s.operations.flatMap((o) => [...o.params.map((p) => p.type), ...(o.result ? [o.result] : [])]),
    );
    while (todo.length)
      for (const l of typeLeaves(todo.pop()!)) {
        if ((l.kind !== 'ref' && l.kind !== 'enum') || seen.has(l.id)) continue;
        seen.add(l.id);
        for (const f of structs.get(l.id)?.fields ?? []) todo.push(f.type);
      }
    // Below the root only what these operations brought in (the rest is curated with its services).
    const brought = [
      'com.vmware.vcenter.vm.identity.info',
      'com.vmware.vcenter.vm.hardware.boot.create_spec',
      'com.vmware.vcenter.vm.hardware.boot.device.entry_create_spec',
    ];
    const mine = [...seen].filter((id) => outside.some((s) => id.startsWith(`${s.id}.`)) || brought.includes(id));
    expect(mine.length).toBe(53);
    const missing: string[] = [];
    for (const id of mine) {
      const s = structs.get(id);
      const e = enums.get(id);
      if (!(s ?? e)!.description) missing.push(id);
      for (const f of s?.fields ?? []) if (!f.description) missing.push(`${id}.${f.name}`);
      for (const v of e?.values ?? []) if (!v.description) missing.push(`${id} ${v.value}`);
    }
    expect(missing).toEqual([]);
  });
});
