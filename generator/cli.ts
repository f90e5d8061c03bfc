// vcgen's command line: argument dispatch only; the commands live in commands/.
import { generateCommand } from './commands/generate.js';

const HELP = `Usage: vcgen <command> [options]

Commands:
  generate   generate the typed client package from a spec directory
  import     turn VMware's Swagger 2.0 / OpenAPI 3 files into a spec directory
  diff       report what changed between two API versions, and what it breaks for clients

Run \`vcgen <command> --help\` for a command's options.
`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const out = (s: string): void => void process.stdout.write(s.endsWith('\n') ? s : `${s}\n`);
  const err = (s: string): void => void process.stderr.write(s.endsWith('\n') ? s : `${s}\n`);
  try {
    switch (command) {
      case 'generate':
        return await generateCommand(rest, out, err);
      case 'import':
        return await (await import('./commands/import.js')).importCommand(rest);
      case 'diff':
        return await (await import('./commands/diff.js')).diffCommand(rest, out, err);
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
