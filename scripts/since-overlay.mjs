#!/usr/bin/env node
// Writes spec/overlays/since.yaml: the first API version of every operation, structure, field, enum
// and enum value of the newest spec, where it is known. Sources (VMware's published files, read with
// the project's own importer into a temporary directory):
//
//   - the on-prem Swagger files of every version in VERSIONS, imported with the other overlays;
//   - VMware's 9.1 OpenAPI file, which states "added in vSphere API x.y.z" per operation, structure,
//     field and enum value (the importer reads it into `since`).
//
// Rules, in order:
//   1. Not in the oldest file but in a later one: since = the first version whose file has it.
//      (VMware's statement may name an earlier version of another product line, e.g. 7.0.0.1 for
//      what on-prem vCenter first published in 7.0.3; the files are what a client of that version
//      sees. Such disagreements are listed at the top of the overlay.)
//   2. In every file: VMware's statement, when it is not later than the oldest file (a statement
//      that is later contradicts a file that has it, e.g. a Technology Preview that went GA later:
//      the since stays unknown, listed at the top).
//   3. Otherwise unknown: no since.
// A field or enum value whose since equals its structure's or enum's is left out (it has that one).
//
// Usage: node scripts/since-overlay.mjs [--reference <dir>] [--check]
//   --reference  directory with VMware's files (default: $VCGEN_REFERENCE or ../shared/reference beside the repository)
//   --check      write nothing; exit 1 when spec/overlays/since.yaml differs from what would be written
// Without the reference files the script says so and exits 0. Needs `npm run build` (dist/cli.js).
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OVERLAYS = join(ROOT, 'spec', 'overlays');
const TARGET = join(OVERLAYS, 'since.yaml');
const ONLY = 'com.vmware.vcenter.vm';
/** The services outside the root that the spec has: those its api.yaml gives accessors (--service each). */
const SERVICES = Object.keys(parse(readFileSync(join(ROOT, 'spec', '7.0.3', 'api.yaml'), 'utf8')).accessors ?? {});
/** On-prem Swagger files, oldest first; the last is the version the overlay is written for. */
const VERSIONS = [
  { version: '7.0.2', file: 'vcenter-7.0.2.swagger.json' },
  { version: '7.0.3', file: 'vcenter-7.0.3.swagger.json' },
];
const STATEMENTS = 'vcenter-vm-9.1.0.openapi.yaml';

const { values: opts } = parseArgs({
  options: { reference: { type: 'string' }, check: { type: 'boolean', default: false } },
});
const ref = opts.reference ?? process.env.VCGEN_REFERENCE ?? join(ROOT, '..', 'shared', 'reference');
const needed = [...VERSIONS.map((v) => v.file), STATEMENTS];
const absent = needed.filter((f) => !existsSync(join(ref, f)));
if (absent.length) {
  console.log(
    `since-overlay: skipped: ${ref} lacks ${absent.join(', ')} (VMware's files are reference material outside the repository)`,
  );
  process.exit(0);
}
if (!existsSync(join(ROOT, 'dist', 'cli.js'))) {
  console.error('since-overlay: dist/cli.js is missing; run `npm run build` first');
  process.exit(2);
}

const cmp = (a, b) => {
  const p = String(a).split('.').map(Number);
  const q = String(b).split('.').map(Number);
  for (let i = 0; i < Math.max(p.length, q.length); i++)
    if ((p[i] ?? 0) !== (q[i] ?? 0)) return (p[i] ?? 0) - (q[i] ?? 0);
  return 0;
};
const byCode = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

