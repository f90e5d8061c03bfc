// Overlays across API versions (spec/overlays/README.md, "Versions"): an overlay's `apiVersion:`
// says which version it is written for. Importing that version, or an overlay without apiVersion,
// keeps a target the import lacks an error; an older import notes it, a newer one warns; both skip
// it. And --facts-from: what a file states only in prose, taken from another version's spec.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runImport } from '../../generator/import/run.js';
import { loadSpec } from '../../generator/spec/load.js';
import { checkSpec } from '../../generator/spec/validate.js';
import { SWAGGER, tmpSpec, unit } from './util.js';

/** The mini Swagger imported as API version 7.0.3 with one overlay file. */
function importWith(overlay: string) {
  const t = tmpSpec('7.0.3');
  const dir = join(t.root, 'spec', 'overlays');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'o.yaml'), overlay);
  const r = runImport({ file: SWAGGER, out: t.out, only: 'com.vmware.vcenter.vm', compare: null });
  return { r, out: t.out };
}

const CDROM = 'com.vmware.vcenter.vm.hardware.cdrom';
/** Names ten things the mini import lacks, next to things it has. */
const TARGETS = `services:
  com.vmware.vcenter.vm.hardware.nvme:
    description: Not in this version.
  ${CDROM}:
    structures:
      info:
        fields:
          nvme: { description: Not in this version. }
          label: { description: The label. }
      nvme_info: { description: Not in this version. }
      backing_info:
        unions:
          - discriminant: type
            cases: { ISO_FILE: [iso_file, nvme_file], HOST_DEVICE: [host_device] }
    enums:
      backing_type:
        values:
          NVME: { description: Not in this version. }
      nvme_kind: { description: Not in this version. }
    operations:
      get:
        order: [vm, nvme, cdrom]
        params:
          nvme: { description: Not in this version. }
        errors: [com.vmware.vapi.std.errors.timed_out]
      update:
        privileges:
          - { param: nvme, require: [VirtualMachine.Config.Edit] }
          - { param: vm, require: [VirtualMachine.Config.Settings] }
      eject: { description: Not in this version. }
`;

describe('overlay apiVersion', () => {
  it('newer than the import: targets the import lacks are notes; the rest applies; the spec loads', () => {
    const { r, out } = importWith(`reason: Written for a later version.\napiVersion: 7.0.4\n${TARGETS}`);
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.wrote).toBe(true);
    const notes = r.notes.filter((n) => n.includes('[overlay-absent]'));
    expect(r.overlays?.absent).toBe(11);
    expect(notes).toHaveLength(11);
    expect(notes[0]).toMatch(
      /o\.yaml:4:3: \[overlay-absent\] service 'com\.vmware\.vcenter\.vm\.hardware\.nvme': not in this 7\.0\.3 import \(the overlay is written for 7\.0\.4\); skipped$/,
    );
    const cdrom = unit(r.units, CDROM);
    expect(cdrom.structures?.info?.fields.find((f) => f.name === 'label')?.description).toBe('The label.');
    // What the import lacks is left out of what applies: union case fields, order, privileges.
    expect(cdrom.structures?.backing_info?.unions).toEqual([
      { discriminant: 'type', cases: { ISO_FILE: ['iso_file'], HOST_DEVICE: ['host_device'] } },
    ]);
    expect(cdrom.operations?.get?.params?.map((p) => p.name)).toEqual(['vm', 'cdrom']);
    expect(cdrom.operations?.update?.privileges).toEqual([
      { param: 'vm', require: ['VirtualMachine.Config.Settings'] },
    ]);
    checkSpec(loadSpec(out));
  });

  it('older than the import: the same targets are warnings (removed since, or stale); --strict fails', () => {
    const { r } = importWith(`reason: Written for an earlier version.\napiVersion: 7.0.2\n${TARGETS}`);
    const warnings = r.diagnostics.filter((d) => d.rule === 'overlay-absent');
    expect(warnings.map((w) => w.severity)).toEqual(Array(11).fill('warning'));
    expect(warnings[0]!.message).toBe(
      "service 'com.vmware.vcenter.vm.hardware.nvme': not in this 7.0.3 import, newer than the overlay (written for 7.0.2); skipped",
    );
    expect(warnings[0]!.fix).toMatch(/^if 7\.0\.3 removed it, keep the entry for the older versions/);
    expect(r.ok).toBe(true);
    const t = tmpSpec('7.0.3');
    mkdirSync(join(t.root, 'spec', 'overlays'), { recursive: true });
    writeFileSync(join(t.root, 'spec', 'overlays', 'o.yaml'), `reason: x\napiVersion: 7.0.2\n${TARGETS}`);
    expect(
      runImport({ file: SWAGGER, out: t.out, only: 'com.vmware.vcenter.vm', compare: null, strict: true }).ok,
    ).toBe(false);
  });

  it.each([
    ['the import’s own version', 'apiVersion: 7.0.3\n'],
    ['no version', ''],
  ])('written for %s: every target the import lacks is an error at its place', (_what, version) => {
    const { r } = importWith(`reason: Curation.\n${version}${TARGETS}`);
    const errors = r.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((e) => e.rule)).toEqual(Array(11).fill('overlay-target'));
    expect(errors[0]).toMatchObject({
      loc: { file: expect.stringMatching(/o\.yaml$/), line: version ? 4 : 3, col: 3 },
    });
    expect(r.notes.some((n) => n.includes('overlay-absent'))).toBe(false);
    expect(r.wrote).toBe(false);
  });

  it('a since later than the imported version is an error, also when the overlay is newer', () => {
    const { r } = importWith(`reason: Versions.
apiVersion: 7.0.4
services:
  ${CDROM}:
    operations:
      get: { since: 7.0.4 }
      connect: { since: 7.0.0.1 }
    enums:
      backing_type:
        add: [{ value: REMOTE, since: 8.0.0 }]
`);
    const errors = r.diagnostics.filter((d) => d.severity === 'error').sort((a, b) => a.loc!.line - b.loc!.line);
    expect(errors.map((e) => [e.rule, e.loc?.line, e.message])).toEqual([
      ['overlay-since', 6, 'since 7.0.4 is later than the imported API version 7.0.3'],
      ['overlay-since', 10, 'since 8.0.0 is later than the imported API version 7.0.3'],
    ]);
    expect(unit(r.units, CDROM).operations?.connect?.since).toBe('7.0.0.1');
  });
});

