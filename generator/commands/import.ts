// `vcgen import <file> --out <spec dir> [--only <package id>] [--service <id>…] [--overlays <dir>] [--strict]`:
// VMware's Swagger 2.0 / OpenAPI 3 file → a spec directory. Thin: arguments, run, report.
import { parseArgs } from 'node:util';
import { relative, resolve } from 'node:path';
import { importSpec } from '../api.js';
import type { ImportSpecResult } from '../api-types.js';
import { formatDiagnostic } from '../diagnostics.js';
import { configFlag, configFor, configHelp, EXIT_CODES, stderrPrint, stdoutPrint, type Print } from './common.js';

const HELP = `Usage: vcgen import <file> --out <spec dir> [options]

Turns VMware's published API file (Swagger 2.0 or OpenAPI 3.0/3.1, JSON or YAML) into a spec
directory: one YAML file per package and per service, plus api.yaml. The directory is written
next to the target and swapped in whole; files no longer produced disappear. Task forms of
operations (…$task, vmw-task=true) mark their operation task: both, or are it (task: only). The
bindings facts of the overlays folder (bindings/) apply before the curation. See
generator/import/README.md.

Options:
  --out <dir>            spec directory to write, e.g. spec/7.0.3 (required)
  --only <package id>    import only the services below this package (e.g. com.vmware.vcenter.vm);
                         it becomes the spec's root
  --service <id>         import this service too (e.g. com.vmware.vcenter.VM), by its id;
                         repeat it for more
  --overlays <dir>       overlay directory (default: <out>/../overlays when it exists, else
                         vcgen's own spec/overlays, with a warning)
  --no-overlays          apply no overlays
  --compare <dir>        keep this spec's wire names where the file's differ only in case, and
                         take unnamed body parameters from it (default: <out> when it holds a
                         spec, else the previous version's beside it or beside the overlays)
  --facts-from <dir>     take what the file states only in prose (id resource types, tagged
                         unions, results that may be unset) from this spec of another version
                         where the file is silent; for files known to leave it out (7.0.2)
  --api-version <v>      API version for api.yaml (default: the --out directory name, the file's
                         info.version, or a version in the file name)
  --strict               treat warnings as errors (nothing is written)
  --dry-run              convert and check, write nothing
  -q, --quiet            print errors and the summary only
${configHelp(25)}
  -h, --help             show this help

${EXIT_CODES}
  1  the input cannot be read or converted, or has errors (or, with --strict, warnings);
     nothing was written
`;

export async function importCommand(
  argv: string[],
  out: Print = stdoutPrint,
  err: Print = stderrPrint,
): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      only: { type: 'string' },
      service: { type: 'string', multiple: true },
      overlays: { type: 'string' },
      'no-overlays': { type: 'boolean' },
      compare: { type: 'string' },
      'facts-from': { type: 'string' },
      'api-version': { type: 'string' },
      strict: { type: 'boolean' },
      'dry-run': { type: 'boolean' },
      quiet: { type: 'boolean', short: 'q' },
      config: { type: 'string' },
      'no-config': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    out(HELP);
    return 0;
  }
  const config = await configFor(configFlag(values), err, 'import');
  if (!config) return 1;
  const settings = config.import ?? {};
  const file = positionals[0] ?? settings.file;
  const outDir = values.out ?? settings.out;
  if (positionals.length > 1 || file === undefined || outDir === undefined) {
    err(
      `vcgen import: ${positionals.length > 1 || file === undefined ? 'give exactly one input file' : '--out <spec dir> is required'}\n\n${HELP}`,
    );
    return 1;
  }
  const quiet = values.quiet ?? settings.quiet ?? false;
  const result = await importSpec({
    file,
    out: outDir,
    only: values.only ?? settings.only,
    services: values.service ?? settings.services,
    overlays: values['no-overlays'] ? false : (values.overlays ?? settings.overlays),
    compare: values.compare ?? settings.compare,
    factsFrom: values['facts-from'] ?? settings.factsFrom,
    apiVersion: values['api-version'] ?? settings.apiVersion,
    strict: values.strict ?? settings.strict,
    write: !values['dry-run'],
  });
  for (const d of result.diagnostics) {
    if (d.severity === 'error' || !quiet) err(formatDiagnostic(d));
  }
  if (!quiet) for (const n of result.notes) out(`note: ${n}`);
  out(summary(result, values.out ?? (relative(process.cwd(), resolve(outDir)) || '.')));
  return result.ok ? 0 : 1;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function summary(r: ImportSpecResult, outDir: string): string {
  const errors = r.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = r.diagnostics.length - errors;
  const time = `${(r.ms / 1000).toFixed(2)} s`;
  const problems = `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
  if (!r.counts) return `import: failed (${problems}) in ${time}`;
  const c = r.counts;
  const declared = r.overlays?.declared ? `, +${plural(r.overlays.declared, 'declaration')}` : '';
  const absent = r.overlays?.absent ? `, ${r.overlays.absent} not in this version` : '';
  const outside = r.overlays?.outside ? `, ${r.overlays.outside} outside the import` : '';
  const ov = r.overlays
    ? `, overlays ${r.overlays.files} (+${r.overlays.errorsAdded} op errors${declared}${absent}${outside})`
    : '';
  const what = `${plural(c.services, 'service')}, ${plural(c.operations, 'operation')}, ${plural(c.structures, 'structure')}, ${plural(c.enums, 'enum')}, ${plural(c.errorTypes, 'error type')}, ${c.opErrorsFromFile}→${c.opErrorsTotal} op errors${ov}`;
  const where = r.written
    ? `→ ${outDir} (${plural(c.files, 'file')})`
    : r.ok
      ? '(not written: dry run)'
      : '(not written)';
  return `import: ${what} ${where}; ${problems} in ${time}`;
}
