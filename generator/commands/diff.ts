// `vcgen diff <old> <new>`: what a new API version changes for clients of the generated package.
// Thin: arguments, load both sides, report, exit code. The logic lives in generator/diff/.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DiagnosticError, formatDiagnostic } from '../diagnostics.js';
import { loadSurface, SurfaceSourceError } from '../diff/load.js';
import { diffReport, reportJson, reportMarkdown, summaryLine, type DiffReport } from '../diff/report.js';

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
  -h, --help          show this help

Exit codes: 0 done (and no change the --fail-on gate catches), 1 the gate caught a change or the
input is unusable, 2 internal error.
`;

const GATES = {
  breaking: ['breaking'],
  deprecation: ['breaking', 'deprecation'],
  any: ['breaking', 'deprecation', 'non-breaking'],
} as const;

export async function diffCommand(argv: string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'md' },
      out: { type: 'string' },
      'fail-on': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    out(DIFF_HELP);
    return 0;
  }
  const problem = (m: string): number => (err(`vcgen diff: ${m}\n\n${DIFF_HELP}`), 1);
  if (positionals.length !== 2) return problem('give exactly two inputs: <old> <new>');
  if (values.format !== 'md' && values.format !== 'json')
    return problem(`--format must be md or json, not '${values.format}'`);
  const gate = values['fail-on'];
  if (gate !== undefined && !(gate in GATES))
    return problem(`--fail-on must be breaking, deprecation or any, not '${gate}'`);

  let report: DiffReport;
  try {
    report = diffReport(loadSurface(positionals[0]!), loadSurface(positionals[1]!));
  } catch (e) {
    if (e instanceof DiagnosticError) {
      for (const d of e.diagnostics) err(formatDiagnostic(d));
      err(`vcgen diff: ${e.message} in a spec; nothing compared`);
      return 1;
    }
    if (e instanceof SurfaceSourceError) return (err(`vcgen diff: ${e.message}`), 1);
    throw e;
  }
  const text = values.format === 'json' ? reportJson(report) : reportMarkdown(report);
  if (values.out) writeFileSync(values.out, text);
  else process.stdout.write(text);

  if (gate !== undefined) {
    const classes: readonly string[] = GATES[gate as keyof typeof GATES];
    const caught = report.changes.filter((c) => classes.includes(c.class)).length;
    if (caught > 0) {
      err(`vcgen diff: failing (--fail-on ${gate} catches ${caught} of them): ${summaryLine(report)}`);
      return 1;
    }
  }
  return 0;
}