describe('--facts-from', () => {
  /** The mini Swagger without the prose lines that state resource types and unions. */
  function silentCopy(dir: string): string {
    const doc = JSON.parse(readFileSync(SWAGGER, 'utf8')) as unknown;
    const strip = (v: unknown): unknown => {
      if (Array.isArray(v)) return v.map(strip);
      if (!v || typeof v !== 'object') return v;
      return Object.fromEntries(
        Object.entries(v).map(([k, x]) => [
          k,
          k === 'description' && typeof x === 'string'
            ? x
                .split('\n')
                .filter((l) => !/identifier for the resource type|only relevant when/.test(l))
                .join('\n')
            : strip(x),
        ]),
      );
    };
    const file = join(dir, 'silent.swagger.json');
    writeFileSync(file, JSON.stringify(strip(doc)));
    return file;
  }

  it('restores what the silent file lost, and nothing else', () => {
    const full = tmpSpec('7.0.3');
    expect(
      runImport({ file: SWAGGER, out: full.out, only: 'com.vmware.vcenter.vm', overlays: null, compare: null }).ok,
    ).toBe(true);
    const silent = silentCopy(full.root);
    const bare = runImport({
      file: silent,
      out: tmpSpec('7.0.2').out,
      only: 'com.vmware.vcenter.vm',
      overlays: null,
      compare: null,
      write: false,
    });
    const cdromBare = unit(bare.units, CDROM);
    expect(cdromBare.operations?.get?.params?.[0]?.type).toBe('string');
    expect(cdromBare.structures?.backing_info?.unions).toBeUndefined();

    const r = runImport({
      file: silent,
      out: tmpSpec('7.0.2').out,
      only: 'com.vmware.vcenter.vm',
      overlays: null,
      compare: null,
      factsFrom: full.out,
      write: false,
    });
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const want = runImport({
      file: SWAGGER,
      out: tmpSpec('7.0.2').out,
      only: 'com.vmware.vcenter.vm',
      overlays: null,
      compare: null,
      write: false,
    });
    expect(r.units).toEqual(want.units);
    expect(r.notes.find((n) => n.startsWith('from '))).toMatch(
      /: 8 id resource types, 2 tagged unions \(3 case fields required in their case\), 0 results/,
    );
  });

  it('takes nothing where the declarations differ otherwise', () => {
    const full = tmpSpec('7.0.3');
    runImport({ file: SWAGGER, out: full.out, only: 'com.vmware.vcenter.vm', overlays: null, compare: null });
    const cdrom = join(full.out, 'com.vmware.vcenter.vm.hardware', 'cdrom.yaml');
    // The other version types the VM as a long, and the discriminant of backing_info as a string.
    const text = readFileSync(cdrom, 'utf8');
    writeFileSync(
      cdrom,
      text
        .replaceAll('type: "id:VirtualMachine"', 'type: long')
        .replace('{ name: type, type: backing_type }', '{ name: type, type: string }'),
    );
    const r = runImport({
      file: silentCopy(full.root),
      out: tmpSpec('7.0.2').out,
      only: 'com.vmware.vcenter.vm',
      overlays: null,
      compare: null,
      factsFrom: full.out,
      write: false,
    });
    const c = unit(r.units, CDROM);
    expect(c.operations?.get?.params?.map((p) => p.type)).toEqual([
      'string',
      'id:com.vmware.vcenter.vm.hardware.Cdrom',
    ]);
    expect(c.structures?.backing_info?.unions).toBeUndefined();
  });
});
