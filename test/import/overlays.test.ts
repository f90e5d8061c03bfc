// Overlays on top of an import: merge rules of spec/overlays/README.md, declarations, sorted error
// lists, and errors placed at the overlay's file:line:col when it names something the import does
// not have (or declares something it has).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runImport } from '../../generator/import/run.js';
import { loadSpec } from '../../generator/spec/load.js';
import { checkSpec } from '../../generator/spec/validate.js';
import { SWAGGER, tmpSpec, unit } from './util.js';

const ERR = 'com.vmware.vapi.std.errors';

/** Imports the Swagger fixture into <tmp>/spec/7.0.3 with the given files in <tmp>/spec/overlays. */
function withOverlays(files: Record<string, string>, write = false) {
  const t = tmpSpec();
  const dir = join(t.root, 'spec', 'overlays');
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return { ...runImport({ file: SWAGGER, out: t.out, only: 'com.vmware.vcenter.vm', compare: null, write }), dir };
}

const CURATION = `reason: Test curation.
services:
  com.vmware.vcenter.vm.hardware.cdrom:
    description: CD-ROM devices.
    operations:
      get:
        description: Read one CD-ROM.
        params:
          cdrom: { description: The CD-ROM. }
        result: { description: "The CD-ROM, when there is one." }
        errors:
          - error: ${ERR}.not_found
            when: the VM or the CD-ROM does not exist
          - ${ERR}.unauthenticated
          - { error: ${ERR}.error, when: the server fails }
      connect:
        errors: [${ERR}.not_found]
      update:
        params:
          spec: { rename: changes }
        privileges:
          - { param: vm, require: [VirtualMachine.Config.Edit] }
    structures:
      info:
        description: What a CD-ROM is.
        fields:
          size_MiB: { rename: size_mib, description: Size. }
      backing_info:
        fields:
          host_device: { rename: device }
        unions:
          - discriminant: type
            cases: { ISO_FILE: [iso_file] }
    enums:
      backing_type:
        values:
          ISO_FILE: { description: An image file. }
        add: [REMOTE]
        default: ISO_FILE
packages:
  com.vmware.vcenter.vm.guest:
    structures:
      credentials: { description: Guest login. }
`;

