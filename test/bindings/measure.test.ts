// How spec/7.0.3 compares with what VMware's bindings state (spec/overlays/bindings/7.0.3.yaml),
// measured from the committed files alone. The importer applies the facts (generator/import/facts/),
// so what is left is what the spec rightly says beyond the bindings (see the comments).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../generator/paths.js';
import {
  canonicalType,
  compareOperations,
  compareUnions,
  readSpecUnits,
  specModel,
} from '../../scripts/bindings/compare.mjs';
import { factsFromOverlay } from '../../scripts/bindings/facts.mjs';

const { facts } = factsFromOverlay(parse(readFileSync(join(projectRoot, 'spec/overlays/bindings/7.0.3.yaml'), 'utf8')));
const spec = specModel(readSpecUnits(join(projectRoot, 'spec/7.0.3')));
const VM = 'com.vmware.vcenter.vm.';
const short = (id: string) => id.replace(VM, '');

describe('spec/7.0.3 against the 7.0.3 bindings: structures', () => {
  const { diffs, unions, places } = compareUnions(facts, spec.structures);

  it('every one of the 40 tagged unions the spec reaches is exact (38 structures have unions)', () => {
    // Before the importer applied the facts: 18 of 36 exact, in 17 of 34 structures; the VM and
    // the placement inventory added 4 (host create spec and summary, resource pool shares, the
    // boot settings of a new VM).
    expect(unions.length).toBe(40);
    expect(unions.filter((u) => !u.exact).map((u) => `${short(u.structure)}: ${u.discriminant}`)).toEqual([]);
    expect(new Set(unions.map((u) => u.structure)).size).toBe(38);
  });

  it('differs only where the spec rightly says more', () => {
    expect(diffs.map((d) => [short(d.structure), d.kind, d.detail])).toEqual([
      // Only prose calls these values storage policy ids (the binding type is a string). To keep.
      [
        'storage.policy.info',
        'field-type',
        'disks: map<id:com.vmware.vcenter.vm.hardware.Disk,id:com.vmware.vcenter.StoragePolicy>, the bindings say map<id:com.vmware.vcenter.vm.hardware.Disk,string>',
      ],
    ]);
  });

  it('accepts no field a case forbids, and leaves optional no field a case requires', () => {
    // Before: 85 places accepted a field the case forbids, 4 left optional a field it requires.
    expect(places).toEqual({ forbiddenAccepted: 0, requiredOptional: 0, optionalRequired: 0, requiredForbidden: 0 });
  });
});

describe('spec/7.0.3 against the 7.0.3 bindings: operations', () => {
  const { diffs, absent } = compareOperations(facts, spec.operations);

  it('the spec has every error the bindings declare; it also has errors they do not declare', () => {
    // unauthenticated: from the Swagger's 401 responses; unauthorized: stated in VMware's prose.
    // Both are errors a server sends, so an import keeps them besides the bindings' list.
    expect(diffs.map((d) => [short(d.operation), d.kind, d.detail.replace('com.vmware.vapi.std.errors.', '')])).toEqual(
      [
        ['guest.environment.get', 'error-extra', 'unauthorized'],
        ['guest.environment.list', 'error-extra', 'unauthorized'],
        ['guest.identity.get', 'error-extra', 'unauthenticated'],
        ['guest.local_filesystem.get', 'error-extra', 'unauthenticated'],
        ['guest.networking.interfaces.list', 'error-extra', 'unauthenticated'],
        ['guest.networking.routes.list', 'error-extra', 'unauthenticated'],
        ['guest.operations.get', 'error-extra', 'unauthorized'],
        ['guest.power.get', 'error-extra', 'unauthenticated'],
        ['guest.power.reboot', 'error-extra', 'unauthenticated'],
        ['guest.power.standby', 'error-extra', 'unauthenticated'],
        ['guest.processes.get', 'error-extra', 'unauthorized'],
        ['guest.processes.list', 'error-extra', 'unauthorized'],
        ['tools.get', 'error-extra', 'unauthenticated'],
        ['tools.update', 'error-extra', 'unauthenticated'],
        ['tools.upgrade', 'error-extra', 'unauthenticated'],
        ['tools.installer.get', 'error-extra', 'unauthenticated'],
        ['tools.installer.connect', 'error-extra', 'unauthenticated'],
        ['tools.installer.disconnect', 'error-extra', 'unauthenticated'],
      ],
    );
  });

  it('the spec has every operation the bindings state, the VM and placement inventory services included', () => {
    expect(absent).toEqual([]);
    const services = facts.services.filter((s) => !s.id.startsWith(VM));
    expect(
      services.map(
        (s) =>
          `${s.id.replace('com.vmware.vcenter.', '')}: ${s.operations.map((o) => o.name + (o.task ? `(${o.task})` : '')).join(' ')}`,
      ),
    ).toEqual([
      'VM: create clone(TASK) relocate(TASK) instant_clone get delete list register unregister',
      'cluster: list get',
      'datacenter: create delete list get',
      'datastore: get list',
      'folder: list',
      'host: create delete list connect disconnect',
      'network: list',
      'resource_pool: get list create delete update',
    ]);
    for (const s of services)
      for (const o of s.operations) expect(spec.operations.has(`${s.id}.${o.name}`), `${s.id}.${o.name}`).toBe(true);
  });
});

