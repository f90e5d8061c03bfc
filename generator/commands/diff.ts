// `vcgen diff <old> <new>`: what a new API version changes for clients of the generated package.
// Thin: arguments, load both sides, report, exit code. The logic lives in generator/diff/.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { diff } from '../api.js';
import { formatDiagnostic } from '../diagnostics.js';
import { configFlag, configFor, configHelp, EXIT_CODES, type Print } from './common.js';

export const DIFF_HELP = `Usage: vcgen diff <old> <new> [options]

Compares two versions of the API as clients of the generated package see them, and reports every
added, removed and changed service, operation, structure, enum and error type, each classified as
breaking, deprecation or non-breaking, with the suggested next version of the package.
<old> and <new> are spec directories (with api.yaml), generated packages (with manifest.json) or
manifest.json files. The rules are in generator/diff/README.md.

Options:
  --format md|json    report format: a Markdown CHANGELOG section (default) or JSON
  --out <file>        write the report to <file> instead of standard output
  --fail-on <class>   exit 1 when a change is at least this serious: breaking; deprecation
                      (a deprecation or a breaking change); any (any change)
${configHelp(22)}
  -h, --help          show this help

${EXIT_CODES.replace('0  done', '0  done, and no change the --fail-on gate catches')}
  1  the --fail-on gate caught a change, or an input is unusable (each spec problem printed
     as file:line:col)
`;

export async function diffCommand(argv: string[], out: Print, err: Print): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      out: { type: 'string' },
      'fail-on': { type: 'string' },
      config: { type: 'string' },
      'no-config': { type: 'boolean' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    out(DIFF_HELP);
    return 0;
  }
  const problem = (m: string): number => (err(`vcgen diff: ${m}\n\n${DIFF_HELP}`), 1);
  const config = await configFor(configFlag(values), err, 'diff');
  if (!config) return 1;
  const settings = config.diff ?? {};
  const [oldSide, newSide] = positionals.length ? positionals : [settings.old, settings.new];
  if (positionals.length > 2 || oldSide === undefined || newSide === undefined)
    return problem('give exactly two inputs: <old> <new>');
  const format = values.format ?? settings.format ?? 'md';
  if (format !== 'md' && format !== 'json') return problem(`--format must be md or json, not '${format}'`);
  const gate = values['fail-on'] ?? settings.failOn;
  if (gate !== undefined && gate !== 'breaking' && gate !== 'deprecation' && gate !== 'any')
    return problem(`--fail-on must be breaking, deprecation or any, not '${gate}'`);

  const r = await diff({ old: oldSide, new: newSide, failOn: gate });
  if (!r.report) {
    for (const d of r.diagnostics) err(d.loc || d.file ? formatDiagnostic(d) : `vcgen diff: ${d.message}`);
    const errors = r.diagnostics.filter((d) => d.severity === 'error').length;
    if (r.diagnostics.some((d) => d.loc))
      err(`vcgen diff: ${errors} error${errors === 1 ? '' : 's'} in a spec; nothing compared`);
    return 1;
  }
  const text = format === 'json' ? r.json! : r.markdown!;
  const target = values.out ?? settings.out;
  if (target) writeFileSync(target, text);
  else process.stdout.write(text);
  if (r.caught > 0) {
    err(`vcgen diff: failing (--fail-on ${gate} catches ${r.caught} of them): ${r.summary}`);
    return 1;
  }
  return 0;
}
