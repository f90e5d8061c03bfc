// The committed bindings overlays (spec/overlays/bindings/*.yaml): valid against
// spec/overlay.schema.json, consistent in themselves, written exactly as the script writes them,
// and exactly what the script makes of VMware's wheel. That last check needs the wheel: set
// VCGEN_BINDINGS_WHEEL to the vapi_client_bindings wheel of the file's `bindings: version` (VMware
// publishes it in the repository vmware/vsphere-automation-sdk-python, folder
// lib/vapi-client-bindings/), or put it in wheels/ or shared/reference beside the repository (or
// a directory above it) as vapi_client_bindings-<version>.whl; without it the check skips and
// says so.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../generator/paths.js';
import { collect, factsFromOverlay, namesIn } from '../../scripts/bindings/facts.mjs';
import { Bindings } from '../../scripts/bindings/model.mjs';
import { render } from '../../scripts/bindings/render.mjs';
import { readZip } from '../../scripts/bindings/zip.mjs';
import { beside } from '../setup/requires.js';
import { miniWheel } from './mini-wheel.js';

const DIR = join(projectRoot, 'spec', 'overlays', 'bindings');
const SCRIPT = join(projectRoot, 'scripts', 'bindings-overlay.mjs');
/**
 * The wheel of a bindings version: from VCGEN_BINDINGS_WHEEL (one file, or several separated like
 * PATH), or wheels/ or shared/reference beside the repository, whichever holds that version.
 */
function wheelFor(version: string): string | undefined {
  const file = `vapi_client_bindings-${version}.whl`;
  const candidates = [
    ...(process.env.VCGEN_BINDINGS_WHEEL ?? '').split(delimiter).filter(Boolean),
    ...beside('wheels', file),
    ...beside('shared', 'reference', file),
  ];
  return candidates.find((f) => existsSync(f) && new Bindings(readZip(readFileSync(f), f)).version === version);
}

const files = readdirSync(DIR).filter((n) => n.endsWith('.yaml'));
const Ajv = createRequire(import.meta.url)('ajv').default as typeof import('ajv').default;
const validate = new Ajv({ allErrors: true, strict: false }).compile(
  JSON.parse(readFileSync(join(projectRoot, 'spec', 'overlay.schema.json'), 'utf8')),
);

it('there is a bindings overlay for 7.0.3', () => {
  expect(files).toContain('7.0.3.yaml');
});

for (const name of files) {
  const text = readFileSync(join(DIR, name), 'utf8');
  const doc = parse(text);
  describe(`spec/overlays/bindings/${name}`, () => {
    it('is valid against spec/overlay.schema.json', () => {
      expect(validate(doc) ? [] : validate.errors).toEqual([]);
    });

    it('is written exactly as the script writes it, for the API version in its name', () => {
      const { facts, about } = factsFromOverlay(doc);
      expect(render(facts, about)).toBe(text);
      expect(`${about.apiVersion}.yaml`).toBe(name);
    });

    it('names only what it declares: every type, union field and service in scope', () => {
      const { facts, about } = factsFromOverlay(doc);
      const declared = new Set([...facts.structures.keys(), ...facts.enums.keys()]);
      const unknown: string[] = [];
      const check = (type: string, where: string) => {
        for (const n of namesIn(type)) if (!declared.has(n)) unknown.push(`${where}: ${n}`);
      };
      for (const s of facts.services)
        for (const op of s.operations) {
          for (const p of op.params) check(p.type, `${s.id}.${op.name}(${p.name})`);
          check(op.result, `${s.id}.${op.name}`);
        }
      for (const [id, s] of facts.structures) {
        for (const f of s.fields) check(f.type, `${id}.${f.name}`);
        const fields = new Set(s.fields.map((f) => f.name));
        for (const u of s.unions) {
          if (!fields.has(u.discriminant)) unknown.push(`${id}: discriminant ${u.discriminant}`);
          for (const c of u.cases)
            for (const f of [...c.required, ...c.optional]) if (!fields.has(f)) unknown.push(`${id}: ${c.value} ${f}`);
        }
      }
      expect(unknown).toEqual([]);
      expect(facts.services.map((s) => s.id).sort()).toEqual([...about.scope].sort());
    });

    const version = String(doc.bindings.version);
    const wheel = wheelFor(version);
    const have = wheel !== undefined;
    const skipped = `needs vapi_client_bindings ${version}: set VCGEN_BINDINGS_WHEEL to its .whl file (VMware publishes it in vmware/vsphere-automation-sdk-python, lib/vapi-client-bindings/), or put it in wheels/ beside the repository`;
    it("is what the script makes of VMware's wheel", (ctx) => {
      if (!have) ctx.skip(skipped);
      const r = spawnSync(process.execPath, [SCRIPT, '--wheel', wheel!, '--out', join(DIR, name), '--check'], {
        encoding: 'utf8',
      });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/is current/);
    });
  });
}

describe('the overlay of a hand-written wheel', () => {
  const b = new Bindings(miniWheel());
  const facts = collect(b, ['com.vmware.demo.disk']);
  const about = { apiVersion: '1.2.3', name: b.name!, version: b.version!, scope: ['com.vmware.demo.disk'] };
  const text = render(facts, about);

  it('is valid against the schema, and reads back to the same facts', () => {
    const doc = parse(text);
    expect(validate(doc) ? [] : validate.errors).toEqual([]);
    const back = factsFromOverlay(doc);
    expect(back.facts).toEqual(facts);
    expect(back.about).toEqual(about);
  });

  it('is told from curation by the schema: a facts file with a curation key is invalid', () => {
    const doc = parse(text);
    doc.packages = {};
    expect(validate(doc)).toBe(false);
    expect(validate.errors?.map((e: { message?: string }) => e.message)).toContain(
      'must NOT have additional properties',
    );
  });
});

describe('scripts/bindings-overlay.mjs', () => {
  it('without a wheel says where to get one and exits 0', () => {
    const env = { ...process.env };
    delete env.VCGEN_BINDINGS_WHEEL;
    const r = spawnSync(process.execPath, [SCRIPT], { encoding: 'utf8', env });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/skipped: no wheel given \(--wheel or \$VCGEN_BINDINGS_WHEEL\)/);
    expect(r.stdout).toMatch(/vmware\/vsphere-automation-sdk-python, folder lib\/vapi-client-bindings\//);
  });

  it('--help shows the usage; an unknown option is an error with the usage (exit code 2)', () => {
    const help = spawnSync(process.execPath, [SCRIPT, '--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: node scripts\/bindings-overlay\.mjs /);
    const bad = spawnSync(process.execPath, [SCRIPT, '--nope'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^bindings-overlay: Unknown option '--nope'[\s\S]*Usage:/);
  });

  it('refuses a wheel that is not there, with exit code 2', () => {
    const r = spawnSync(process.execPath, [SCRIPT, '--wheel', join(projectRoot, 'no-such.whl')], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/no-such\.whl does not exist\. VMware publishes it/);
  });

  it('refuses a file that is not a wheel, with exit code 2', () => {
    const r = spawnSync(process.execPath, [SCRIPT, '--wheel', join(projectRoot, 'package.json')], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/cannot read .*package\.json: .*not a zip archive/);
  });
});
