// `vcgen generate`: flags and the config file in, generate() (api.ts) run, its result printed.
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_OUT, DEFAULT_SPEC, generate } from '../api.js';
import type { GenerateResult } from '../api-types.js';
import { formatDiagnostic } from '../diagnostics.js';
import { configFlag, configFor, configHelp, EXIT_CODES, type Print } from './common.js';

export const GENERATE_HELP = `Usage: vcgen generate [options]

Generates the typed client package from a spec directory.

Options:
  --spec <dir>        spec directory with api.yaml (default: ${DEFAULT_SPEC})
  --out <dir>         output package directory (default: ${DEFAULT_OUT})
  --templates <dir>   directory whose *.hbs (and runtime/*.ts) files override the built-in
                      templates of the same name
  --check             write nothing; exit 1 and list the files that would change
  --no-openapi-types  leave out dist/openapi.d.ts (openapi-typescript's types of openapi.json,
                      for openapi-fetch users); openapi.json itself is always written
  --no-cache          do not reuse formatted output of unchanged files (kept in
                      node_modules/.cache/vcgen; VCGEN_CACHE_DIR moves it)
  --quiet             print only problems
${configHelp(22)}
  -h, --help          show this help

${EXIT_CODES}
  1  the spec has errors (each printed as file:line:col), --check found files that would
     change, or the output directory is not a generated package; nothing was written
`;

export async function generateCommand(argv: string[], out: Print, err: Print): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      spec: { type: 'string' },
      out: { type: 'string' },
      templates: { type: 'string' },
      check: { type: 'boolean' },
      cache: { type: 'boolean' },
      'openapi-types': { type: 'boolean' },
      quiet: { type: 'boolean' },
      config: { type: 'string' },
      'no-config': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowNegative: true,
  });
  if (values.help) {
    out(GENERATE_HELP);
    return 0;
  }
  const config = await configFor(configFlag(values), err, 'generate');
  if (!config) return 1;
  const settings = config.generate ?? {};
  const quiet = values.quiet ?? settings.quiet ?? false;
  const check = values.check ?? false;
  // Flags are relative to the working directory; the config's paths are already absolute.
  const result = await generate({
    spec: values.spec ?? settings.spec,
    out: values.out ?? settings.out,
    templates: values.templates ?? settings.templates,
    check,
    openapiTypes: values['openapi-types'] ?? settings.openapiTypes,
    cache: values.cache ?? settings.cache,
  });
  for (const d of result.diagnostics) err(formatDiagnostic(d));
  const shownOut = shown(result.outDir);
  if (!quiet && (result.cleaned.removed.length || result.cleaned.restored)) err(cleanedNote(result.cleaned));
  if (!result.counts) {
    const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
    err(`vcgen: ${errors} error${errors === 1 ? '' : 's'}; nothing was written`);
    return 1;
  }
  if (result.stale && !result.ok) {
    err(`vcgen: ${shownOut} is stale; run \`vcgen generate\` and commit the result:`);
    for (const f of result.stale.changed) err(`  changed  ${f}`);
    for (const f of result.stale.added) err(`  missing  ${f}`);
    for (const f of result.stale.removed) err(`  extra    ${f}`);
    return 1;
  }
  if (!quiet) out(summary(result, check, shownOut));
  return 0;
}

const shown = (path: string): string => relative(process.cwd(), path) || '.';

function cleanedNote(c: GenerateResult['cleaned']): string {
  const parts = [];
  if (c.restored)
    parts.push(`put back the previous output from ${c.restored} (a run was interrupted while swapping it)`);
  if (c.removed.length) parts.push(`removed ${c.removed.join(', ')}, left by interrupted runs`);
  return `vcgen: ${parts.join('; ')}`;
}

function summary(r: GenerateResult, check: boolean, shownOut: string): string {
  const c = r.counts!;
  const timings = r.timings.map((t) => `${t.stage} ${Math.round(t.ms)}ms`).join(', ');
  const cache = r.cache ? `; cache ${r.cache.hits}/${r.cache.hits + r.cache.misses} hits` : '';
  return (
    `vcgen: ${check ? 'checked' : 'generated'} ${shownOut}: ${c.services} services, ${c.operations} operations, ` +
    `${c.structures} structures, ${c.enums} enums, ${c.files} files in ${(r.ms / 1000).toFixed(2)} s (${timings}${cache})`
  );
}