const tmp = mkdtempSync(join(tmpdir(), 'vcgen-since-'));
try {
  // The other overlays (renames, declarations) shape the names since.yaml must use; since.yaml is
  // applied after them (overlay files apply in name order), so it is left out here.
  const others = join(tmp, 'overlays');
  mkdirSync(others);
  for (const n of readdirSync(OVERLAYS))
    if (/\.ya?ml$/.test(n) && n !== 'since.yaml') copyFileSync(join(OVERLAYS, n), join(others, n));
  const specs = VERSIONS.map((v) => ({ ...v, spec: importSpec(v.file, v.version, others) }));
  const stated = importSpec(STATEMENTS, '9.1.0', null);
  const { text, facts, disagreements } = overlay(specs, stated);
  if (opts.check) {
    const current = existsSync(TARGET) ? readFileSync(TARGET, 'utf8') : '';
    if (current !== text) {
      console.error('since-overlay: spec/overlays/since.yaml is stale; run `node scripts/since-overlay.mjs`');
      process.exit(1);
    }
    console.log(`since-overlay: spec/overlays/since.yaml is current (${facts} facts)`);
  } else {
    writeFileSync(TARGET, text);
    console.log(
      `since-overlay: wrote spec/overlays/since.yaml: ${facts} facts, ${disagreements} disagreements between the sources (listed in the file)`,
    );
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

/** Imports one of VMware's files with vcgen into the temporary directory; returns its flat model. */
function importSpec(file, version, overlays) {
  const out = join(tmp, 'spec', version);
  const args = [
    'import',
    join(ref, file),
    '--only',
    ONLY,
    ...SERVICES.flatMap((id) => ['--service', id]),
    '--out',
    out,
    '-q',
    ...(overlays ? ['--overlays', overlays] : ['--no-overlays']),
  ];
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'vcgen.js'), ...args], { encoding: 'utf8' });
  if (r.status !== 0) {
    console.error(`since-overlay: importing ${file} failed:\n${r.stderr}${r.stdout}`);
    process.exit(2);
  }
  return flat(out);
}

/** A spec directory as maps: units (kind), operations, structures (fields), enums (values). */
function flat(dir) {
  const m = { units: new Map(), ops: new Map(), structures: new Map(), enums: new Map() };
  const walk = (d) => {
    for (const n of readdirSync(d).sort()) {
      const full = join(d, n);
      if (statSync(full).isDirectory()) walk(full);
      else if (n.endsWith('.yaml')) read(parse(readFileSync(full, 'utf8')));
    }
  };
  const read = (doc) => {
    if (doc.apiVersion) return;
    const kind = doc.service ? 'services' : 'packages';
    const id = doc.service ?? doc.package;
    for (const [n, o] of Object.entries(doc.operations ?? {}))
      m.ops.set(`${id}.${n}`, { unit: id, kind, name: n, since: o.since });
    for (const [n, s] of Object.entries(doc.structures ?? {})) {
      const fields = new Map(s.fields.map((f) => [f.name, f.since ?? s.since]));
      m.structures.set(`${id}.${n}`, { unit: id, kind, name: n, since: s.since, fields });
    }
    for (const [n, e] of Object.entries(doc.enums ?? {})) {
      const values = new Map(
        e.values.map((v) => (typeof v === 'string' ? [v, e.since] : [v.value, v.since ?? e.since])),
      );
      m.enums.set(`${id}.${n}`, { unit: id, kind, name: n, since: e.since, values });
    }
  };
  walk(dir);
  return m;
}