describe('canonicalType', () => {
  const table: [string, string][] = [
    ['optional< list<info> >', 'optional<list<com.vmware.a.info>>'],
    ['id:VirtualMachine', 'id:VirtualMachine'],
    ['map<id:com.vmware.x.Disk,string>', 'map<id:com.vmware.x.Disk,string>'],
    ['com.vmware.b.c', 'com.vmware.b.c'],
  ];
  for (const [given, want] of table)
    it(given, () => expect(canonicalType(given, (n) => (n === 'info' ? 'com.vmware.a.info' : n))).toBe(want));
});

describe('spec/9.1.0 against the 8.0.0 bindings (vapi_client_bindings 3.9.0, the newest there are)', () => {
  const facts80 = factsFromOverlay(
    parse(readFileSync(join(projectRoot, 'spec/overlays/bindings/8.0.0.yaml'), 'utf8')),
  ).facts;
  const spec91 = specModel(readSpecUnits(join(projectRoot, 'spec/9.1.0')));
  const { diffs, unions, places } = compareUnions(facts80, spec91.structures);

  it('accepts no field a case forbids, and leaves optional no field a case requires', () => {
    expect(places).toEqual({ forbiddenAccepted: 0, requiredOptional: 0, optionalRequired: 0, requiredForbidden: 0 });
    expect(unions.length).toBe(36);
  });

  it('differs only by what 9.1 adds after 8.0 (optional, in their imported case) and the prose id', () => {
    expect(
      diffs.map((d) => [short(d.structure.replace('com.vmware.vcenter.guest.', 'guest:')), d.kind, d.detail]),
    ).toEqual([
      ['guest:domain', 'case-field-extra', 'type=DOMAIN: domain_ou'],
      ['guest:domain', 'field-extra', 'domain_ou'],
      ['guest:linux_configuration', 'field-extra', 'compatible_customization_method'],
      ['hardware.ethernet.create_spec', 'field-extra', 'upt_v2_compatibility_enabled'],
      ['hardware.ethernet.info', 'case-field-extra', 'type=VMXNET3: upt_v2_compatibility_enabled'],
      ['hardware.ethernet.info', 'field-extra', 'upt_v2_compatibility_enabled'],
      ['hardware.ethernet.update_spec', 'field-extra', 'upt_v2_compatibility_enabled'],
      [
        'storage.policy.info',
        'field-type',
        'disks: map<id:com.vmware.vcenter.vm.hardware.Disk,id:com.vmware.vcenter.StoragePolicy>, the bindings say map<id:com.vmware.vcenter.vm.hardware.Disk,string>',
      ],
      ['tools.info', 'field-extra', 'guest_reboot_status'],
    ]);
  });
});
