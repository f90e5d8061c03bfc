// `vcgen generate`: runs the pipeline and writes the package (or, with --check, compares).
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DiagnosticError, formatDiagnostic } from '../diagnostics.js';
import { runPipeline } from '../pipeline.js';
import { previousOutput } from '../diff/changes.js';
import { defaultCacheDir, generatorFingerprint, openCache } from '../render/cache.js';
import { projectRoot } from '../paths.js';
import { compareTree, hasDrift } from '../write/check.js';
import { isReplaceable, openTree } from '../write/atomic.js';

export const GENERATE_HELP = `Usage: vcgen generate [options]

Generates the typed client package from a spec directory.

Options:
  --spec <dir>        spec directory with api.yaml (default: spec/7.0.3)
  --out <dir>         output package directory (default: generated/vcenter-vm)
  --templates <dir>   directory whose *.hbs (and runtime/*.ts) files override the built-in
                      templates of the same name
  --check             write nothing; exit 1 and list the files that would change
  --no-openapi-types  leave out dist/openapi.d.ts (openapi-typescript's types of openapi.json,
                      for openapi-fetch users); openapi.json itself is always written
  --no-cache          do not reuse formatted output of unchanged files (kept in
                      node_modules/.cache/vcgen; VCGEN_CACHE_DIR moves it)
  --quiet             print only problems
  -h, --help          show this help
`;

export async function generateCommand(
  argv: string[],
  out: (s: string) => void,
  err: (s: string) => void,
): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      spec: { type: 'string', default: 'spec/7.0.3' },
      out: { type: 'string', default: 'generated/vcenter-vm' },
      templates: { type: 'string' },
      check: { type: 'boolean', default: false },
      cache: { type: 'boolean', default: true },
      'openapi-types': { type: 'boolean', default: true },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowNegative: true,
  });
  if (values.help) {
    out(GENERATE_HELP);
    return 0;
  }
  const started = performance.now();
  const outDir = resolve(values.out!);
  const shownOut = relative(process.cwd(), outDir) || '.';
  if (!values.check && !isReplaceable(outDir)) {
    err(`vcgen: ${shownOut} exists and is not a generated package (no manifest.json); refusing to replace it`);
    return 1;
  }
  // Files are written to a temporary directory as they are made; it replaces the output directory
  // only when everything is there (and is removed on any failure).
  const tree = values.check ? undefined : openTree(outDir);
  let committed = false;
  try {
    let result;
    try {
      const cache =
        values.cache && process.env.VCGEN_CACHE !== '0'
          ? openCache(defaultCacheDir(process.cwd()), generatorFingerprint(projectRoot))
          : undefined;
      result = await runPipeline({
        specDir: resolve(values.spec!),
        templatesDir: values.templates && resolve(values.templates),
        parallel: true,
        cache,
        openapiTypes: values['openapi-types'],
        sink: tree?.write,
        previous: previousOutput(outDir),
      });
    } catch (e) {
      if (e instanceof DiagnosticError) {
        for (const d of e.diagnostics) err(formatDiagnostic(d));
        err(`vcgen: ${e.message}; nothing was written`);
        return 1;
      }
      throw e;
    }
    for (const w of result.warnings) err(formatDiagnostic(w));
    const { files, timings } = result;
    if (!tree) {
      const drift = timings.time('check', () => compareTree(outDir, files));
      if (hasDrift(drift)) {
        err(`vcgen: ${shownOut} is stale; run \`vcgen generate\` and commit the result:`);
        for (const f of drift.changed) err(`  changed  ${f}`);
        for (const f of drift.added) err(`  missing  ${f}`);
        for (const f of drift.removed) err(`  extra    ${f}`);
        return 1;
      }
    } else {
      timings.time('write', () => tree.commit());
      committed = true;
    }
    summary(result);
  } finally {
    if (tree && !committed) tree.abort();
  }
  return 0;

  function summary({ ir, files, timings, cacheHits, cacheMisses }: Awaited<ReturnType<typeof runPipeline>>): void {
    if (values.quiet) return;
    const ops = ir.services.reduce((n, s) => n + s.operations.length, 0);
    const secs = ((performance.now() - started) / 1000).toFixed(2);
    out(
      `vcgen: ${values.check ? 'checked' : 'generated'} ${shownOut}: ${ir.services.length} services, ${ops} operations, ` +
        `${ir.structures.length} structures, ${ir.enums.length} enums, ${files.size} files in ${secs} s (${timings.summary()}` +
        `${cacheHits !== undefined ? `; cache ${cacheHits}/${cacheHits + cacheMisses!} hits` : ''})`,
    );
  }
}
