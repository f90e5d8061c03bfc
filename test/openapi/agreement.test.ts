// (3) Agreement: for every structure (and each union case, unknown case and common part), every
// enum and every error type, the package's own type and openapi-typescript's type of the same
// component are checked against each other by tsc, in a generated file that imports both.
//
// What "agree" means, per named type N (Ours = the package's N, Theirs = components['schemas'][N]):
// 1. Ours is assignable to Theirs, with the package's fields of other union cases (typed
//    `OnlyWhen<…>`, which nothing but `undefined` fits, to name the case in tsc's messages) read as
//    the `never` they are: every value the package produces or accepts fits the document.
// 2. Theirs is assignable to Unbrand<Ours>, where Unbrand maps the package's resource-typed ids
//    (`Id<'VirtualMachine'>`, branded strings) to `string`, deeply, and changes nothing else. Ids
//    are the one designed difference: a brand cannot exist on the wire or in a JSON document.
//    Open enums need no mapping: the package's `Open<E>` (`E | (string & {})`) and openapi.d.ts's
//    `E | string` (reduced to `string`; see render/openapi-types.ts) accept the same values. That
//    also means the types cannot tell WHICH enum an open field names; mapping.test.ts checks the
//    document's `$ref` for that.
// 3. Both have the same property names (over all union members), so an optional field missing on
//    one side, which mutual assignability alone would not notice, fails too.
// Enums and error `type`s must be mutually assignable without any mapping.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { JsonObject } from '../../generator/emit/openapi.js';
import type { Ir } from '../../generator/ir/model.js';
import { runPipeline } from '../../generator/pipeline.js';
import { writeTree } from '../../generator/write/atomic.js';
import { ROOT } from '../setup/generate.js';
import { docOf, irOf, schemasOf, SPECS, typecheck, type Loose } from './helpers.js';

/** Every named type the package and the document share, by kind. */
function sharedNames(ir: Ir): { objects: string[]; enums: string[]; errors: string[] } {
  const objects: string[] = [];
  if (ir.errorValue) objects.push(ir.errorValue.tsName);
  for (const s of ir.structures) {
    objects.push(s.tsName);
    if (s.commonName) objects.push(s.commonName);
    if (s.knownName) objects.push(s.knownName);
    for (const u of s.unions)
      objects.push(
        ...u.cases.map((c) => c.tsName),
        ...(u.unsetName ? [u.unsetName] : []),
        ...(u.otherName ? [u.otherName] : []),
      );
  }
  return { objects, enums: ir.enums.map((e) => e.tsName), errors: ir.errors.map((e) => e.className) };
}

