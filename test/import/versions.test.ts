// Several API versions from one set of overlays: spec/7.0.3 and spec/7.0.2 are exactly what the
// importer makes of VMware's files with spec/overlays (7.0.2 also with --facts-from spec/7.0.3), and
// spec/overlays/since.yaml is exactly what scripts/since-overlay.mjs writes. These need VMware's
// files (test/setup/requires.ts: $VCGEN_REFERENCE or shared/reference beside the repository) and
// skip without them, saying so.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runImport } from '../../generator/import/run.js';
import { projectRoot } from '../../generator/paths.js';
import { listSpecFiles } from '../../generator/spec/load.js';
import { compareVersions } from '../../generator/model/version.js';
import { tmpSpec } from './util.js';
import { missingReference, REFERENCE as REF, requires } from '../setup/requires.js';

const FILES = {
  '7.0.2': join(REF, 'vcenter-7.0.2.swagger.json'),
  '7.0.3': join(REF, 'vcenter-7.0.3.swagger.json'),
  '9.1.0': join(REF, 'vcenter-vm-9.1.0.openapi.yaml'),
};
const SPEC = join(projectRoot, 'spec');

/**
 * Imports as `vcgen import <file> --out spec/<v>` would, without writing; returns path → text.
 * 9.1.0 as a user regenerating for a newer vCenter would: the overlays and the spec compared with
 * (for its wire names) are found by the defaults.
 */
function reimport(version: keyof typeof FILES) {
  const out = join(SPEC, version);
  const r = runImport({
    file: FILES[version],
    out,
    only: 'com.vmware.vcenter.vm',
    // The services outside the root: those api.yaml gives accessors (--service each).
    services: accessorServices(out),
    write: false,
    ...(version === '9.1.0' ? {} : { overlays: join(SPEC, 'overlays'), compare: null }),
    ...(version === '7.0.2' ? { factsFrom: join(SPEC, '7.0.3') } : {}),
  });
  return { r, out };
}

/** The keys of api.yaml's `accessors:` map. */
function accessorServices(dir: string): string[] {
  const api = parse(readFileSync(join(dir, 'api.yaml'), 'utf8')) as { accessors?: Record<string, string> };
  return Object.keys(api.accessors ?? {});
}

function onDisk(dir: string): Map<string, string> {
  return new Map(listSpecFiles(dir).map((f) => [relative(dir, f), readFileSync(f, 'utf8')]));
}

