// Bundles the generator (generator/**/*.ts) into dist/cli.js and dist/api.js (the programmatic
// API) with esbuild, and writes the API's declarations (dist/types/) with oxc.
// Runs on `npm ci` (prepare) and before the tests; takes well under a second.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { existsSync, rmSync } from 'node:fs';

const root = fileURLToPath(new URL('..', import.meta.url));
const entry = `${root}generator/cli.ts`;
if (!existsSync(entry)) {
  console.log('build: generator/cli.ts not present yet, nothing to bundle');
  process.exit(0);
}
rmSync(`${root}dist`, { recursive: true, force: true });
await build({
  // The CLI, and the worker thread of the render stage; shared code and lazily loaded parts
  // (ts-morph is loaded only where it is used) go to chunks.
  entryPoints: { cli: entry, api: `${root}generator/api.ts`, worker: `${root}generator/render/worker.ts` },
  outdir: `${root}dist`,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
});

// The API's declarations: generator/api.ts and every file its declarations import, each turned
// into a .d.ts by oxc's isolated declarations (no type check: tsc over the repository does that),
// under dist/types/ with the same relative paths. A file the public types reach must say its
// exported types explicitly; the build fails with oxc's message otherwise.
{
  const { isolatedDeclarationSync } = await import('oxc-transform');
  const { mkdirSync, readFileSync, writeFileSync } = await import('node:fs');
  const { dirname, join, relative, resolve } = await import('node:path');
  const gen = `${root}generator`;
  const queue = [join(gen, 'api.ts')];
  const done = new Set();
  const problems = [];
  while (queue.length) {
    const file = queue.shift();
    if (done.has(file)) continue;
    done.add(file);
    const rel = relative(gen, file);
    const out = isolatedDeclarationSync(rel, readFileSync(file, 'utf8'), { stripInternal: true });
    for (const e of out.errors) problems.push(`generator/${rel}: ${e.message}`);
    const target = join(root, 'dist', 'types', rel.replace(/\.ts$/, '.d.ts'));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, out.code);
    for (const m of out.code.matchAll(/\bfrom\s+['"](\.{1,2}\/[^'"]+)\.js['"]/g))
      queue.push(resolve(dirname(file), `${m[1]}.ts`));
  }
  if (problems.length) {
    console.error(`build: the API's declarations cannot be written:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
}

// The spec's JSON Schema, compiled ahead of time into a standalone validator module (ajv), so
// that loading a spec does not pay for compiling the schema. schema-check.ts falls back to
// compiling at run time when this file is missing or was made from another schema.
{
  const { createRequire } = await import('node:module');
  const { readFileSync, writeFileSync } = await import('node:fs');
  const { createHash } = await import('node:crypto');
  const require = createRequire(import.meta.url);
  const Ajv = require('ajv').default;
  const standaloneCode = require('ajv/dist/standalone').default;
  const text = readFileSync(`${root}spec/schema.json`, 'utf8');
  const schema = JSON.parse(text);
  const ajv = new Ajv({ allErrors: true, strict: false, code: { source: true } });
  ajv.addSchema(schema);
  const refs = Object.fromEntries(
    ['apiFile', 'packageFile', 'serviceFile'].map((d) => [d, `${schema.$id}#/definitions/${d}`]),
  );
  const code = standaloneCode(ajv, refs);
  const hash = createHash('sha256').update(text).digest('hex');
  writeFileSync(`${root}dist/spec-validators.cjs`, `${code}\nmodule.exports.schemaHash = ${JSON.stringify(hash)};\n`);
}

// The default templates, precompiled by handlebars into a module of template specs, so that a
// generation does not compile them again. handlebars.ts uses a spec only while its template's
// text is the one it was made from (a hash per template), and compiles at run time otherwise.
{
  const { createRequire } = await import('node:module');
  const { readdirSync, readFileSync, writeFileSync } = await import('node:fs');
  const { createHash } = await import('node:crypto');
  const Handlebars = createRequire(import.meta.url)('handlebars');
  const dir = `${root}templates`;
  const entries = readdirSync(dir)
    .filter((n) => n.endsWith('.hbs'))
    .sort()
    .map((name) => {
      const text = readFileSync(`${dir}/${name}`, 'utf8');
      const hash = createHash('sha256').update(text).digest('hex');
      // The options must be those handlebars.ts compiles with (HBS_OPTIONS there).
      const spec = Handlebars.precompile(text, { noEscape: true, preventIndent: false });
      return `  ${JSON.stringify(name)}: { hash: ${JSON.stringify(hash)}, spec: ${spec} },`;
    });
  writeFileSync(`${root}dist/templates.cjs`, `module.exports = {\n${entries.join('\n')}\n};\n`);
}
