// Large files are formatted in pieces of whole top-level statements: prettier (with the oxc
// parser) spends time on each comment in proportion to the whole text, so one 1 MB file costs
// many times what ten 100 kB files cost. Top-level statements are formatted independently and
// prettier keeps at most one blank line between them, so formatting the pieces and joining them
// (with a blank line where the source had one) gives the same bytes as the whole. A split is
// made only before a line that starts a statement at column 0 (`export`, `import`, `declare`
// or a doc marker) right after a line that ends one (`;` or `}`); if a piece does not parse, the
// caller formats the file whole.

const STARTS = /^(export |import |declare |\/\*\* @vcgen-doc \d+ \*\/$)/;
const ENDS = /[;}]\s*$/;

export interface Piece {
  text: string;
  /** The source had a blank line before this piece. */
  blankBefore: boolean;
}

export function splitTopLevel(text: string, maxBytes: number): Piece[] {
  if (text.length <= maxBytes) return [{ text, blankBefore: false }];
  const lines = text.split('\n');
  const pieces: Piece[] = [];
  let start = 0;
  let size = 0;
  let blankBefore = false;
  let previous = ''; // the last non-blank line
  let blank = false; // blank lines since `previous`
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.trim()) {
      blank = true;
      continue;
    }
    if (size >= maxBytes && STARTS.test(line) && ENDS.test(previous) && !previous.startsWith('/** @vcgen-doc')) {
      pieces.push({ text: `${lines.slice(start, i).join('\n')}\n`, blankBefore });
      start = i;
      size = 0;
      blankBefore = blank;
    }
    size += line.length + 1;
    previous = line;
    blank = false;
  }
  pieces.push({ text: lines.slice(start).join('\n'), blankBefore });
  return pieces;
}

/** Formatted pieces back into one text. */
export function joinPieces(pieces: Piece[], formatted: string[]): string {
  return formatted.map((f, i) => (i > 0 && pieces[i]!.blankBefore ? `\n${f}` : f)).join('');
}
