// The importer on VMware's real files, when they are found (test/setup/requires.ts: $VCGEN_REFERENCE
// or shared/reference beside the repository); skipped with that reason otherwise, since the files
// are reference material outside the repository.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runImport, type ImportResult } from '../../generator/import/run.js';
import { projectRoot } from '../../generator/paths.js';
import { loadSpec } from '../../generator/spec/load.js';
import { checkSpec } from '../../generator/spec/validate.js';
import { missingReference, REFERENCE as REF, requires } from '../setup/requires.js';
import { tmpSpec, unit } from './util.js';

const V703 = join(REF, 'vcenter-7.0.3.swagger.json');
const V910 = join(REF, 'vcenter-vm-9.1.0.openapi.yaml');
const ROOT = 'com.vmware.vcenter.vm';
const OVERLAYS = join(projectRoot, 'spec', 'overlays');

let cached: { out: string; r: ImportResult } | undefined;
function import703(): { out: string; r: ImportResult } {
  if (!cached) {
    const { out } = tmpSpec('7.0.3');
    cached = { out, r: runImport({ file: V703, out, only: ROOT, overlays: null, compare: null }) };
  }
  return cached;
}

describe("7.0.3 Swagger (VMware's vcenter-7.0.3.swagger.json)", () => {
  requires(missingReference('vcenter-7.0.3.swagger.json'));

  it('yields the 111 operations of the 35 services below com.vmware.vcenter.vm and loads + checks cleanly', () => {
    const { out, r } = import703();
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    // The brief counted 36 services; the file's tags give 35 (35 distinct vm/… tags, 111 /api operations).
    expect(r.counts).toMatchObject({ services: 35, operations: 111 });
    expect(r.units.some((u) => u.service === 'com.vmware.vcenter.VM' || u.service === ROOT)).toBe(false);
    const spec = loadSpec(out);
    expect(checkSpec(spec).spec.units.length).toBe(r.units.length);
  });

  it('gets the facts right', () => {
    const { r } = import703();
    const serial = unit(r.units, `${ROOT}.hardware.serial`).operations!;
    expect(serial.disconnect?.http).toEqual({
      api: { method: 'POST', path: '/api/vcenter/vm/{vm}/hardware/serial/{port}?action=disconnect' },
      rest: { method: 'POST', path: '/rest/vcenter/vm/{vm}/hardware/serial/{port}/disconnect' },
    });
    expect(serial.disconnect?.params).toEqual([
      { name: 'vm', type: 'id:VirtualMachine' },
      { name: 'port', type: 'id:com.vmware.vcenter.vm.hardware.SerialPort' },
    ]);
    expect(unit(r.units, `${ROOT}.hardware`).operations?.upgrade?.http.rest).toEqual({
      method: 'POST',
      path: '/rest/vcenter/vm/{vm}/hardware/action/upgrade',
    });
    expect(unit(r.units, `${ROOT}.library_item`).operations?.get?.result).toEqual({ type: 'info' });
    expect(unit(r.units, `${ROOT}.storage.policy.compliance`).operations?.get?.result).toEqual({
      type: 'optional<info>',
    });
    expect(unit(r.units, `${ROOT}.hardware`).structures?.info?.unions?.map((u) => u.discriminant)).toEqual([
      'upgrade_policy',
      'upgrade_status',
    ]);
    expect(unit(r.units, `${ROOT}.guest`, 'package').enums?.['credentials.type']).toBeDefined();
    expect(unit(r.units, 'com.vmware.vcenter.compute.policies', 'package').enums?.object_compliance).toBeDefined();
    expect(
      unit(r.units, 'com.vmware.vcenter.guest', 'package').structures?.customization_spec?.fields.map((f) => f.name),
    ).toContain('global_DNS_settings');
    expect(unit(r.units, `${ROOT}.guest.processes`).operations?.create?.http.rest).toBeNull();
    const std = unit(r.units, 'com.vmware.vapi.std.errors', 'package');
    expect(Object.keys(std.errors ?? {})).toHaveLength(20);
    expect(std.errors?.unauthenticated?.fields.map((f) => f.name)).toEqual([
      'messages',
      'data',
      'error_type',
      'challenge',
    ]);
    const rules = new Set(r.diagnostics.map((d) => d.rule));
    expect([...rules]).toEqual(['resource-type-inferred']);
  });

  it('writes type references short only within a unit and its enclosing units, else by full id', () => {
    const { r } = import703();
    const field = (u: string, kind: 'service' | 'package', s: string, f: string): string | undefined =>
      unit(r.units, u, kind).structures?.[s]?.fields.find((x) => x.name === f)?.type;
    expect(field(`${ROOT}.compute.policies`, 'service', 'info', 'status')).toBe(
      'com.vmware.vcenter.compute.policies.object_compliance',
    );
    expect(field(`${ROOT}.guest.identity`, 'service', 'info', 'full_name')).toBe(
      'com.vmware.vapi.std.localizable_message',
    );
    expect(field(`${ROOT}.storage.policy.compliance`, 'service', 'vm_compliance_info', 'failure_cause')).toBe(
      'list<com.vmware.vapi.std.localizable_message>',
    );
    const std = unit(r.units, 'com.vmware.vapi.std.errors', 'package').errors!;
    expect(std.error?.fields.find((f) => f.name === 'error_type')?.type).toBe('optional<error.type>');
    expect(std.not_found?.fields.find((f) => f.name === 'messages')?.type).toBe('list<localizable_message>');
    const texts = r.units.flatMap((u) => [
      ...Object.values(u.structures ?? {}).flatMap((s) => s.fields.map((f) => f.type)),
      ...Object.values(u.operations ?? {}).flatMap((o) => [
        ...(o.params ?? []).map((p) => p.type),
        ...(o.result ? [o.result.type] : []),
      ]),
    ]);
    // No partial suffixes such as vapi.std.localizable_message: dotted names are nested or full ids.
    const partial = texts
      .flatMap((t) => t.replace(/id:[^<>,]+/g, '').match(/[a-z_A-Z0-9.]+\.[a-z_A-Z0-9.]+/g) ?? [])
      .filter((n) => !n.startsWith('com.vmware.') && n.split('.').length > 2);
    expect(partial).toEqual([]);
  });

  it('applies the project overlays without errors; every data: type exists', (ctx) => {
    if (!existsSync(OVERLAYS)) ctx.skip(`needs the overlays in ${OVERLAYS}`);
    const r = runImport({
      file: V703,
      out: tmpSpec('7.0.3').out,
      only: ROOT,
      overlays: OVERLAYS,
      compare: null,
      write: false,
    });
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.diagnostics.filter((d) => d.rule === 'overlay-data-type')).toEqual([]);
    const processes = unit(r.units, `${ROOT}.guest.processes`);
    expect(processes.structures?.process_error_details?.fields.map((f) => [f.name, f.type])).toEqual([['pid', 'long']]);
    for (const op of ['get', 'delete']) {
      expect(processes.operations?.[op]?.errors).toContainEqual(
        expect.objectContaining({ error: 'com.vmware.vapi.std.errors.not_found', data: 'process_error_details' }),
      );
    }
  });
});

