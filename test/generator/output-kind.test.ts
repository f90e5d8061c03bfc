// Adding an output kind takes one emitter, its template (or folder of verbatim files) and an entry
// in the list of emitters: the render stage treats the new files by their kind, and package.json
// exports the module that declares an entry point. (The worked example of generator/README.md.)
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EMITTERS, emitAll } from '../../generator/emit/all.js';
import { template, tsModule, verbatimModule, type Emitter } from '../../generator/emit/files.js';
import { buildIr } from '../../generator/ir/build.js';
import { defaultTemplatesDir } from '../../generator/paths.js';
import { createRenderer } from '../../generator/render/handlebars.js';
import { renderFiles } from '../../generator/render/render.js';
import { localTools } from '../../generator/render/tools.js';
import { loadSpec } from '../../generator/spec/load.js';
import { checkSpec } from '../../generator/spec/validate.js';
import { loadTemplates, runtimeModules } from '../../generator/templates/load.js';
import { Timings } from '../../generator/timing.js';
import { fixtureDir } from '../setup/generate.js';

// The new output kind: a module listing the operations, and a helper copied as written.
interface OperationsView {
  ops: { name: string; path: string }[];
}
const OPERATIONS = template<OperationsView>('operations.ts.hbs');

const emitOperationList: Emitter = ({ ir, verbatim }) => [
  tsModule(
    'src/operations.ts',
    OPERATIONS,
    {
      ops: ir.services.flatMap((s) =>
        s.operations.map((o) => ({ name: o.functionName, path: JSON.stringify(o.http.api.path) })),
      ),
    },
    [{ from: './extra/count.js', named: ['count'], typeOnly: false }],
    { entry: 'operations' },
  ),
  ...verbatim('extra').map((f) => verbatimModule(`src/extra/${f.name}`, f.text)),
];

describe('an output kind', () => {
  it('plugs in with one emitter, its templates and an entry in the list of emitters', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vcgen-kind-'));
    cpSync(defaultTemplatesDir, dir, { recursive: true });
    writeFileSync(
      join(dir, 'operations.ts.hbs'),
      '/** Every operation and its path. */\nexport const operations: Record<string, string> = {\n{{#each ops}}\n  {{name}}: {{{path}}},\n{{/each}}\n};\nexport const total: number = count(operations);\n',
    );
    mkdirSync(join(dir, 'extra'));
    writeFileSync(
      join(dir, 'extra', 'count.ts'),
      '/** How many keys an object has. */\nexport function count(o: object): number {\n  return Object.keys(o).length;\n}\n',
    );
    const templates = loadTemplates(dir);
    const ir = buildIr(checkSpec(loadSpec(fixtureDir('minimal'))));
    const files = emitAll(
      {
        ir,
        generatorVersion: '0.0.0',
        openapiTypes: false,
        runtime: runtimeModules(templates),
        verbatim: templates.verbatim,
      },
      [...EMITTERS, emitOperationList],
    );
    const renderer = createRenderer(templates);
    const tools = await localTools();
    const out = await renderFiles(files, {
      renderer,
      tools,
      banner: '// banner\n',
      timings: new Timings(),
      sink: () => undefined,
    }).finally(() => tools.close());
    expect(out.get('src/operations.ts')).toContain("import { count } from './extra/count.js';");
    expect(out.get('src/operations.ts')).toMatch(/hardwareCdromList: /);
    expect(out.get('dist/operations.js')).toContain('export const total = count(operations);');
    expect(out.get('dist/operations.d.ts')).toContain('export declare const total: number;');
    expect(out.get('src/extra/count.ts')).toBe(`// banner\n\n${templates.verbatim('extra')[0]!.text}`);
    expect(out.get('dist/extra/count.js')).toContain('return Object.keys(o).length;');
    expect(JSON.parse(out.get('package.json')!).exports['./operations']).toEqual({
      types: './dist/operations.d.ts',
      default: './dist/operations.js',
    });
  }, 60_000);
});
