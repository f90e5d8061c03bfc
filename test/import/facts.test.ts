// The facts of VMware's vAPI bindings applied on import (generator/import/facts/, rules in
// spec/overlays/README.md): unions replaced with required and optional case fields, wire names,
// parameter names and order, errors merged, task types, enum values; stale facts reported like
// overlay targets; and how a facts type changes an imported one.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeType, sameShape } from '../../generator/import/facts/types.js';
import { runImport } from '../../generator/import/run.js';
import { loadSpec } from '../../generator/spec/load.js';
import { checkSpec } from '../../generator/spec/validate.js';
import { OPENAPI, tmpSpec, unit } from './util.js';

const ERR = 'com.vmware.vapi.std.errors';
const CD = 'com.vmware.vcenter.vm.hardware.cdrom';

const facts = (apiVersion: string, extra = ''): string => `reason: Test facts.
apiVersion: ${apiVersion}
bindings: { name: vapi-client-bindings, version: 9.9.9 }
scope: [com.vmware.vcenter.VM, com.vmware.vcenter.vm.guest.processes, ${CD}]
services:
  com.vmware.vcenter.VM:
    operations:
      clone:
        task: TASK
        params: [{ name: spec, type: com.vmware.vcenter.VM.clone_spec }]
        result: id:VirtualMachine
        errors: [${ERR}.error]
  com.vmware.vcenter.vm.guest.processes:
    operations:
      create:
        params:
          - { name: vm, type: id:VirtualMachine }
          - { name: arguments, type: optional<string> }
          - { name: path, type: string }
        result: long
        errors: [${ERR}.not_found]
  ${CD}:
    operations:
      connect:
        task: TASK
        params:
          - { name: vm, type: id:VirtualMachine }
          - { name: cdrom, type: id:com.vmware.vcenter.vm.hardware.Cdrom }
        errors: [${ERR}.error]
      get:
        params:
          - { name: vm, type: id:VirtualMachine }
          - { name: cdrom, type: id:com.vmware.vcenter.vm.hardware.Cdrom }
        result: ${CD}.info
        errors: [${ERR}.error, ${ERR}.not_found]
      update:
        params:
          - { name: vm, type: id:VirtualMachine }
          - { name: cdrom, type: id:com.vmware.vcenter.vm.hardware.Cdrom }
          - { name: update_spec, type: ${CD}.update_spec }
        errors: [${ERR}.not_found]${extra}
structures:
  com.vmware.vcenter.VM.clone_spec:
    fields:
      - { name: name, type: string }
  ${CD}.backing_info:
    fields:
      - { name: type, type: ${CD}.backing_type }
      - { name: iso_file, type: optional<string> }
      - { name: host_device, type: optional<string> }
    unions:
      - discriminant: type
        cases:
          ISO_FILE: { required: [iso_file] }
          HOST_DEVICE: { optional: [host_device] }
          CLIENT_DEVICE: {}
  ${CD}.info:
    fields:
      - { name: label, type: string }
      - { name: backing, type: ${CD}.backing_info }
      - { name: size_MiB, type: optional<long> }
      - { name: state, type: ${CD}.info.state }
  ${CD}.update_spec:
    fields:
      - { name: backing, type: optional<${CD}.backing_info> }
enums:
  ${CD}.backing_type: [ISO_FILE, HOST_DEVICE, CLIENT_DEVICE, REMOTE]
  ${CD}.info.state: [CONNECTED, NOT_CONNECTED]
`;

const STALE = `
      disconnect:
        params: [{ name: vm, type: id:VirtualMachine }]
        errors: [${ERR}.error]`;

const lineOf = (text: string, needle: string): number => text.slice(0, text.indexOf(needle)).split('\n').length;