/** The overlay text, with the number of facts and of disagreements between the sources. */
function overlay(specs, stated) {
  const oldest = specs[0].version;
  const newest = specs[specs.length - 1];
  const lower = (map) => new Map([...map].map(([k, v]) => [k.toLowerCase(), v]));
  const st = { ops: lower(stated.ops), structures: lower(stated.structures), enums: lower(stated.enums) };
  const notes = [];
  /**
   * Rules 1–3 for one thing: `has(spec)` says whether a version's spec has it; `says` is VMware's
   * statement. `parent`: the structure's or enum's own decision; a member that disagrees exactly
   * like its parent is not listed again.
   */
  const decide = (what, has, says, parent) => {
    const first = specs.find((s) => has(s.spec));
    const note = (text, since) => {
      if (!parent || parent.says !== says || parent.since !== since) notes.push(`${what}: ${text}`);
      return since;
    };
    if (first && first.version !== oldest) {
      return says !== undefined && says !== first.version
        ? note(`VMware states ${says}; first published on-prem in ${first.version}, which is used`, first.version)
        : first.version;
    }
    if (says === undefined) return undefined;
    if (cmp(says, oldest) <= 0) return says;
    return note(`VMware states ${says}, but the ${oldest} file already has it; left unknown`, undefined);
  };
  const lookup = (map, key) => map.get(key) ?? map.get(key.toLowerCase());
  const units = new Map();
  const unitOf = (t) => {
    const key = `${t.kind}\0${t.unit}`;
    if (!units.has(key))
      units.set(key, { kind: t.kind, id: t.unit, operations: new Map(), structures: new Map(), enums: new Map() });
    return units.get(key);
  };
  let facts = 0;
  for (const [id, op] of newest.spec.ops) {
    const since = decide(`operation ${id}`, (s) => s.ops.has(id), st.ops.get(id.toLowerCase())?.since);
    if (since) {
      unitOf(op).operations.set(op.name, { since });
      facts++;
    }
  }
  for (const [id, s] of newest.spec.structures) {
    const says = st.structures.get(id.toLowerCase());
    const since = decide(`structure ${id}`, (x) => x.structures.has(id), says?.since);
    const fields = new Map();
    for (const name of s.fields.keys()) {
      const saysField = says && lookup(lower(says.fields), name);
      const f = decide(`structure ${id}, field ${name}`, (x) => x.structures.get(id)?.fields.has(name), saysField, {
        says: says?.since,
        since,
      });
      if (f && f !== since) fields.set(name, f);
    }
    facts += (since ? 1 : 0) + fields.size;
    if (since || fields.size) unitOf(s).structures.set(s.name, { since, fields });
  }
  for (const [id, e] of newest.spec.enums) {
    const says = st.enums.get(id.toLowerCase());
    const since = decide(`enum ${id}`, (x) => x.enums.has(id), says?.since);
    const values = new Map();
    for (const v of e.values.keys()) {
      const f = decide(`enum ${id}, value ${v}`, (x) => x.enums.get(id)?.values.has(v), says?.values.get(v), {
        says: says?.since,
        since,
      });
      if (f && f !== since) values.set(v, f);
    }
    facts += (since ? 1 : 0) + values.size;
    if (since || values.size) unitOf(e).enums.set(e.name, { since, values });
  }
  return { text: render(units, notes, specs), facts, disagreements: notes.length };
}

function render(units, notes, specs) {
  const q = (v) => (/^\d+\.\d+$/.test(v) ? `"${v}"` : v);
  const leaf = (v) => `{ since: ${q(v)} }`;
  const sorted = (map) => [...map].sort(([a], [b]) => byCode(a, b));
  const out = [
    '# yaml-language-server: $schema=../overlay.schema.json',
    '# Written by scripts/since-overlay.mjs; do not edit by hand: change the script and run it again.',
    ...(notes.length ? ['#', '# Where the sources disagree:', ...notes.sort(byCode).map((n) => `#   ${n}`)] : []),
    'reason: >-',
    '  The first API version of each operation, structure, field, enum and enum value, where it is known,',
    `  so that the client documents what needs which vCenter. From VMware's published files: the first`,
    `  on-prem file that has it (${specs.map((s) => s.version).join(', ')}), else the version VMware's 9.1 OpenAPI states for it.`,
    "  Fields and values without one have their structure's or enum's. Rules in scripts/since-overlay.mjs.",
    `apiVersion: ${specs[specs.length - 1].version}`,
  ];
  for (const kind of ['packages', 'services']) {
    const list = [...units.values()].filter((u) => u.kind === kind).sort((a, b) => byCode(a.id, b.id));
    if (!list.length) continue;
    out.push(`${kind}:`);
    for (const u of list) {
      out.push(`  ${u.id}:`);
      if (u.structures.size) {
        out.push('    structures:');
        for (const [n, s] of sorted(u.structures)) {
          if (!s.fields.size) {
            out.push(`      ${n}: ${leaf(s.since)}`);
            continue;
          }
          out.push(`      ${n}:`);
          if (s.since) out.push(`        since: ${q(s.since)}`);
          out.push('        fields:');
          for (const [f, v] of sorted(s.fields)) out.push(`          ${f}: ${leaf(v)}`);
        }
      }
      if (u.enums.size) {
        out.push('    enums:');
        for (const [n, e] of sorted(u.enums)) {
          if (!e.values.size) {
            out.push(`      ${n}: ${leaf(e.since)}`);
            continue;
          }
          out.push(`      ${n}:`);
          if (e.since) out.push(`        since: ${q(e.since)}`);
          out.push('        values:');
          for (const [v, s] of sorted(e.values)) out.push(`          ${v}: ${leaf(s)}`);
        }
      }
      if (u.operations.size) {
        out.push('    operations:');
        for (const [n, o] of sorted(u.operations)) out.push(`      ${n}: ${leaf(o.since)}`);
      }
    }
  }
  return `${out.join('\n')}\n`;
}
