// What the commands share: printing, the config file, and the words of their --help.
import { formatDiagnostic } from '../diagnostics.js';
import { loadConfig, type VcgenConfig } from '../config.js';

export type Print = (s: string) => void;

export const EXIT_CODES = `Exit codes:
  0  done
  2  internal error (a bug in vcgen: please report it with the output)`;

/** The --config and --no-config lines of a --help, with descriptions from column `at`. */
export function configHelp(at: number): string {
  const pad = (s: string): string => `  ${s}`.padEnd(at);
  return [
    `${pad('--config <file>')}read settings from this file instead of vcgen.config.{ts,mts,js,`,
    `${pad('')}mjs,json} in the working directory (flags override the file's settings)`,
    `${pad('--no-config')}read no config file`,
  ].join('\n');
}

export const stdoutPrint: Print = (s) => void process.stdout.write(s.endsWith('\n') ? s : `${s}\n`);
export const stderrPrint: Print = (s) => void process.stderr.write(s.endsWith('\n') ? s : `${s}\n`);

/** `--config <file>`, `--no-config` (false) or neither (undefined), whichever way parseArgs spelt it. */
export function configFlag(values: { config?: string | boolean; 'no-config'?: boolean }): string | false | undefined {
  if (values['no-config'] || values.config === false) return false;
  return typeof values.config === 'string' ? values.config : undefined;
}

/**
 * The config for a command: from `--config <file>`, from the working directory, or none
 * (`--no-config`). Prints its problems and returns undefined when it cannot be used.
 */
export async function configFor(
  flag: string | false | undefined,
  err: Print,
  command: keyof VcgenConfig,
): Promise<VcgenConfig | undefined> {
  if (flag === false) return {};
  const r = await loadConfig({ file: flag });
  if (r.diagnostics.length === 0) return r.config;
  for (const d of r.diagnostics) err(formatDiagnostic(d));
  err(`vcgen ${command}: the config file has errors; nothing was done`);
  return undefined;
}
