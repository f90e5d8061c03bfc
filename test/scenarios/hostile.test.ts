// Hostile names and text (comment terminators, template literals, quotes, line separators, NUL,
// reserved words, names that clash after camelCasing) cannot inject code: the output compiles
// and its syntax trees hold nothing but the declarations the generator means to write.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Project, SyntaxKind } from 'ts-morph';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkSources } from '../package/typecheck.js';
import { generateScenario, pipelineFor } from '../setup/generate.js';

let dir: string;
let files: Map<string, string>;
beforeAll(async () => {
  files = (await pipelineFor('hostile')).files;
  dir = await generateScenario('hostile', join(mkdtempSync(join(tmpdir(), 'vcgen-hostile-')), 'pkg'));
});

const INJECTED = ['pwned', 'evil', 'alert', 'exit'];
const TOP_LEVEL = new Set([
  SyntaxKind.ImportDeclaration,
  SyntaxKind.ExportDeclaration,
  SyntaxKind.InterfaceDeclaration,
  SyntaxKind.TypeAliasDeclaration,
  SyntaxKind.VariableStatement,
  SyntaxKind.ClassDeclaration,
  SyntaxKind.FunctionDeclaration,
]);

describe('hostile spec text', () => {
  it('compiles under a strict tsc', () => {
    const r = checkSources(dir);
    expect(r.output).toBe('');
  });

  it('contains no injected identifier or statement in any .ts or .js file', () => {
    const project = new Project({ useInMemoryFileSystem: true, skipLoadingLibFiles: true });
    for (const [path, text] of files) {
      // The runtime, the fake's engine and its bin are verbatim files, free of spec text (the
      // fake's model is checked).
      if (!/\.(ts|js)$/.test(path) || /runtime\/|fake\/(?!model\.)|^bin\//.test(path)) continue;
      const sf = project.createSourceFile(path, text, { overwrite: true });
      for (const st of sf.getStatements())
        expect(TOP_LEVEL.has(st.getKind()), `${path}: ${st.getKindName()}`).toBe(true);
      const identifiers = sf.getDescendantsOfKind(SyntaxKind.Identifier).map((n) => n.getText());
      for (const bad of INJECTED) expect(identifiers, `${path} has identifier ${bad}`).not.toContain(bad);
      // Spec text may only live in comments and string literals; none of it escapes them.
      expect(
        sf
          .getDescendantsOfKind(SyntaxKind.ExpressionStatement)
          .map((e) => e.getText())
          .filter((t) => !t.startsWith('this.') && !t.startsWith('super(')),
      ).toEqual([]);
    }
  });

  it('keeps every text in doc comments harmless (no comment end, no line separators)', () => {
    for (const [path, text] of files) {
      if (!path.endsWith('.ts')) continue;
      const comments = text.match(/\/\*\*[\s\S]*?\*\//g) ?? [];
      for (const c of comments) expect(c.slice(3, -2), path).not.toMatch(/\*\/|[\u2028\u2029\u0000]/);
    }
  });

  it('shows bidirectional controls as escapes and keeps NUL out of every text file', () => {
    // Raw U+202E and friends make code read differently from what it is ("Trojan Source").
    // In string literals (TypeScript, JavaScript, JSON) the escape is the same character.
    for (const [path, text] of files) {
      expect(text, path).not.toMatch(/[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u0000]/);
    }
    expect(files.get('README.md')).toContain('\\u202Edesrever\\u202C NULhere new line # heading');
    expect(files.get('src/enums.ts')).toContain("'rtl\\u202Eover'");
  });

  it('means what the spec says at run time: wire names, enum values, prototypes', async () => {
    const pkg = await import(pathToFileURL(join(dir, 'dist/index.js')).href);
    expect(Object.getPrototypeOf(pkg.ClassKind)).toBe(Object.prototype);
    expect(Object.keys(pkg.ClassKind)).toEqual([
      'A*/B',
      "it's",
      'say "hi"',
      'back\\slash',
      'new\nline',
      'constructor',
      '__proto__',
      'rtl\u202Eover',
    ]);
    expect(pkg.ClassKind['__proto__']).toBe('__proto__');
    const client = pkg.createClient({ baseUrl: 'http://127.0.0.1:9', sessionId: 'x' });
    expect(typeof client.class.getFoo).toBe('function');
    expect(typeof client.class.getFoo2).toBe('function');
    expect(typeof client.class.delete).toBe('function');
    // A service must not be thenable, or awaiting it would send a request.
    expect(client.class.then).toBeUndefined();
    expect(typeof client.class.then_).toBe('function');
    expect(client.class.thenService.constructor.name).toBe('ClassThenService');
    // Services named like the client's own members get accessors of their own, and so does
    // every service below one of them.
    expect(typeof client.login).toBe('function');
    expect(typeof client.logout).toBe('function');
    expect(typeof client.withResult).toBe('function');
    expect(typeof client.transport.call).toBe('function');
    expect(client.loginService.constructor.name).toBe('LoginService');
    expect(typeof client.loginService.get).toBe('function');
    expect(typeof client.loginService.session.list).toBe('function');
    expect(typeof client.logoutService.list).toBe('function');
    expect(typeof client.withResultService.list).toBe('function');
    expect(typeof client.transportService.list).toBe('function');
    const manifest = JSON.parse(files.get('manifest.json')!);
    const ctor = manifest.structures.find((s: { id: string }) => s.id === 'com.vmware.vcenter.vm.class.constructor');
    expect(ctor.fields.map((f: { name: string }) => f.name)).toContain('quote\'"back\\slash');
  });

  it('names every part of a structure apart from the structures named like it', () => {
    const types = files.get('src/types.ts')!;
    // pair (two unions) has a part for its fields outside both; pair_common took its name first.
    expect(types).toContain('export type LoginPair = LoginPairCommon2 &');
    expect(types).toMatch(/export interface LoginPairCommon \{\n[^}]*note: string;/);
    const schemas = JSON.parse(files.get('openapi.json')!).components.schemas;
    expect(schemas.LoginPair.allOf[0]).toEqual({ $ref: '#/components/schemas/LoginPairCommon2' });
    expect(Object.keys(schemas.LoginPairCommon.properties)).toEqual(['note']);
  });

  it('keeps parameters apart from the names the generated functions use', () => {
    const login = files.get('src/services/login.ts')!;
    expect(login).toContain('get(transport2: string, loginGet2?: LoginPairCommon, options?: CallOptions)');
    expect(login).toContain('return loginGet(this.#transport, transport2, loginGet2, options);');
    expect(login).toMatch(/export function loginGet\(\n\s+transport: Transport,\n\s+transport2: string,/);
  });
});
