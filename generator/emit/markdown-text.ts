// Spec text in the package README: one line, no control characters (NUL included), and
// bidirectional controls shown as `\u202E` rather than reordering what the reader sees.
import { escapeBidi } from '../bidi.js';

export function markdownText(s: string): string {
  return escapeBidi(
    s
      .replace(/[\r\n\u2028\u2029\u0085]+/g, ' ')
      .replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, '')
      .trim(),
  );
}