describe("spec directories reproduce from VMware's files", () => {
  requires(
    missingReference('vcenter-7.0.2.swagger.json', 'vcenter-7.0.3.swagger.json', 'vcenter-vm-9.1.0.openapi.yaml'),
  );

  for (const version of ['7.0.3', '7.0.2', '9.1.0'] as const) {
    it(`spec/${version} is exactly the import of ${version} with the overlays`, () => {
      const { r, out } = reimport(version);
      expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const made = r.files;
      expect([...made.keys()].sort()).toEqual([...onDisk(out).keys()].sort());
      for (const [path, text] of onDisk(out)) expect(made.get(path), path).toBe(text);
    });
  }

  it('notes, and does not fail on, the overlay targets 7.0.2 lacks (the overlays are written for 7.0.3)', () => {
    const { r } = reimport('7.0.2');
    const absent = r.notes.filter((n) => n.includes('[overlay-absent]') && !n.includes('bindings/'));
    expect(absent.length).toBe(r.overlays?.absent);
    // 28 below the root; the nvme_adapters fields of the VM's create spec and info, twice each
    // (since.yaml, descriptions-vm.yaml).
    expect(absent.length).toBe(32);
    // The bindings facts are written for 7.0.3 too: what 7.0.2 lacks of them is noted the same way.
    const facts = r.notes.filter((n) => n.includes('[overlay-absent]') && n.includes('bindings/7.0.3.yaml'));
    expect(facts.length).toBe(r.facts?.absent);
    // 15 below the root; the VM's create spec and info have nvme_adapters since 7.0.3.
    expect(facts.length).toBe(17);
    expect(facts.some((n) => n.includes("structure 'com.vmware.vcenter.vm.hardware.nvme_address_info'"))).toBe(true);
    expect(
      absent.some(
        (n) =>
          n.includes("service 'com.vmware.vcenter.vm.hardware.adapter.nvme'") && n.includes('not in this 7.0.2 import'),
      ),
    ).toBe(true);
    expect(absent.some((n) => n.includes("operation 'get' in com.vmware.vcenter.vm.guest.customization"))).toBe(true);
    expect(r.notes.find((n) => n.startsWith('from '))).toMatch(/\d+ id resource types, \d+ tagged unions/);
  });

  it('9.1.0 from anywhere: the same spec, with the project overlays and a warning that says so', () => {
    const { out } = tmpSpec('9.1.0');
    const r = spawnSync(
      process.execPath,
      [join(projectRoot, 'bin/vcgen.js'), 'import', FILES['9.1.0'], '--out', out, '--only', 'com.vmware.vcenter.vm'],
      { encoding: 'utf8', cwd: tmpdir(), timeout: 120_000 },
    );
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/warning \[overlays\] .* does not exist: applying vcgen's own overlays/);
    // The bindings facts keep the canonical wire names without the 7.0.3 spec beside it.
    expect(r.stdout).toMatch(/6 wire names corrected/);
    const mine = onDisk(out);
    const committed = onDisk(join(SPEC, '9.1.0'));
    expect([...mine.keys()].sort()).toEqual([...committed.keys()].sort());
    const body = (t: string) => t.replace(/^# yaml-language-server: .*\n/, '').replace(/^  version: .*$/m, '');
    for (const [path, text] of committed) expect(body(mine.get(path)!), path).toBe(body(text));
  });

  it('since.yaml is what scripts/since-overlay.mjs writes', () => {
    const r = spawnSync(
      process.execPath,
      [join(projectRoot, 'scripts/since-overlay.mjs'), '--check', '--reference', REF],
      { encoding: 'utf8', timeout: 120_000 },
    );
    expect(r.stderr + r.stdout).toMatch(/is current \(\d+ facts\)/);
    expect(r.status).toBe(0);
  });
});

it('the since script says so and exits 0 without the reference files', () => {
  const r = spawnSync(
    process.execPath,
    [join(projectRoot, 'scripts/since-overlay.mjs'), '--reference', join(projectRoot, 'no-such-dir')],
    { encoding: 'utf8' },
  );
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(/^since-overlay: skipped: .*no-such-dir lacks vcenter-7\.0\.2\.swagger\.json/);
});

describe('the committed specs', () => {
  it('record their version; since is never later than it (7.0.3-only things carry 7.0.3)', () => {
    const api = (v: string): string => readFileSync(join(SPEC, v, 'api.yaml'), 'utf8');
    expect(api('7.0.2')).toMatch(/^apiVersion: 7\.0\.2$/m);
    expect(api('7.0.3')).toMatch(/^apiVersion: 7\.0\.3$/m);
    const nvme = readFileSync(join(SPEC, '7.0.3', 'com.vmware.vcenter.vm.hardware.adapter', 'nvme.yaml'), 'utf8');
    expect(nvme.match(/since: 7\.0\.3/g)?.length).toBe(7); // 4 operations, 3 structures (their fields have theirs)
    expect(existsSync(join(SPEC, '7.0.2', 'com.vmware.vcenter.vm.hardware.adapter', 'nvme.yaml'))).toBe(false);
    expect(api('9.1.0')).toMatch(/^apiVersion: 9\.1\.0$/m);
    for (const v of ['7.0.2', '7.0.3', '9.1.0']) {
      for (const f of listSpecFiles(join(SPEC, v))) {
        for (const m of readFileSync(f, 'utf8').matchAll(/since: "?([0-9.]+)"?/g))
          expect(compareVersions(m[1]!, v), `${f}: ${m[0]}`).toBeLessThanOrEqual(0);
      }
    }
  });
});
