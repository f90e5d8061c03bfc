// OpenAPI 3 (9.x style) → spec units on a small fixture: operationIds name services, errors come
// from the per-status descriptions, enums from "Possible values" prose, task forms mark their
// operation, and wire names that differ only in case from an existing spec keep its spelling (reported).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runImport } from '../../generator/import/run.js';
import { loadSpec } from '../../generator/spec/load.js';
import { checkSpec } from '../../generator/spec/validate.js';
import { OPENAPI, SWAGGER, tmpSpec, unit } from './util.js';

const ERR = 'com.vmware.vapi.std.errors';

describe('OpenAPI 3 import', () => {
  const r = runImport({ file: OPENAPI, out: tmpSpec('9.1.0').out, overlays: null, compare: null, write: false });

  it('names services and operations from operationIds, with only an /api binding', () => {
    expect(r.ok).toBe(true);
    expect(r.api?.apiVersion).toBe('9.1.0');
    expect(r.api?.root).toBe('com.vmware.vcenter.vm');
    const cdrom = unit(r.units, 'com.vmware.vcenter.vm.hardware.cdrom');
    expect(Object.keys(cdrom.operations ?? {})).toEqual(['connect', 'get', 'update']);
    expect(cdrom.operations?.get).toEqual({
      since: '7.0.1',
      params: [
        { name: 'vm', type: 'id:VirtualMachine' },
        { name: 'cdrom', type: 'id:com.vmware.vcenter.vm.hardware.Cdrom' },
      ],
      result: { type: 'info' },
      errors: [`${ERR}.error`, `${ERR}.not_found`, `${ERR}.unauthenticated`],
      http: { api: { method: 'GET', path: '/api/vcenter/vm/{vm}/hardware/cdrom/{cdrom}' } },
    });
    expect(cdrom.operations?.update?.http).toEqual({
      api: { method: 'PATCH', path: '/api/vcenter/vm/{vm}/hardware/cdrom/{cdrom}', body: 'spec' },
    });
  });

  it('writes a spec that loads and checks cleanly', () => {
    const { out } = tmpSpec('9.1.0');
    expect(runImport({ file: OPENAPI, out, overlays: null, compare: null }).wrote).toBe(true);
    expect(checkSpec(loadSpec(out)).spec.api.apiVersion).toBe('9.1.0');
  });

  it('creates enums from prose, with per-value versions, and unions from prose', () => {
    const cdrom = unit(r.units, 'com.vmware.vcenter.vm.hardware.cdrom');
    expect(cdrom.enums).toEqual({
      backing_type: {
        values: [{ value: 'ISO_FILE' }, { value: 'HOST_DEVICE', since: '7.0.2' }, { value: 'CLIENT_DEVICE' }],
      },
      'info.state': { values: [{ value: 'CONNECTED' }, { value: 'NOT_CONNECTED' }] },
    });
    expect(cdrom.structures?.backing_info).toEqual({
      fields: [
        { name: 'type', type: 'backing_type' },
        { name: 'iso_file', type: 'string' },
        { name: 'host_device', type: 'string' },
      ],
      unions: [
        {
          discriminant: 'type',
          cases: { ISO_FILE: ['iso_file'], HOST_DEVICE: ['host_device'], CLIENT_DEVICE: ['host_device'] },
        },
      ],
    });
    expect(cdrom.structures?.info?.fields).toEqual([
      { name: 'label', type: 'string' },
      { name: 'backing', type: 'backing_info' },
      { name: 'size_mib', type: 'optional<long>', since: '7.0.3' },
      { name: 'state', type: 'info.state' }, // a nested type is written by its name in the unit
    ]);
  });

  it('wraps inline-object bodies and reads privileges', () => {
    expect(unit(r.units, 'com.vmware.vcenter.vm.guest.processes').operations?.create).toEqual({
      params: [
        { name: 'vm', type: 'id:VirtualMachine' },
        { name: 'path', type: 'string' },
        { name: 'arguments', type: 'optional<string>' },
      ],
      result: { type: 'long' },
      privileges: [{ param: 'vm', resource: 'VirtualMachine', require: ['VirtualMachine.GuestOperations.Execute'] }],
      http: { api: { method: 'POST', path: '/api/vcenter/vm/{vm}/guest/processes?action=create' } },
    });
  });

  it('flattens allOf errors, base fields first', () => {
    expect(unit(r.units, ERR, 'package').errors?.unauthenticated?.fields).toEqual([
      { name: 'messages', type: 'list<localizable_message>' },
      { name: 'data', type: 'optional<opaque>' },
      { name: 'error_type', type: 'error.type' },
      { name: 'challenge', type: 'optional<string>' },
    ]);
  });

  it('reads a task form as its operation: task both, the plain binding kept', () => {
    const connect = unit(r.units, 'com.vmware.vcenter.vm.hardware.cdrom').operations?.connect;
    expect(connect?.task).toBe('both');
    expect(connect?.http.api).toEqual({
      method: 'POST',
      path: '/api/vcenter/vm/{vm}/hardware/cdrom/{cdrom}?action=connect',
    });
  });

  it('warns with pointers: unnamed enum, unnamed body, inferred ids', () => {
    const rules = r.diagnostics.map((d) => `${d.rule} ${d.pointer}`);
    expect(rules).toEqual(
      expect.arrayContaining([
        'enum-name /components/schemas/Vcenter.Vm.Hardware.Cdrom.Info/properties/state',
        'body-name /paths/~1vcenter~1vm~1{vm}~1hardware~1cdrom~1{cdrom}/patch/requestBody/content/application~1json/schema',
        'resource-type-inferred /paths/~1vcenter~1vm~1{vm}~1hardware~1cdrom~1{cdrom}/patch/parameters/0',
      ]),
    );
    expect(r.diagnostics.every((d) => d.severity === 'warning' && d.pointer !== undefined)).toBe(true);
  });

  it('keeps the wire names of an existing spec where the file differs only in case, and takes body names from it', () => {
    const old = tmpSpec('7.0.3');
    expect(
      runImport({ file: SWAGGER, out: old.out, only: 'com.vmware.vcenter.vm', overlays: null, compare: null }).wrote,
    ).toBe(true);
    const next = runImport({
      file: OPENAPI,
      out: tmpSpec('9.1.0').out,
      overlays: null,
      compare: old.out,
      write: false,
    });
    expect(next.wireNames).toEqual(['com.vmware.vcenter.vm.hardware.cdrom.info: size_mib → size_MiB']);
    const note = next.notes.find((n) => n.includes('[wire-name-case]'));
    expect(note).toMatch(/^\/components\/schemas\/Vcenter\.Vm\.Hardware\.Cdrom\.Info\/properties\/size_mib: /);
    expect(note).toContain("'size_mib' of com.vmware.vcenter.vm.hardware.cdrom.info kept as 'size_MiB'");
    expect(note).toContain('rename: size_mib');
    expect(
      unit(next.units, 'com.vmware.vcenter.vm.hardware.cdrom').structures?.info?.fields.map((f) => f.name),
    ).toContain('size_MiB');
    expect(next.diagnostics.some((d) => d.rule === 'body-name' && d.pointer?.includes('cdrom~1{cdrom}/patch'))).toBe(
      false,
    );

    // An overlay may rename it back (the curation applies after the correction).
    const t = tmpSpec('9.1.0');
    mkdirSync(join(t.root, 'spec', 'overlays'), { recursive: true });
    writeFileSync(
      join(t.root, 'spec', 'overlays', 'wire-names.yaml'),
      'reason: Keep the file.\nservices:\n  com.vmware.vcenter.vm.hardware.cdrom:\n    structures:\n      info:\n        fields:\n          size_MiB: { rename: size_mib }\n',
    );
    const decided = runImport({ file: OPENAPI, out: t.out, compare: old.out, write: false });
    expect(decided.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(
      unit(decided.units, 'com.vmware.vcenter.vm.hardware.cdrom').structures?.info?.fields.map((f) => f.name),
    ).toContain('size_mib');

    // Without --compare, the spec of the previous version beside the output is the one compared with.
    const side = tmpSpec('9.1.0');
    expect(
      runImport({ file: SWAGGER, out: join(side.root, 'spec', '7.0.3'), only: 'com.vmware.vcenter.vm', overlays: null })
        .wrote,
    ).toBe(true);
    const beside = runImport({ file: OPENAPI, out: side.out, overlays: null, write: false });
    expect(beside.wireNames).toEqual(['com.vmware.vcenter.vm.hardware.cdrom.info: size_mib → size_MiB']);
  });
});