function agreementSource(ir: Ir, pkgIndex: string): string {
  const { objects, enums, errors } = sharedNames(ir);
  const lines = [
    `import type * as P from '${pkgIndex}';`,
    `import type { components } from './openapi.js';`,
    `type S = components['schemas'];`,
    `type Unbrand<T> = T extends P.Id<string> ? string`,
    `  : T extends string | number | boolean | bigint | symbol | null | undefined ? T`,
    `  : T extends readonly (infer U)[] ? Unbrand<U>[]`,
    `  : T extends object ? { [K in keyof T]: Unbrand<T[K]> }`,
    `  : T;`,
    `type Forbid<T> = T extends P.OnlyWhen<string, string> ? never`,
    `  : T extends P.Id<string> | string | number | boolean | bigint | symbol | null | undefined ? T`,
    `  : T extends readonly (infer U)[] ? Forbid<U>[]`,
    `  : T extends object ? { [K in keyof T]: Forbid<T[K]> }`,
    `  : T;`,
    `type Keys<T> = T extends unknown ? keyof T : never;`,
    `type SameKeys<A, B> = [Keys<A>] extends [Keys<B>] ? ([Keys<B>] extends [Keys<A>] ? true : false) : false;`,
    '',
  ];
  // One check per line, so a tsc error's line number names the type that disagrees.
  for (const n of objects) {
    lines.push(
      `export function object_${n}(ours: Forbid<P.${n}>, theirs: S['${n}']): void { const a: S['${n}'] = ours; const b: Unbrand<P.${n}> = theirs; void [a, b]; }`,
    );
    lines.push(`export const keys_${n}: SameKeys<P.${n}, S['${n}']> = true;`);
  }
  for (const n of enums) {
    lines.push(
      `export function enum_${n}(ours: P.${n}, theirs: S['${n}']): void { const a: S['${n}'] = ours; const b: P.${n} = theirs; void [a, b]; }`,
    );
  }
  for (const n of errors) {
    lines.push(
      `export function error_${n}(ours: P.${n}['type'], theirs: S['${n}']['error_type']): void { const a: S['${n}']['error_type'] = ours; const b: P.${n}['type'] = theirs; void [a, b]; }`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** The checks tsc rejected, as `object_X`, `keys_X`, `enum_X`, `error_X` (sorted, unique). */
function failedChecks(output: string, source: string): string[] {
  const lines = source.split('\n');
  const names = [...output.matchAll(/agree\.ts\((\d+),\d+\)/g)].map((m) => {
    const line = lines[Number(m[1]) - 1] ?? '';
    return /^export (?:function|const) ((?:object|keys|enum|error)_\w+)/.exec(line)?.[1] ?? `line ${m[1]}: ${line}`;
  });
  return [...new Set(names)].sort();
}

async function checkAgreement(ir: Ir, doc: JsonObject, pkgDir: string): Promise<{ failed: string[]; output: string }> {
  let source = '';
  const r = await typecheck(doc, (dir) => {
    source = agreementSource(ir, relative(dir, join(pkgDir, 'src/index.js')).replace(/^(?!\.)/, './'));
    return { 'agree.ts': source };
  });
  const failed = failedChecks(r.output, source);
  // Anything tsc reports outside agree.ts (the package, openapi.d.ts) is a failure of its own.
  if (r.code !== 0 && !failed.length) failed.push(r.output);
  return { failed, output: r.output };
}

async function extrasPackage(): Promise<string> {
  const { files } = await runPipeline({ specDir: SPECS.extras });
  const dir = join(mkdtempSync(join(tmpdir(), 'vcgen-openapi-pkg-')), 'extras');
  writeTree(dir, files);
  return dir;
}

const PACKAGES: [name: string, spec: string, pkg: () => Promise<string>][] = [
  ['spec/7.0.3 ↔ generated/vcenter-vm', SPECS.real, async () => join(ROOT, 'generated/vcenter-vm')],
  [
    'minimal fixture ↔ its snapshot package',
    SPECS.minimal,
    async () => join(ROOT, 'test/scenarios/__snapshots__/minimal'),
  ],
  ['extras fixture ↔ its package', SPECS.extras, extrasPackage],
];

describe.each(PACKAGES)('%s', (_, spec, pkg) => {
  let pkgDir: string;
  beforeAll(async () => {
    pkgDir = await pkg();
  });

  it('checks every component schema of the document (nothing goes unchecked)', () => {
    const { objects, enums, errors } = sharedNames(irOf(spec));
    const checked = new Set([...objects, ...enums, ...errors]);
    // Typed-data variants of errors (`NotFoundError.<Data>`) differ from their error only in `data`.
    const unchecked = Object.keys(schemasOf(docOf(spec))).filter(
      (k) => !checked.has(k) && !checked.has(k.split('.')[0]!),
    );
    expect(unchecked).toEqual([]);
  });

  it('agrees type by type with openapi-typescript (tsc --noEmit)', async () => {
    const r = await checkAgreement(irOf(spec), docOf(spec), pkgDir);
    expect(r.failed).toEqual([]);
    expect(r.output).toBe('');
  }, 180_000);
});

describe('the agreement check', () => {
  it('is not vacuous: each kind of disagreement is caught, where it is (and in the types using it)', async () => {
    const doc = structuredClone(docOf(SPECS.minimal)) as Loose;
    const s = doc.components.schemas;
    s.HardwareCdromInfo.required = ['backing', 'state']; // a required field made optional
    delete s.HardwareCdromFilterSpec.properties.connected; // an optional field dropped: only the key check sees it
    s.HardwareCdromBackingInfoOther.properties.type = { $ref: '#/components/schemas/HardwareCdromBackingType' }; // an open enum closed
    s.HardwareCdromSummary.properties.cdrom = { type: 'integer' }; // an id that is not a string
    s.HardwareCdromConnectionState.enum.push('EXTRA'); // an enum value the package lacks
    s.GuestCredentialsSamlBearerToken.properties.password = { type: 'string' }; // a forbidden field allowed
    const r = await checkAgreement(irOf(SPECS.minimal), doc, join(ROOT, 'test/scenarios/__snapshots__/minimal'));
    expect(r.failed).toEqual([
      'enum_HardwareCdromConnectionState',
      'keys_HardwareCdromFilterSpec',
      'object_GuestCredentials',
      'object_GuestCredentialsSamlBearerToken',
      'object_HardwareCdromBackingInfo',
      'object_HardwareCdromBackingInfoOther',
      'object_HardwareCdromInfo',
      'object_HardwareCdromSummary',
    ]);
  }, 180_000);
});
