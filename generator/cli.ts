// vcgen's command line: argument dispatch only; the commands live in commands/, the work in api.ts.
import { generateCommand } from './commands/generate.js';
import { EXIT_CODES, stderrPrint, stdoutPrint } from './commands/common.js';
import { GENERATOR_VERSION } from './paths.js';

const HELP = `Usage: vcgen <command> [options]

Commands:
  generate   generate the typed client package from a spec directory
  import     turn VMware's Swagger 2.0 / OpenAPI 3 files into a spec directory
  diff       report what changed between two API versions, and what it breaks for clients

Options:
  -v, --version  print vcgen's version
  -h, --help     show this help

Run \`vcgen <command> --help\` for a command's options. Settings can also live in
vcgen.config.ts (or .mts, .js, .mjs, .json) in the working directory; flags override them.

${EXIT_CODES}
  1  bad input (the command's --help says which), or an unknown command or option
`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const out = stdoutPrint;
  const err = stderrPrint;
  try {
    switch (command) {
      case 'generate':
        return await generateCommand(rest, out, err);
      case 'import':
        return await (await import('./commands/import.js')).importCommand(rest, out, err);
      case 'diff':
        return await (await import('./commands/diff.js')).diffCommand(rest, out, err);
      case '-v':
      case '--version':
      case 'version':
        out(`vcgen ${GENERATOR_VERSION}`);
        return 0;
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        out(HELP);
        return command === undefined ? 1 : 0;
      default:
        err(`vcgen: unknown command '${command}'\n\n${HELP}`);
        return 1;
    }
  } catch (e) {
    if (e instanceof TypeError && (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      err(`vcgen: ${e.message}`);
      return 1;
    }
    err(`vcgen: internal error: ${(e as Error)?.stack ?? e}`);
    return 2;
  }
}
