// Doc comments out of prettier's way (see format.ts). A doc comment that starts a line and ends
// one (and has no trailing blanks inside) is replaced by a one-line marker; after formatting,
// every marker must stand alone on its line, and gets its comment back at that line's
// indentation, re-indented as prettier re-indents a block comment whose lines all start with `*`.

// The comment's body holds no `*/` (so a match never spans two comments and the code between).
const DOC = /^([ \t]*)(\/\*\*(?:[^*]|\*(?!\/))*\*\/)[ \t]*$/gm;
const MARK = /\/\*\* @vcgen-doc (\d+) \*\//g;

export interface Stashed {
  text: string;
  docs: string[];
}

export function stashDocs(text: string): Stashed {
  // A text that already holds a marker (say, in a description) is left alone.
  if (text.includes('@vcgen-doc')) return { text, docs: [] };
  const docs: string[] = [];
  const out = text.replace(DOC, (whole: string, indent: string, comment: string) => {
    // prettier keeps two trailing blanks of a doc line (a Markdown line break) in a way of its
    // own: such comments stay where they are.
    if (/[ \t]\n/.test(comment)) return whole;
    docs.push(comment);
    return `${indent}/** @vcgen-doc ${docs.length - 1} */`;
  });
  return { text: out, docs };
}

/** The formatted text with its comments back, or undefined when a marker moved off its own line. */
export function restoreDocs(formatted: string, docs: string[]): string | undefined {
  let seen = 0;
  let alone = true;
  const out = formatted.replace(MARK, (mark: string, n: string, at: number) => {
    const start = formatted.lastIndexOf('\n', at - 1) + 1;
    const end = formatted.indexOf('\n', at);
    const indent = formatted.slice(start, at);
    const rest = formatted.slice(at + mark.length, end < 0 ? undefined : end);
    if (!/^[ \t]*$/.test(indent) || rest !== '') alone = false;
    seen++;
    return reindent(docs[Number(n)]!, indent);
  });
  return alone && seen === docs.length ? out : undefined;
}

/** prettier's printing of a block comment at `indent` (first line already indented). */
function reindent(comment: string, indent: string): string {
  const value = comment.slice(2, -2);
  const lines = value.split('\n');
  if (lines.length === 1 || !`*${value}*`.split('\n').every((l) => l.trimStart().startsWith('*'))) return comment;
  const last = lines.length - 1;
  const body = lines.map((l, i) => (i === 0 ? l.trimEnd() : ` ${i < last ? l.trim() : l.trimStart()}`));
  return `/*${body.join(`\n${indent}`)}*/`;
}