/** Imports the OpenAPI fixture (9.1.0) with `files` in <tmp>/spec/overlays. */
function withFacts(files: Record<string, string>, write = false) {
  const t = tmpSpec('9.1.0');
  const dir = join(t.root, 'spec', 'overlays');
  mkdirSync(join(dir, 'bindings'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return { ...runImport({ file: OPENAPI, out: t.out, compare: null, write }), out: t.out };
}

describe('bindings facts on import', () => {
  it('decide unions, case fields, wire names, parameters, errors, tasks and enum values', () => {
    const r = withFacts({ 'bindings/9.1.0.yaml': facts('9.1.0') }, true);
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const cdrom = unit(r.units, CD);
    expect(cdrom.structures?.backing_info).toEqual({
      fields: [
        { name: 'type', type: 'backing_type' },
        { name: 'iso_file', type: 'string' },
        { name: 'host_device', type: 'optional<string>' },
      ],
      unions: [{ discriminant: 'type', cases: { ISO_FILE: ['iso_file'], HOST_DEVICE: ['host_device'] } }],
    });
    expect(cdrom.structures?.info?.fields.map((f) => f.name)).toEqual(['label', 'backing', 'size_MiB', 'state']);
    expect(cdrom.enums?.backing_type?.values.map((v) => v.value)).toEqual([
      'ISO_FILE',
      'HOST_DEVICE',
      'CLIENT_DEVICE',
      'REMOTE',
    ]);
    expect(cdrom.operations?.connect?.task).toBe('both');
    expect(cdrom.operations?.connect?.errors).toEqual([`${ERR}.error`]);
    // The body the file leaves unnamed takes the bindings' name, in the binding too.
    expect(cdrom.operations?.update?.params?.map((p) => p.name)).toEqual(['vm', 'cdrom', 'update_spec']);
    expect(cdrom.operations?.update?.http.api.body).toBe('update_spec');
    expect(cdrom.operations?.update?.errors).toEqual([`${ERR}.not_found`]);
    const create = unit(r.units, 'com.vmware.vcenter.vm.guest.processes').operations?.create;
    expect(create?.params?.map((p) => p.name)).toEqual(['vm', 'arguments', 'path']);
    expect(create?.errors).toEqual([`${ERR}.not_found`]);
    expect(r.facts).toMatchObject({
      unions: 1,
      caseFields: 2,
      params: 1,
      reordered: 1,
      errors: 3,
      tasks: 1,
      values: 1,
      renamed: [`${CD}.info.size_mib → size_MiB`],
    });
    expect(r.notes.find((n) => n.startsWith('bindings facts'))).toMatch(
      /^bindings facts \(vapi-client-bindings 9\.9\.9, .*bindings\/9\.1\.0\.yaml\): 1 tagged unions .*1 wire names corrected/,
    );
    // Services outside the root (the VM service) and what only they reach are not looked at.
    expect(r.diagnostics.filter((d) => /com\.vmware\.vcenter\.VM/.test(d.message))).toEqual([]);
    expect(checkSpec(loadSpec(r.out)).spec.units.length).toBe(r.units.length);
  });

  it('are applied before the curation overlays, which then name things as the API does', () => {
    const r = withFacts({
      'bindings/9.1.0.yaml': facts('9.1.0'),
      'curation.yaml': `reason: Test.\napiVersion: 9.1.0\nservices:\n  ${CD}:\n    structures:\n      info:\n        fields:\n          size_MiB: { description: Size. }\n`,
    });
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(unit(r.units, CD).structures?.info?.fields.find((f) => f.name === 'size_MiB')?.description).toBe('Size.');
  });

  it('report a target the import lacks at the file:line:col, by the version rule of overlays', () => {
    const same = withFacts({ 'bindings/9.1.0.yaml': facts('9.1.0', STALE) });
    const stale = same.diagnostics.filter((d) => d.rule === 'overlay-target');
    expect(stale.map((d) => [d.severity, d.message, d.loc?.line])).toEqual([
      [
        'error',
        `operation 'disconnect' in ${CD}, which the import does not have`,
        lineOf(facts('9.1.0', STALE), 'disconnect:'),
      ],
    ]);
    expect(stale[0]!.loc?.file).toMatch(/bindings\/9\.1\.0\.yaml$/);
    // Facts of an older version: the import may have dropped it (a warning), and gains no value.
    const older = withFacts({ 'bindings/8.0.0.yaml': facts('8.0.0', STALE) });
    expect(older.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(older.diagnostics.filter((d) => d.rule === 'overlay-absent').map((d) => d.severity)).toEqual(['warning']);
  });

  it("give a task-only operation the task's result, which the file cannot state", () => {
    const text = facts('9.1.0').replace(
      `      connect:\n        task: TASK\n`,
      `      connect:\n        task: TASK_ONLY\n        result: id:com.vmware.vcenter.vm.hardware.Cdrom\n`,
    );
    const r = withFacts({ 'bindings/9.1.0.yaml': text });
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(unit(r.units, CD).operations?.connect).toMatchObject({
      task: 'only',
      result: { type: 'id:com.vmware.vcenter.vm.hardware.Cdrom' },
    });
  });

  it('come from the file written for the import or the newest older one', () => {
    const r = withFacts({
      'bindings/7.0.3.yaml': facts('7.0.3'),
      'bindings/9.1.0.yaml': facts('9.1.0'),
      'bindings/9.2.0.yaml': facts('9.2.0'),
    });
    expect(r.facts?.file).toMatch(/9\.1\.0\.yaml$/);
  });
});

describe('mergeType: what a facts type changes in an imported one', () => {
  const table: [imported: string, fact: string, want: string | undefined][] = [
    ['string', 'id:VirtualMachine', 'id:VirtualMachine'],
    ['id', 'id:VirtualMachine', 'id:VirtualMachine'],
    ['list<string>', 'list<id:com.vmware.vcenter.Folder>', 'list<id:com.vmware.vcenter.Folder>'],
    ['map<id:X,string>', 'map<id:X,id:Y>', 'map<id:X,id:Y>'],
    ['string', 'exception', 'exception'],
    ['opaque', 'exception', 'exception'],
    // Only prose calls it a storage policy id: the bindings' plain string keeps it.
    ['id:com.vmware.vcenter.StoragePolicy', 'string', undefined],
    // What the spec cannot say stays as imported.
    ['string', 'id:A|B', undefined],
    ['string', 'id@resource_type', undefined],
    ['opaque', 'dynamic_structure<com.vmware.a|com.vmware.b>', undefined],
    // Different shapes: the import stays.
    ['list<string>', 'set<id:X>', undefined],
    ['info', 'com.vmware.vcenter.vm.hardware.cdrom.info', undefined],
  ];
  for (const [imported, fact, want] of table)
    it(`${imported} + ${fact} → ${want ?? 'unchanged'}`, () => expect(mergeType(imported, fact)).toBe(want));
});

describe('sameShape: whether a parameter the file names otherwise is the one the bindings name', () => {
  const table: [imported: string, fact: string, want: boolean][] = [
    ['update_spec', 'com.vmware.vcenter.vm.hardware.cdrom.update_spec', true],
    ['optional<check_spec>', 'optional<com.vmware.vcenter.vm.storage.policy.compliance.check_spec>', true],
    ['id:com.vmware.vcenter.vm.DataSet', 'id:com.vmware.vcenter.vm.DataSet', true],
    ['string', 'id:com.vmware.vcenter.vm.DataSet', true],
    ['list<string>', 'set<string>', false],
    ['create_spec', 'com.vmware.vcenter.vm.hardware.cdrom.update_spec', false],
    ['boolean', 'string', false],
  ];
  for (const [imported, fact, want] of table)
    it(`${imported} ~ ${fact}: ${want}`, () => expect(sameShape(imported, fact)).toBe(want));
});
