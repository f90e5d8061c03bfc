// Swagger 2.0 (7.x style) → spec units, asserted exactly on a small fixture: /api + /rest twins
// with `?action=` and `/connect`, an /api-only operation, alias vs wrapped bodies, a union with a
// case field that is optional in its case, ids from prose, errors from both path families.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runImport } from '../../generator/import/run.js';
import { SWAGGER, tmpSpec, unit } from './util.js';

const ERR = 'com.vmware.vapi.std.errors';

function imported() {
  return runImport({
    file: SWAGGER,
    out: tmpSpec().out,
    only: 'com.vmware.vcenter.vm',
    overlays: null,
    compare: null,
    write: false,
  });
}

describe('swagger 2.0 import', () => {
  const r = imported();

  it('converts without errors and lists the units', () => {
    expect(r.ok).toBe(true);
    expect(r.units.map((u) => (u.service ? `service ${u.service}` : `package ${u.package}`))).toEqual([
      'package com.vmware.vapi.std',
      `package ${ERR}`,
      'package com.vmware.vcenter.vm.guest',
      'service com.vmware.vcenter.vm.guest.processes',
      'service com.vmware.vcenter.vm.hardware.cdrom',
    ]);
    expect(r.api).toEqual({
      apiVersion: '7.0.3',
      root: 'com.vmware.vcenter.vm',
      package: { name: '@vcgen/vcenter-vm', version: '0.1.0' },
    });
  });

  it('pairs /api and /rest twins into one operation each, and leaves out the VM service', () => {
    expect(unit(r.units, 'com.vmware.vcenter.vm.hardware.cdrom').operations).toEqual({
      connect: {
        params: [
          { name: 'vm', type: 'id:VirtualMachine' },
          { name: 'cdrom', type: 'id:com.vmware.vcenter.vm.hardware.Cdrom' },
        ],
        errors: [`${ERR}.error`],
        http: {
          api: { method: 'POST', path: '/api/vcenter/vm/{vm}/hardware/cdrom/{cdrom}?action=connect' },
          rest: { method: 'POST', path: '/rest/vcenter/vm/{vm}/hardware/cdrom/{cdrom}/connect' },
        },
      },
      get: {
        params: [
          { name: 'vm', type: 'id:VirtualMachine' },
          { name: 'cdrom', type: 'id:com.vmware.vcenter.vm.hardware.Cdrom' },
        ],
        result: { type: 'optional<info>' },
        errors: [`${ERR}.error`, `${ERR}.not_found`, `${ERR}.unauthenticated`],
        http: {
          api: { method: 'GET', path: '/api/vcenter/vm/{vm}/hardware/cdrom/{cdrom}' },
          rest: { method: 'GET', path: '/rest/vcenter/vm/{vm}/hardware/cdrom/{cdrom}' },
        },
      },
      update: {
        params: [
          { name: 'vm', type: 'id:VirtualMachine' },
          { name: 'cdrom', type: 'id:com.vmware.vcenter.vm.hardware.Cdrom' },
          { name: 'spec', type: 'update_spec' },
        ],
        errors: [`${ERR}.not_found`],
        http: {
          api: { method: 'PATCH', path: '/api/vcenter/vm/{vm}/hardware/cdrom/{cdrom}', body: 'spec' },
          rest: { method: 'PATCH', path: '/rest/vcenter/vm/{vm}/hardware/cdrom/{cdrom}' },
        },
      },
    });
  });

  it('reads structures, unions and enums, preferring the /api definitions', () => {
    const cdrom = unit(r.units, 'com.vmware.vcenter.vm.hardware.cdrom');
    expect(cdrom.structures).toEqual({
      backing_info: {
        fields: [
          { name: 'type', type: 'backing_type' },
          { name: 'iso_file', type: 'string' },
          { name: 'host_device', type: 'string' },
          { name: 'auto_detect', type: 'optional<boolean>' },
        ],
        unions: [
          {
            discriminant: 'type',
            cases: {
              ISO_FILE: ['iso_file'],
              HOST_DEVICE: ['host_device', 'auto_detect'],
              CLIENT_DEVICE: ['host_device'],
            },
          },
        ],
      },
      info: {
        fields: [
          { name: 'label', type: 'string' },
          { name: 'backing', type: 'backing_info' },
          { name: 'size_MiB', type: 'optional<long>' },
          { name: 'created', type: 'datetime' },
          { name: 'disks', type: 'optional<map<id:com.vmware.vcenter.vm.hardware.Disk,string>>' },
          { name: 'tags', type: 'optional<set<string>>' },
          { name: 'extra', type: 'optional<opaque>' },
        ],
      },
      update_spec: { fields: [{ name: 'backing', type: 'optional<backing_info>' }] },
    });
    expect(cdrom.enums).toEqual({
      backing_type: { values: [{ value: 'ISO_FILE' }, { value: 'HOST_DEVICE' }, { value: 'CLIENT_DEVICE' }] },
    });
  });

  it('derives ids for /api-only definitions (nested enum included) and wraps body params', () => {
    expect(unit(r.units, 'com.vmware.vcenter.vm.guest', 'package')).toEqual({
      package: 'com.vmware.vcenter.vm.guest',
      structures: {
        credentials: {
          fields: [
            { name: 'type', type: 'credentials.type' },
            { name: 'password', type: 'secret' },
          ],
          unions: [{ discriminant: 'type', cases: { USERNAME_PASSWORD: ['password'] } }],
        },
      },
      enums: { 'credentials.type': { values: [{ value: 'USERNAME_PASSWORD' }, { value: 'SAML_BEARER_TOKEN' }] } },
    });
    expect(unit(r.units, 'com.vmware.vcenter.vm.guest.processes')).toEqual({
      service: 'com.vmware.vcenter.vm.guest.processes',
      structures: {
        create_spec: {
          fields: [
            { name: 'path', type: 'string' },
            { name: 'arguments', type: 'optional<string>' },
          ],
        },
      },
      operations: {
        create: {
          params: [
            { name: 'vm', type: 'id:VirtualMachine' },
            { name: 'credentials', type: 'credentials' },
            { name: 'spec', type: 'create_spec' },
          ],
          result: { type: 'long' },
          errors: [`${ERR}.not_found`],
          privileges: [
            { param: 'vm', resource: 'VirtualMachine', require: ['VirtualMachine.GuestOperations.Execute'] },
          ],
          http: { api: { method: 'POST', path: '/api/vcenter/vm/{vm}/guest/processes?action=create' }, rest: null },
        },
      },
    });
  });

  it('declares the standard errors with their fields, base fields first', () => {
    const errors = unit(r.units, ERR, 'package');
    expect(errors.enums).toEqual({
      'error.type': { values: [{ value: 'ERROR' }, { value: 'NOT_FOUND' }, { value: 'UNAUTHENTICATED' }] },
    });
    expect(errors.errors?.unauthenticated).toEqual({
      error_type: 'UNAUTHENTICATED',
      fields: [
        { name: 'messages', type: 'list<localizable_message>' },
        { name: 'data', type: 'optional<opaque>' },
        { name: 'error_type', type: 'optional<error.type>' },
        { name: 'challenge', type: 'optional<string>' },
      ],
    });
    expect(Object.keys(errors.errors ?? {})).toEqual(['error', 'not_found', 'unauthenticated']);
  });

  it('warns with a JSON pointer for what it skips, and notes deprecated /rest bindings', () => {
    expect(r.diagnostics.map((d) => [d.severity, d.rule, d.pointer])).toEqual([
      [
        'warning',
        'unsupported-param',
        '/paths/~1api~1vcenter~1vm~1{vm}~1guest~1processes?action=create/post/parameters/1',
      ],
    ]);
    expect(r.notes[0]).toMatch(/^3 \/rest bindings are marked deprecated/);
  });

  it('leaves /rest bindings out when the file has no /rest family, and reads body optionality from prose', () => {
    const doc = JSON.parse(readFileSync(SWAGGER, 'utf8')) as {
      paths: Record<string, unknown>;
      definitions: Record<string, { description?: string }>;
    };
    for (const p of Object.keys(doc.paths)) if (p.startsWith('/rest/')) delete doc.paths[p];
    doc.definitions.VcenterVmHardwareCdromUpdate!.description = 'Fixture.\nIf unset, nothing changes.';
    const { root, out } = tmpSpec();
    const file = join(root, 'api-only.json');
    writeFileSync(file, JSON.stringify(doc));
    const only = runImport({ file, out, only: 'com.vmware.vcenter.vm', overlays: null, compare: null, write: false });
    const update = unit(only.units, 'com.vmware.vcenter.vm.hardware.cdrom').operations?.update;
    expect(update?.http).toEqual({
      api: { method: 'PATCH', path: '/api/vcenter/vm/{vm}/hardware/cdrom/{cdrom}', body: 'spec' },
    });
    expect(update?.params?.[2]).toEqual({ name: 'spec', type: 'optional<update_spec>' });
    expect(only.diagnostics.map((d) => d.rule).sort()).toEqual(['body-name', 'unsupported-param']);
  });

  it('turns warnings into errors with --strict and writes nothing', () => {
    const { out } = tmpSpec();
    const strict = runImport({
      file: SWAGGER,
      out,
      only: 'com.vmware.vcenter.vm',
      overlays: null,
      compare: null,
      strict: true,
    });
    expect(strict.ok).toBe(false);
    expect(strict.wrote).toBe(false);
    expect(strict.diagnostics.map((d) => d.severity)).toEqual(['error']);
  });
});
