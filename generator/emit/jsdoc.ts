// Doc comment lines for generated code. All text passes through commentText (no `*/`, no line
// separators, no control characters), so spec text can never end a comment early.
import type { Documented } from '../model/doc.js';
import { commentText } from './syntax.js';

/** Lines of a doc comment (without the comment markers); empty when there is nothing to say. */
export function docLines(d: Documented, extra: string[] = []): string[] {
  const out: string[] = [];
  if (d.description) out.push(...commentText(d.description).split('\n'));
  const tail: string[] = [];
  for (const e of extra) tail.push(...commentText(e).split('\n'));
  if (d.since) tail.push(`@since ${commentText(d.since)}`);
  if (d.deprecated) {
    const parts = [
      d.deprecated.since ? `since ${d.deprecated.since}` : '',
      d.deprecated.replacement ? `use ${d.deprecated.replacement} instead` : '',
      d.deprecated.description ?? '',
    ].filter(Boolean);
    tail.push(commentText(`@deprecated ${parts.join('; ')}`.trim()));
  }
  if (out.length && tail.length) out.push('');
  return [...out, ...tail];
}

/** Free text lines for a doc comment (made safe like every other doc text). */
export function docText(...lines: string[]): string[] {
  return lines.flatMap((l) => commentText(l).split('\n'));
}
