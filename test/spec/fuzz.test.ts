// Fuzzing the spec: bounded mutations of real spec files (delete, duplicate, retype, rename nodes,
// random bytes). Every case must end in a clean diagnostic (no crash, no stack trace) or in
// output that type-checks.
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isMap, isScalar, isSeq, parseDocument, Scalar, visit, type Node as YamlNode } from 'yaml';
import { describe, expect, it } from 'vitest';
import { DiagnosticError } from '../../generator/diagnostics.js';
import { runPipeline } from '../../generator/pipeline.js';
import { writeTree } from '../../generator/write/atomic.js';
import { tsc } from '../package/typecheck.js';
import { fixtureDir, ROOT } from '../setup/generate.js';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

const ODD_VALUES: unknown[] = [
  'nope',
  'list<',
  'map<string>',
  'optional<optional<string>>',
  'id:',
  '',
  ' ',
  '*/',
  '${x}',
  'constructor',
  '__proto__',
  'com.vmware.vapi.std.errors.not_found',
  'GET',
  '/api/{x}',
  42,
  -1,
  true,
  null,
  [],
  {},
  ['a'],
  { type: 'string' },
];

/** Text that is not plain: bytes that are not UTF-8, a BOM, bidi controls, braces, YAML tokens. */
const ODD_BYTES: number[][] = [
  [0xe9],
  [0xff, 0xfe],
  [0xc3],
  [0xe2, 0x80, 0xae],
  [0x00],
  [0x7b],
  [0x7d],
  [0x26, 0x61],
  [0x2a, 0x61],
  [0x3c, 0x3c, 0x3a],
];

function mutate(text: string, random: () => number): string | Buffer {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const kind = pick(['delete', 'duplicate', 'retype', 'rename', 'bytes', 'raw', 'alias'] as const);
  if (kind === 'bytes') {
    const at = Math.floor(random() * text.length);
    const junk = Array.from({ length: 1 + Math.floor(random() * 4) }, () =>
      String.fromCharCode(Math.floor(random() * 128)),
    ).join('');
    return text.slice(0, at) + junk + text.slice(at);
  }
  if (kind === 'raw') {
    const buf = Buffer.from(text);
    const at = Math.floor(random() * buf.length);
    return Buffer.concat([buf.subarray(0, at), Buffer.from(pick(ODD_BYTES)), buf.subarray(at)]);
  }
  const doc = parseDocument(text);
  const nodes: YamlNode[] = [];
  visit(doc, {
    Map: (_, n) => void nodes.push(n as YamlNode),
    Seq: (_, n) => void nodes.push(n as YamlNode),
    Scalar: (_, n) => void nodes.push(n as YamlNode),
  });
  const collections = nodes.filter((n) => (isMap(n) || isSeq(n)) && n.items.length > 0) as (YamlNode & {
    items: unknown[];
  })[];
  const scalars = nodes.filter((n) => isScalar(n)) as Scalar[];
  if (kind === 'alias' && nodes.length > 1) {
    // Anchor one node and put an alias to it where another value was.
    const target = pick(nodes);
    target.anchor = 'fz';
    const c = collections.length ? pick(collections) : undefined;
    if (c) {
      const i = Math.floor(random() * c.items.length);
      const alias = doc.createAlias(target as never, 'fz');
      if (isMap(c)) c.items[i]!.value = alias;
      else c.items[i] = alias;
    }
    try {
      return doc.toString({ lineWidth: 0 });
    } catch {
      return text; // an alias before its anchor cannot be written: leave the file as it was
    }
  }
  if ((kind === 'delete' || kind === 'duplicate') && collections.length) {
    const c = pick(collections);
    const i = Math.floor(random() * c.items.length);
    if (kind === 'delete') c.items.splice(i, 1);
    else c.items.splice(i, 0, c.items[i]);
  } else if (kind === 'retype' && collections.length) {
    // Put a value of another shape (scalar, list, map) where something else was.
    const c = pick(collections);
    const i = Math.floor(random() * c.items.length);
    const value = doc.createNode(pick(ODD_VALUES));
    if (isMap(c)) c.items[i]!.value = value;
    else c.items[i] = value;
  } else if (scalars.length) {
    const s = pick(scalars);
    s.value =
      typeof s.value === 'string'
        ? `${s.value}${pick(['_x', 'X', '', '.y', 's'])}`
        : pick(ODD_VALUES.filter((v) => typeof v !== 'object' || v === null));
  }
  return doc.toString({ lineWidth: 0 });
}

async function fuzz(specDir: string, cases: number, seed: number): Promise<{ errors: number; ok: string[] }> {
  const random = rng(seed);
  const files = readdirSync(specDir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.yaml'))
    .sort();
  const result = { errors: 0, ok: [] as string[] };
  for (let n = 0; n < cases; n++) {
    const dir = mkdtempSync(join(tmpdir(), 'vcgen-fuzz-'));
    cpSync(specDir, dir, { recursive: true });
    const file = files[Math.floor(random() * files.length)]!;
    const path = join(dir, file);
    writeFileSync(path, mutate(readFileSync(path, 'utf8'), random));
    try {
      const out = await runPipeline({ specDir: dir });
      const pkg = join(dir, '.out');
      writeTree(pkg, out.files);
      result.ok.push(pkg);
    } catch (e) {
      if (!(e instanceof DiagnosticError)) throw new Error(`case ${n} (${file}) crashed: ${(e as Error)?.stack}`);
      expect(e.diagnostics.length).toBeGreaterThan(0);
      for (const d of e.diagnostics) {
        expect(d.rule).toMatch(/^[a-z-]+$/);
        expect(d.message.length).toBeGreaterThan(0);
        expect(d.message).not.toMatch(/\n\s+at /);
      }
      result.errors++;
    }
  }
  return result;
}

function typecheckAll(pkgs: string[]): void {
  if (!pkgs.length) return;
  const dir = mkdtempSync(join(tmpdir(), 'vcgen-fuzz-tsc-'));
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        lib: ['ES2023', 'DOM'],
        strict: true,
        types: [],
        skipLibCheck: true,
      },
      include: pkgs.map((p) => join(p, 'src/**/*.ts')),
    }),
  );
  const r = tsc(join(dir, 'tsconfig.json'));
  expect(r.output).toBe('');
}

// Longer local runs: VCGEN_FUZZ_CASES=500 VCGEN_FUZZ_SEED=9 npx vitest run test/spec/fuzz.test.ts
const CASES = Number(process.env.VCGEN_FUZZ_CASES ?? 60);
const SEED = Number(process.env.VCGEN_FUZZ_SEED ?? 20261123);

describe('fuzzed specs end in a clean error or in output that type-checks', () => {
  it(`minimal fixture: ${CASES} mutations`, async () => {
    const r = await fuzz(fixtureDir('minimal'), CASES, SEED);
    expect(r.errors + r.ok.length).toBe(CASES);
    typecheckAll(r.ok);
  });

  const real = join(ROOT, 'spec/7.0.3');
  it('the real spec: 12 mutations', async () => {
    const r = await fuzz(real, 12, 7);
    expect(r.errors + r.ok.length).toBe(12);
    typecheckAll(r.ok.slice(0, 4));
  });
});