describe('overlays', () => {
  it('merges by the documented rules', () => {
    const r = withOverlays({ 'curation.yaml': CURATION });
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const cdrom = unit(r.units, 'com.vmware.vcenter.vm.hardware.cdrom');
    expect(cdrom.description).toBe('CD-ROM devices.');
    expect(cdrom.operations?.get).toMatchObject({
      description: 'Read one CD-ROM.',
      result: { type: 'optional<info>', description: 'The CD-ROM, when there is one.' },
      errors: [
        { error: `${ERR}.error`, when: 'the server fails' },
        { error: `${ERR}.not_found`, when: 'the VM or the CD-ROM does not exist' },
        `${ERR}.unauthenticated`,
      ],
    });
    expect(cdrom.operations?.get?.params?.[1]).toEqual({
      name: 'cdrom',
      type: 'id:com.vmware.vcenter.vm.hardware.Cdrom',
      description: 'The CD-ROM.',
    });
    expect(cdrom.operations?.update?.params?.[2]?.name).toBe('changes');
    expect(cdrom.operations?.update?.http.api.body).toBe('changes');
    expect(cdrom.operations?.update?.privileges).toEqual([{ param: 'vm', require: ['VirtualMachine.Config.Edit'] }]);
    expect(cdrom.structures?.info?.description).toBe('What a CD-ROM is.');
    expect(cdrom.structures?.info?.fields[2]).toEqual({
      name: 'size_mib',
      type: 'optional<long>',
      description: 'Size.',
    });
    expect(cdrom.structures?.backing_info?.fields.map((f) => f.name)).toEqual([
      'type',
      'iso_file',
      'device',
      'auto_detect',
    ]);
    expect(cdrom.structures?.backing_info?.unions).toEqual([
      { discriminant: 'type', cases: { ISO_FILE: ['iso_file'] } },
    ]);
    expect(cdrom.enums?.backing_type).toEqual({
      values: [
        { value: 'ISO_FILE', description: 'An image file.' },
        { value: 'HOST_DEVICE' },
        { value: 'CLIENT_DEVICE' },
        { value: 'REMOTE' },
      ],
      default: 'ISO_FILE',
    });
    expect(unit(r.units, 'com.vmware.vcenter.vm.guest', 'package').structures?.credentials?.description).toBe(
      'Guest login.',
    );
    expect(cdrom.operations?.connect?.errors).toEqual([`${ERR}.error`, `${ERR}.not_found`]);
    expect(r.overlays).toMatchObject({ files: 1, errorsAdded: 1, errorsReplaced: 3, renames: 3 });
  });

  it('renames a union field everywhere it is named', () => {
    const r = withOverlays({
      'rename.yaml': `reason: x\nservices:\n  com.vmware.vcenter.vm.hardware.cdrom:\n    structures:\n      backing_info:\n        fields:\n          host_device: { rename: device }\n`,
    });
    expect(unit(r.units, 'com.vmware.vcenter.vm.hardware.cdrom').structures?.backing_info?.unions?.[0]?.cases).toEqual({
      ISO_FILE: ['iso_file'],
      HOST_DEVICE: ['device', 'auto_detect'],
      CLIENT_DEVICE: ['device'],
    });
  });

  it.each([
    [
      'a service',
      'services:\n  com.vmware.vcenter.vm.hardware.floppy:\n    description: x\n',
      3,
      3,
      "service 'com.vmware.vcenter.vm.hardware.floppy'",
    ],
    [
      'an operation',
      'services:\n  com.vmware.vcenter.vm.hardware.cdrom:\n    operations:\n      eject: { description: x }\n',
      5,
      7,
      "operation 'eject'",
    ],
    [
      'a field',
      'services:\n  com.vmware.vcenter.vm.hardware.cdrom:\n    structures:\n      info:\n        fields:\n          size: { description: x }\n',
      7,
      11,
      "field 'size'",
    ],
    [
      'a parameter',
      'services:\n  com.vmware.vcenter.vm.hardware.cdrom:\n    operations:\n      get:\n        params:\n          disk: { description: x }\n',
      7,
      11,
      "parameter 'disk'",
    ],
    [
      'an enum value',
      'services:\n  com.vmware.vcenter.vm.hardware.cdrom:\n    enums:\n      backing_type:\n        values:\n          FLOPPY: { description: x }\n',
      7,
      11,
      "enum value 'FLOPPY'",
    ],
    [
      'an error type',
      'services:\n  com.vmware.vcenter.vm.hardware.cdrom:\n    operations:\n      get:\n        errors: [com.vmware.vapi.std.errors.timed_out]\n',
      6,
      18,
      "error type 'com.vmware.vapi.std.errors.timed_out'",
    ],
    [
      'a package',
      'packages:\n  com.vmware.vcenter.vm.nothing:\n    description: x\n',
      3,
      3,
      "package 'com.vmware.vcenter.vm.nothing'",
    ],
  ])('names %s the import lacks: error at file:line:col, nothing written', (_what, body, line, col, text) => {
    const r = withOverlays({ 'stale.yaml': `reason: Stale curation.\n${body}` }, true);
    expect(r.ok).toBe(false);
    expect(r.wrote).toBe(false);
    const errors = r.diagnostics.filter((d) => d.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      rule: 'overlay-target',
      loc: { file: expect.stringMatching(/stale\.yaml$/), line, col },
    });
    expect(errors[0]!.message).toContain(text);
  });

  it('requires reason: and a known shape', () => {
    const r = withOverlays({
      'a.yaml': 'services: {}\n',
      'b.yaml': 'reason: x\nservices:\n  com.vmware.vcenter.vm.hardware.cdrom:\n    colour: red\n',
    });
    expect(r.diagnostics.filter((d) => d.loc).map((d) => [d.rule, d.message, d.loc?.line, d.loc?.col])).toEqual([
      ['overlay-schema', "the overlay is missing 'reason'", 1, 1],
      ['overlay-schema', "unknown key 'colour' in 'services.com.vmware.vcenter.vm.hardware.cdrom'", 4, 5],
    ]);
  });

  it('checks overlay types; an unknown error data type is dropped with a warning', () => {
    const r = withOverlays({
      'types.yaml': `reason: x
services:
  com.vmware.vcenter.vm.hardware.cdrom:
    operations:
      get:
        errors:
          - { error: ${ERR}.not_found, data: missing_details }
    structures:
      info:
        fields:
          label: { type: list<nothing> }
`,
    });
    const placed = r.diagnostics.filter((d) => d.loc).sort((a, b) => a.loc!.line - b.loc!.line);
    expect(placed.map((d) => [d.severity, d.rule, d.loc?.line])).toEqual([
      ['warning', 'overlay-data-type', 7],
      ['error', 'overlay-target', 11],
    ]);
    expect(unit(r.units, 'com.vmware.vcenter.vm.hardware.cdrom').operations?.get?.errors).toContainEqual(
      `${ERR}.not_found`,
    );
  });
});

