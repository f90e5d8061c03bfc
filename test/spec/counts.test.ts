// Pins what spec/7.0.3 holds, so nothing silently drops out of the spec or the client.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIr } from '../../generator/ir/build.js';
import { loadSpec } from '../../generator/spec/load.js';
import { checkSpec } from '../../generator/spec/validate.js';
import { ROOT } from '../setup/generate.js';

const ir = buildIr(checkSpec(loadSpec(join(ROOT, 'spec/7.0.3'))));
const ops = ir.services.flatMap((s) => s.operations);

/** Operations per service below com.vmware.vcenter.vm (the 7.0U3 API). */
const PER_SERVICE: Record<string, number> = {
  'compute.policies': 1,
  'console.tickets': 1,
  'guest.customization': 2,
  'guest.environment': 2,
  'guest.filesystem.directories': 4,
  'guest.filesystem.files': 6,
  'guest.filesystem.transfers': 1,
  'guest.identity': 1,
  'guest.local_filesystem': 1,
  'guest.networking': 1,
  'guest.networking.interfaces': 1,
  'guest.networking.routes': 1,
  'guest.operations': 1,
  'guest.power': 4,
  'guest.processes': 4,
  hardware: 3,
  'hardware.adapter.nvme': 4,
  'hardware.adapter.sata': 4,
  'hardware.adapter.scsi': 5,
  'hardware.boot': 2,
  'hardware.boot.device': 2,
  'hardware.cdrom': 7,
  'hardware.cpu': 2,
  'hardware.disk': 5,
  'hardware.ethernet': 7,
  'hardware.floppy': 7,
  'hardware.memory': 2,
  'hardware.parallel': 7,
  'hardware.serial': 7,
  library_item: 1,
  power: 5,
  'storage.policy': 2,
  'storage.policy.compliance': 2,
  tools: 3,
  'tools.installer': 3,
};

/** The VM itself and the placement inventory (services outside the root, with accessors in api.yaml). */
const OUTSIDE: Record<string, number> = {
  VM: 9,
  cluster: 2,
  datacenter: 4,
  datastore: 2,
  folder: 1,
  host: 5,
  network: 1,
  resource_pool: 5,
};
const below = ir.services.filter((s) => s.id.startsWith('com.vmware.vcenter.vm.'));
const outside = ir.services.filter((s) => !s.id.startsWith('com.vmware.vcenter.vm.'));

