// The README's promise, checked for every tagged union of the generated package: "a field that
// belongs to another case is a compile error". For each union of each structure sent to the
// server, each of its variants (a case, or the discriminant unset) and each field of the union
// that variant does not have, a valid value of the variant with that field set must not be
// assignable to the union (`@ts-expect-error`, so tsc fails when the error does not happen). For
// structures read from the server, the type `isCase` narrows to must have no such field. The file
// is written from the IR of spec/7.0.3 against the committed package and compiled by tsc.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IrStructure, IrUnion } from '../../generator/ir/model.js';
import { caseName, caseValuesOf, caseViews } from '../../generator/ir/unions.js';
import { irOf, SPECS } from '../openapi/helpers.js';
import { tsc } from '../package/typecheck.js';
import { ROOT } from '../setup/generate.js';

interface Check {
  /** What it asserts, for the failure message. */
  what: string;
  lines: string[];
}

const ofUnion = (u: IrUnion): string[] => [...new Set(u.cases.flatMap((c) => [...c.required, ...c.optional]))];

/** The variants requests may take: every known case and the unset discriminant (not the unknown one). */
const sent = (s: IrStructure, u: IrUnion): string =>
  caseViews(u)
    .filter((c) => c !== 'other')
    .map((c) => `P.${caseName(u, c)}`)
    .join(' | ');

function checks(structures: IrStructure[]): Check[] {
  const out: Check[] = [];
  let n = 0;
  for (const s of structures) {
    for (const u of s.unions) {
      const fields = ofUnion(u);
      for (const c of caseViews(u)) {
        if (c === 'other') continue;
        const own = c === 'unset' ? [] : [...c.required, ...c.optional];
        const label = c === 'unset' ? `without ${u.discriminant}` : `${u.discriminant}=${c.value}`;
        for (const f of fields.filter((x) => !own.includes(x))) {
          const owner = u.cases.find((x) => caseValuesOf(u, f).includes(x.value))!;
          const what = `${s.id} ${label}: ${f} (of ${caseValuesOf(u, f).join(', ')})`;
          const i = n++;
          if (s.direction.input) {
            // A valid value of the variant, plus the field with a value of its own case's type.
            out.push({
              what,
              lines: [
                `declare const base${i}: P.${caseName(u, c)};`,
                `declare const value${i}: NonNullable<P.${owner.tsName}[${JSON.stringify(f)}]>;`,
                `// @ts-expect-error ${what}`,
                `export const sent${i}: ${sent(s, u)} = { ...base${i}, ${JSON.stringify(f)}: value${i} };`,
              ],
            });
          }
          if (s.direction.output && c !== 'unset') {
            // What isCase narrows data read from the server to has no such field.
            out.push({
              what,
              lines: [
                `export const read${i}: IsUndefined<Extract<P.${s.tsName}, { readonly ${u.discriminant}: ${JSON.stringify(c.value)} }>[${JSON.stringify(f)}]> = true;`,
              ],
            });
          }
        }
      }
    }
  }
  return out;
}

const ir = irOf(SPECS.real);
const all = checks(ir.structures);

describe('every tagged union of the 7.0.3 package', () => {
  it('has the unions VMware defines: 40, in 38 structures', () => {
    const unions = ir.structures.flatMap((s) => s.unions);
    expect(unions.length).toBe(40);
    expect(ir.structures.filter((s) => s.unions.length).length).toBe(38);
    // Each (case, field of another case) place is checked at least once.
    expect(all.length).toBeGreaterThan(200);
  });

  it('rejects a field of another case in every case, and narrows read data exactly (tsc)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vcgen-unions-'));
    const source = [
      `import type * as P from '${join(ROOT, 'generated/vcenter-vm/dist/index.js')}';`,
      `type IsUndefined<T> = [T] extends [undefined] ? ([undefined] extends [T] ? true : false) : false;`,
      ...all.flatMap((c) => c.lines),
      '',
    ].join('\n');
    writeFileSync(join(dir, 'unions.ts'), source);
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          types: [],
        },
        files: ['unions.ts'],
      }),
    );
    const r = tsc(join(dir, 'tsconfig.json'));
    // An unused @ts-expect-error (TS2578) is a field a case accepts although it belongs to another.
    const lines = source.split('\n');
    const failed = [...r.output.matchAll(/unions\.ts\((\d+),\d+\): error (TS\d+)/g)].map(
      ([, line, code]) => `${code} ${lines[Number(line) - 2] ?? ''} ${lines[Number(line) - 1] ?? ''}`,
    );
    expect(failed).toEqual([]);
    expect(r.code).toBe(0);
  }, 120_000);
});
