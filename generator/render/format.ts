// prettier over the generated TypeScript and Markdown, so the committed package reads as if
// written by hand. TypeScript is parsed by oxc (prettier's own plugin; the same output as its
// typescript parser, in about two thirds of the time). Templates emit near-formatted code.
//
// Doc comments are most of the generated text and most of prettier's time, yet all it does with
// a doc comment on its own lines is re-indent it. So each one is swapped for a short marker
// before prettier runs and put back, re-indented the way prettier does it, afterwards (docs.ts).
// The result is byte for byte prettier's; when a marker does not come back on a line of its own,
// the file is formatted again the plain way.
import type { Options, Plugin } from 'prettier';
import { restoreDocs, stashDocs } from './docs.js';

export const PRETTIER_OPTIONS: Options = {
  printWidth: 120,
  singleQuote: true,
  trailingComma: 'all',
  endOfLine: 'lf',
};

let loaded: Promise<[typeof import('prettier'), Plugin]> | undefined;

/** Loads prettier and the oxc parser (idempotent; the worker calls it ahead of the first request). */
export function loadPrettier(): Promise<[typeof import('prettier'), Plugin]> {
  return (loaded ??= Promise.all([import('prettier'), import('@prettier/plugin-oxc').then((m) => m.default as Plugin)]));
}

export async function format(path: string, text: string): Promise<string> {
  const parser = path.endsWith('.ts') ? 'oxc-ts' : path.endsWith('.json') ? 'json' : path.endsWith('.md') ? 'markdown' : undefined;
  if (!parser) return text;
  const [prettier, oxc] = await loadPrettier();
  const run = (source: string): Promise<string> =>
    prettier.format(source, { ...PRETTIER_OPTIONS, parser, filepath: path, plugins: [oxc] });
  if (parser !== 'oxc-ts') return run(text);
  const stashed = stashDocs(text);
  if (!stashed.docs.length) return run(text);
  return restoreDocs(await run(stashed.text), stashed.docs) ?? run(text);
}
