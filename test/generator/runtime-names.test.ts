// The runtime's public names have one source, the runtime files: the generator reads their export
// declarations (templates/exports.ts) for the package entry's re-exports and for the names no
// generated name may take. The error-status table of openapi.json and the runtime's own table
// (a zero-dependency runtime keeps a copy) agree.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Node, Project } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { emitEntry } from '../../generator/emit/entry.js';
import { ERROR_STATUS } from '../../generator/emit/openapi.js';
import { UNTAGGED_INTERNAL } from '../../generator/emit/runtime.js';
import { reservedNames } from '../../generator/ir/names.js';
import { defaultTemplatesDir } from '../../generator/paths.js';
import { moduleExports } from '../../generator/templates/exports.js';
import { defaultRuntime } from '../../generator/templates/load.js';
import { emitContext } from '../setup/emit.js';

const runtime = defaultRuntime().modules;

describe('moduleExports', () => {
  it.each([
    ['export function f(): void {}', [{ name: 'f', typeOnly: false, internal: false }]],
    ['export async function f(): Promise<void> {}', [{ name: 'f', typeOnly: false, internal: false }]],
    ['export declare const c: number;', [{ name: 'c', typeOnly: false, internal: false }]],
    [
      'export class C {}\nexport interface I {}',
      [
        { name: 'C', typeOnly: false, internal: false },
        { name: 'I', typeOnly: true, internal: false },
      ],
    ],
    ['/** A thing. @internal */\nexport type T = 1;', [{ name: 'T', typeOnly: true, internal: true }]],
    [
      '/** @internal */\n\nconst x = 1;\n/** Public. */\nexport const y = x;',
      [{ name: 'y', typeOnly: false, internal: false }],
    ],
    ["export { VapiError };\nexport { a } from './a.js';\nexport * from './b.js';", []],
    ['  export const indented = 1;\nconst exportLike = 2;', []],
  ])('%j', (text, want) => expect(moduleExports(text)).toEqual(want));

  it('reads every runtime module as TypeScript does', () => {
    const project = new Project({ useInMemoryFileSystem: true, skipLoadingLibFiles: true });
    expect(runtime.length).toBeGreaterThan(5);
    for (const m of runtime) {
      const file = project.createSourceFile(m.name, m.text, { overwrite: true });
      const declared = file.getStatements().flatMap((s) => {
        if (Node.isVariableStatement(s))
          return s.isExported() ? s.getDeclarations().map((d) => ({ name: d.getName(), typeOnly: false })) : [];
        if (!Node.isExportable(s) || !s.isExported() || !Node.hasName(s)) return [];
        return [{ name: s.getName(), typeOnly: Node.isInterfaceDeclaration(s) || Node.isTypeAliasDeclaration(s) }];
      });
      expect(
        moduleExports(m.text).map(({ name, typeOnly }) => ({ name, typeOnly })),
        m.name,
      ).toEqual(declared);
    }
  });

  it('lists as untagged internals only names the runtime exports without @internal', () => {
    const exports = runtime.flatMap((m) => m.exports);
    for (const name of UNTAGGED_INTERNAL) {
      const e = exports.find((x) => x.name === name);
      expect(e, `${name} is exported by the runtime`).toBeDefined();
      expect(e!.internal, `${name} carries @internal now: remove it from UNTAGGED_INTERNAL`).toBe(false);
    }
  });
});

describe('runtime names in the package', () => {
  const ctx = emitContext('minimal');

  it('the entry re-exports each public name of the runtime, from its module, and nothing internal', () => {
    const [entry] = emitEntry(ctx);
    if (entry?.kind !== 'ts-module') throw new Error('the entry is a TypeScript module');
    const reexported = (entry.exports ?? []).flatMap((e) =>
      (e.named ?? []).map((n) => `${e.from} ${n}${e.typeOnly ? ' (type)' : ''}`),
    );
    const want = runtime
      .filter((m) => m.name !== 'node-fetch.ts')
      .flatMap((m) =>
        m.exports
          .filter((e) => !e.internal && !UNTAGGED_INTERNAL.has(e.name))
          .map((e) => `./runtime/${m.name.replace('.ts', '.js')} ${e.name}${e.typeOnly ? ' (type)' : ''}`),
      );
    expect([...reexported].sort()).toEqual([...want].sort());
    expect(reexported).toContain('./runtime/login.js login');
    expect(reexported).toContain('./runtime/transport.js ClientOptions (type)');
    expect(reexported.join('\n')).not.toMatch(/newTransport|encodeRequest|createNodeFetch/);
  });

  it('no generated name may be a name the runtime exports, internal ones included', () => {
    const reserved = new Set(reservedNames(defaultRuntime().names));
    for (const m of runtime) for (const e of m.exports) expect(reserved.has(e.name), e.name).toBe(true);
    expect(reserved.has('createClient')).toBe(true);
  });
});

describe('the error status table', () => {
  // errors.ts decides the error of a response without a vAPI error body by its HTTP status.
  const text = readFileSync(join(defaultTemplatesDir, 'runtime/errors.ts'), 'utf8');
  const table = /const STATUS_TYPES[^=]*=\s*\{([^}]*)\}/.exec(text)?.[1] ?? '';
  const runtimeTable = [...table.matchAll(/(\d+):\s*'([A-Z_]+)'/g)].map((m) => [Number(m[1]), m[2]!] as const);

  it("matches openapi.json's table: each status the runtime reads is the /api status of its error type", () => {
    expect(runtimeTable.length).toBeGreaterThan(5);
    const disagree = Object.fromEntries(runtimeTable.filter(([status, type]) => ERROR_STATUS[type]?.api !== status));
    expect(disagree).toEqual({});
  });
});
