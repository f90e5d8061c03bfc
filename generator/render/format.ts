// prettier over the generated TypeScript and Markdown, so the committed package reads as if
// written by hand. TypeScript is parsed by oxc (prettier's own plugin; the same output as its
// typescript parser, in about two thirds of the time). Templates emit near-formatted code.
//
// Doc comments are most of the generated text and most of prettier's time, yet all it does with
// a doc comment on its own lines is re-indent it. So each one is swapped for a short marker
// before prettier runs and put back, re-indented the way prettier does it, afterwards (docs.ts).
// Large files go to prettier in pieces of whole statements (chunks.ts). The result is byte for
// byte prettier's; when a marker does not come back on a line of its own, or a piece does not
// parse, the file is formatted again the plain way.
import type { Options, Plugin } from 'prettier';
import { joinPieces, splitTopLevel } from './chunks.js';
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
  return (loaded ??= Promise.all([
    import('prettier'),
    import('@prettier/plugin-oxc').then((m) => m.default as Plugin),
  ]));
}

/** Largest piece of a TypeScript file prettier is given at once (chunks.ts). */
export const PIECE_BYTES = 16_000;

/** What the formatter formats: TypeScript modules and Markdown. */
export type Language = 'typescript' | 'markdown';

export async function format(
  language: Language,
  path: string,
  text: string,
  pieceBytes = PIECE_BYTES,
): Promise<string> {
  const parser = language === 'typescript' ? 'oxc-ts' : 'markdown';
  const [prettier, oxc] = await loadPrettier();
  const run = (source: string): Promise<string> =>
    prettier.format(source, { ...PRETTIER_OPTIONS, parser, filepath: path, plugins: [oxc] });
  if (parser !== 'oxc-ts') return run(text);
  const stashed = stashDocs(text);
  const pieces = splitTopLevel(stashed.text, pieceBytes);
  const formatted: string[] = [];
  try {
    for (const piece of pieces) formatted.push(await run(piece.text));
  } catch {
    return run(text); // the plain way: formats, or reports the file's own syntax error
  }
  return restoreDocs(joinPieces(pieces, formatted), stashed.docs) ?? run(text);
}