describe("9.1 OpenAPI (VMware's vcenter-vm-9.1.0.openapi.yaml)", () => {
  requires(missingReference('vcenter-vm-9.1.0.openapi.yaml'));

  it('imports without error, fast', () => {
    const r = runImport({ file: V910, out: tmpSpec('9.1.0').out, overlays: null, compare: null, write: false });
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    // 127: the two task-only operations count now (123 before).
    expect(r.counts).toMatchObject({ operations: 127 });
    expect(r.ms).toBeLessThan(2000);
    // The two operations that exist only as tasks are imported as such, with their plain bindings.
    const tasks = r.units.flatMap((u) =>
      Object.entries(u.operations ?? {})
        .filter(([, o]) => o.task)
        .map(([name, o]) => `${u.service}.${name} ${o.task} ${o.http.api.method} ${o.http.api.path}`),
    );
    expect(tasks).toEqual([
      'com.vmware.vcenter.vm.evc_mode.set only PUT /api/vcenter/vm/{vm}/evc-mode',
      'com.vmware.vcenter.vm.guest.customization_live.run only POST /api/vcenter/vm/{vm}/guest/customization-live?action=run',
    ]);
  });

  it('loads + checks, and keeps the wire names 7.0.3 has where 9.1 differs in case', (ctx) => {
    const missing = missingReference('vcenter-7.0.3.swagger.json');
    if (missing) ctx.skip(missing);
    const { out: old } = import703();
    const { out } = tmpSpec('9.1.0');
    const r = runImport({ file: V910, out, only: ROOT, overlays: null, compare: old });
    expect(r.ok).toBe(true);
    expect(r.counts).toMatchObject({ services: 39, operations: 125 });
    checkSpec(loadSpec(out));
    expect(r.wireNames.sort()).toEqual([
      'com.vmware.vcenter.guest.customization_spec: global_dns_settings → global_DNS_settings',
      'com.vmware.vcenter.guest.windows_network_adapter_settings: net_bios_mode → net_BIOS_mode',
      'com.vmware.vcenter.vm.hardware.memory.info: hot_add_increment_size_mib → hot_add_increment_size_MiB',
      'com.vmware.vcenter.vm.hardware.memory.info: hot_add_limit_mib → hot_add_limit_MiB',
      'com.vmware.vcenter.vm.hardware.memory.info: size_mib → size_MiB',
      'com.vmware.vcenter.vm.hardware.memory.update_spec: size_mib → size_MiB',
    ]);
  });
});
