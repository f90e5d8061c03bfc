// prettier over the generated TypeScript and Markdown, so the committed package reads as if
// written by hand. Templates emit near-formatted code, which keeps this pass short.
import type { Options } from 'prettier';

export const PRETTIER_OPTIONS: Options = {
  printWidth: 120,
  singleQuote: true,
  trailingComma: 'all',
  endOfLine: 'lf',
};

let prettier: typeof import('prettier') | undefined;

export async function format(path: string, text: string): Promise<string> {
  prettier ??= await import('prettier');
  const parser = path.endsWith('.ts') ? 'typescript' : path.endsWith('.json') ? 'json' : path.endsWith('.md') ? 'markdown' : undefined;
  if (!parser) return text;
  return prettier.format(text, { ...PRETTIER_OPTIONS, parser, filepath: path });
}