describe('sorted error lists', () => {
  it("writes every operation's errors sorted by error id, imported and merged alike", () => {
    const r = withOverlays(
      {
        'errors.yaml': `reason: x
services:
  com.vmware.vcenter.vm.hardware.cdrom:
    operations:
      connect:
        errors:
          - { error: ${ERR}.unauthenticated, when: not logged in }
          - ${ERR}.not_found
`,
      },
      true,
    );
    expect(r.ok).toBe(true);
    const ops = unit(r.units, 'com.vmware.vcenter.vm.hardware.cdrom').operations!;
    // The file states get's errors as unauthenticated, not_found, error (one per HTTP status).
    expect(ops.get?.errors).toEqual([`${ERR}.error`, `${ERR}.not_found`, `${ERR}.unauthenticated`]);
    expect(ops.connect?.errors).toEqual([
      `${ERR}.error`,
      `${ERR}.not_found`,
      { error: `${ERR}.unauthenticated`, when: 'not logged in' },
    ]);
    const text = readFileSync(join(r.dir, '..', '7.0.3', 'com.vmware.vcenter.vm.hardware', 'cdrom.yaml'), 'utf8');
    const connect = text.slice(text.indexOf('  connect:'), text.indexOf('  get:'));
    expect(connect.match(/errors\.[a-z_]+/g)).toEqual(['errors.error', 'errors.not_found', 'errors.unauthenticated']);
  });
});