describe('spec/7.0.3', () => {
  it('has every service and operation of vcenter.vm in vSphere 7.0U3, the VM and the placement inventory', () => {
    expect(ir.apiVersion).toBe('7.0.3');
    const counts = Object.fromEntries(
      below.map((s) => [s.id.replace('com.vmware.vcenter.vm.', ''), s.operations.length]),
    );
    expect(counts).toEqual(PER_SERVICE);
    expect(
      Object.fromEntries(outside.map((s) => [s.id.replace('com.vmware.vcenter.', ''), s.operations.length])),
    ).toEqual(OUTSIDE);
    expect(below).toHaveLength(35);
    expect(outside).toHaveLength(8);
    expect(ops).toHaveLength(140);
    // clone and relocate also run as tasks: 29 operations, 31 bindings of each style.
    expect(
      outside
        .flatMap((s) => s.operations)
        .filter((o) => o.task)
        .map((o) => `${o.id} ${o.task!.mode}`),
    ).toEqual(['com.vmware.vcenter.VM.clone both', 'com.vmware.vcenter.VM.relocate both']);
  });

  it('has the structures, enums and errors those operations reach', () => {
    expect({ structures: ir.structures.length, enums: ir.enums.length, errors: ir.errors.length }).toEqual({
      structures: 183,
      enums: 57,
      errors: 20,
    });
    for (const id of [
      'com.vmware.vcenter.guest.customization_spec',
      'com.vmware.vapi.std.localizable_message',
      'com.vmware.vcenter.compute.policies.object_compliance',
    ]) {
      expect([...ir.structures, ...ir.enums].map((t) => t.id)).toContain(id);
    }
  });

  it('gives every operation its full error list and both bindings where they exist', () => {
    for (const op of ops) {
      expect(op.errors.length, op.id).toBeGreaterThanOrEqual(2);
      expect(op.http.api.path, op.id).toMatch(/^\/api\/vcenter\/[a-z-]+/);
      if (op.http.rest) expect(op.http.rest.path, op.id).toMatch(/^\/rest\/vcenter\/[a-z-]+/);
    }
    for (const op of below.flatMap((s) => s.operations)) {
      expect(op.http.api.path, op.id).toMatch(/^\/api\/vcenter\/vm\/\{vm\}/);
      if (op.http.rest) expect(op.http.rest.path, op.id).toMatch(/^\/rest\/vcenter\/vm\/\{vm\}/);
    }
    expect(ops.filter((o) => o.http.rest === null)).toHaveLength(19);
    const errorEntries = ops.reduce((n, o) => n + o.errors.length, 0);
    // 799 below the root, 182 for the VM and the inventory: every error the bindings declare.
    expect(errorEntries).toBe(981);
    // A list filter is one parameter: the structure, in the query, with typed ids inside.
    const list = ops.find((o) => o.id === 'com.vmware.vcenter.VM.list')!;
    expect(list.params.map((p) => [p.name, p.in, p.optional])).toEqual([['filter', 'query', true]]);
    const filter = ir.structures.find((s) => s.id === 'com.vmware.vcenter.folder.filter_spec')!;
    expect(filter.fields.find((f) => f.name === 'parent_folders')?.type).toEqual({
      kind: 'set',
      of: { kind: 'id', resource: 'Folder' },
    });
    const disconnect = ops.find((o) => o.id === 'com.vmware.vcenter.vm.hardware.serial.disconnect')!;
    expect(disconnect.errors.map((e) => e.errorType)).toEqual([
      'ALREADY_IN_DESIRED_STATE',
      'ERROR',
      'NOT_ALLOWED_IN_CURRENT_STATE',
      'NOT_FOUND',
      'RESOURCE_BUSY',
      'RESOURCE_INACCESSIBLE',
      'SERVICE_UNAVAILABLE',
      'UNAUTHENTICATED',
      'UNAUTHORIZED',
    ]);
    expect(disconnect.http).toEqual({
      api: { method: 'POST', path: '/api/vcenter/vm/{vm}/hardware/serial/{port}?action=disconnect' },
      rest: { method: 'POST', path: '/rest/vcenter/vm/{vm}/hardware/serial/{port}/disconnect' },
    });
  });

  it('keeps wire names and ids exact, capitals included', () => {
    const fields = new Set(ir.structures.flatMap((s) => s.fields.map((f) => f.name)));
    for (const name of ['size_MiB', 'global_DNS_settings', 'hot_add_increment_size_MiB', 'hot_add_limit_MiB'])
      expect(fields).toContain(name);
    expect(ir.structures.map((s) => s.id)).toContain('com.vmware.vcenter.guest.IP_settings');
  });

  it('models the tagged unions the API states in prose', () => {
    const backing = ir.structures.find((s) => s.id === 'com.vmware.vcenter.vm.hardware.cdrom.backing_spec')!;
    expect(backing.unions[0]!.cases.find((c) => c.value === 'ISO_FILE')).toMatchObject({
      required: ['iso_file'],
      optional: [],
    });
    const creds = ir.structures.find((s) => s.id === 'com.vmware.vcenter.vm.guest.credentials')!;
    expect(creds.unions[0]!.cases.map((c) => [c.value, c.required])).toEqual([
      ['USERNAME_PASSWORD', ['password']],
      ['SAML_BEARER_TOKEN', ['saml_token']],
    ]);
    expect(ir.structures.filter((s) => s.unions.length > 0).length).toBeGreaterThanOrEqual(20);
  });
});