describe('declare', () => {
  const DECLARE = `reason: Structures the fixture lacks.
services:
  com.vmware.vcenter.vm.guest.processes:
    declare:
      structures:
        process_error_details:
          description: Detail of a process error.
          fields:
            - { name: pid, type: long, description: The process. }
            - { name: state, type: optional<process_state> }
            - { name: messages, type: list<com.vmware.vapi.std.localizable_message> }
            - { name: login, type: optional<com.vmware.vcenter.vm.guest.credentials> }
      enums:
        process_state:
          values: [RUNNING, { value: EXITED, description: Gone. }]
packages:
  com.vmware.vcenter.vm.extra:
    description: Made by an overlay.
    declare:
      structures:
        note:
          fields:
            - { name: kind, type: com.vmware.vcenter.vm.hardware.cdrom.backing_type }
            - { name: text, type: optional<string> }
          unions:
            - { discriminant: kind, cases: { ISO_FILE: [text] } }
`;
  /** Sorts before declare.yaml: declarations are known to every file, whatever the order. */
  const USE = `reason: Typed error data.
services:
  com.vmware.vcenter.vm.guest.processes:
    operations:
      create:
        errors:
          - error: ${ERR}.not_found
            when: the process does not exist
            data: com.vmware.vcenter.vm.guest.processes.process_error_details
    structures:
      process_error_details:
        fields:
          pid: { description: The guest process. }
`;

  it('adds structures and enums, creates a package unit, and writes a spec that loads', () => {
    const r = withOverlays({ 'declare.yaml': DECLARE }, true);
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.wrote).toBe(true);
    const processes = unit(r.units, 'com.vmware.vcenter.vm.guest.processes');
    expect(Object.keys(processes.structures ?? {})).toEqual(['create_spec', 'process_error_details']);
    expect(processes.structures?.process_error_details).toEqual({
      description: 'Detail of a process error.',
      fields: [
        { name: 'pid', type: 'long', description: 'The process.' },
        { name: 'state', type: 'optional<process_state>' },
        // Written by the importer's rule: full id across packages, short name from an enclosing one.
        { name: 'messages', type: 'list<com.vmware.vapi.std.localizable_message>' },
        { name: 'login', type: 'optional<credentials>' },
      ],
    });
    expect(processes.enums?.process_state).toEqual({
      values: [{ value: 'RUNNING' }, { value: 'EXITED', description: 'Gone.' }],
    });
    expect(unit(r.units, 'com.vmware.vcenter.vm.extra', 'package')).toEqual({
      package: 'com.vmware.vcenter.vm.extra',
      description: 'Made by an overlay.',
      structures: {
        note: {
          fields: [
            { name: 'kind', type: 'com.vmware.vcenter.vm.hardware.cdrom.backing_type' },
            { name: 'text', type: 'optional<string>' },
          ],
          unions: [{ discriminant: 'kind', cases: { ISO_FILE: ['text'] } }],
        },
      },
    });
    expect(r.overlays).toMatchObject({ declared: 3 });
    const out = join(r.dir, '..', '7.0.3');
    expect(readFileSync(join(out, 'com.vmware.vcenter.vm.extra', '_package.yaml'), 'utf8')).toContain(
      'package: com.vmware.vcenter.vm.extra\n',
    );
    expect(checkSpec(loadSpec(out)).spec.units.map((u) => u.id)).toContain('com.vmware.vcenter.vm.extra');
  });

  it('lets a declared structure be error data, from any overlay file', () => {
    const r = withOverlays({ 'a-use.yaml': USE, 'declare.yaml': DECLARE }, true);
    expect(r.diagnostics.filter((d) => d.rule !== 'unsupported-param')).toEqual([]);
    const processes = unit(r.units, 'com.vmware.vcenter.vm.guest.processes');
    expect(processes.operations?.create?.errors).toEqual([
      { error: `${ERR}.not_found`, when: 'the process does not exist', data: 'process_error_details' },
    ]);
    expect(processes.structures?.process_error_details?.fields[0]).toEqual({
      name: 'pid',
      type: 'long',
      description: 'The guest process.',
    });
    checkSpec(loadSpec(join(r.dir, '..', '7.0.3')));
  });

  it('without the declaration the data type is dropped with a warning', () => {
    const r = withOverlays({ 'a-use.yaml': USE.replace(/\n    structures:[\s\S]*$/, '\n') });
    expect(r.diagnostics.filter((d) => d.loc).map((d) => [d.severity, d.rule, d.loc?.line])).toEqual([
      ['warning', 'overlay-data-type', 9],
    ]);
  });

  const PROC = 'services:\n  com.vmware.vcenter.vm.guest.processes:\n    declare:\n      structures:\n';
  it.each([
    [
      'a structure the import has (stale)',
      'services:\n  com.vmware.vcenter.vm.hardware.cdrom:\n    declare:\n      structures:\n        info:\n          fields: []\n',
      'overlay-declare',
      6,
      9,
      'the import already has com.vmware.vcenter.vm.hardware.cdrom.info',
    ],
    [
      'an enum the import has (stale)',
      'packages:\n  com.vmware.vcenter.vm.guest:\n    declare:\n      enums:\n        credentials.type:\n          values: [X]\n',
      'overlay-declare',
      6,
      9,
      'the import already has com.vmware.vcenter.vm.guest.credentials.type',
    ],
    [
      'an error type the import has (stale)',
      'packages:\n  com.vmware.vapi.std.errors:\n    declare:\n      structures:\n        not_found: { fields: [] }\n',
      'overlay-declare',
      6,
      9,
      'the import already has com.vmware.vapi.std.errors.not_found',
    ],
    [
      'an unknown type',
      `${PROC}        details:\n          fields:\n            - { name: pid, type: optional<pid_kind> }\n`,
      'overlay-target',
      8,
      34,
      "type 'pid_kind'",
    ],
    [
      'an error type as a field type',
      `${PROC}        details:\n          fields:\n            - { name: e, type: ${ERR}.not_found }\n`,
      'overlay-target',
      8,
      32,
      `type '${ERR}.not_found'`,
    ],
    [
      'a union case without its field',
      `${PROC}        details:\n          fields:\n            - { name: kind, type: string }\n          unions:\n            - { discriminant: kind, cases: { A: [pid] } }\n`,
      'overlay-declare',
      10,
      50,
      "names 'pid'",
    ],
    [
      'a service the import lacks',
      'services:\n  com.vmware.vcenter.vm.nothing:\n    declare:\n      structures:\n        x: { fields: [] }\n',
      'overlay-target',
      3,
      3,
      "service 'com.vmware.vcenter.vm.nothing'",
    ],
  ])('declaring %s is an error at file:line:col, nothing written', (_what, body, rule, line, col, text) => {
    const r = withOverlays({ 'decl.yaml': `reason: Declarations.\n${body}` }, true);
    expect(r.wrote).toBe(false);
    const errors = r.diagnostics.filter((d) => d.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ rule, loc: { file: expect.stringMatching(/decl\.yaml$/), line, col } });
    expect(errors[0]!.message).toContain(text);
  });

  it('declaring the same id in two files is an error at the second', () => {
    const r = withOverlays({ 'a.yaml': DECLARE, 'b.yaml': DECLARE.replace(/\npackages:[\s\S]*$/, '\n') });
    const errors = r.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => [d.rule, d.loc?.file.replace(/.*\//, ''), d.loc?.line])).toEqual([
      ['overlay-declare', 'b.yaml', 6],
      ['overlay-declare', 'b.yaml', 14],
    ]);
    expect(errors[0]!.message).toMatch(/declared twice \(first at .*a\.yaml:6:9\)/);
  });
});
