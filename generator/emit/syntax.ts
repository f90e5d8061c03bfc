// Text from the spec made safe for generated TypeScript and Markdown: string literals, property
// keys, doc comment text, README text, and bidirectional controls anywhere. Every emitter writes
// spec text only through these.

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Whether a name can be written as it is where TypeScript expects an identifier (ASCII only). */
export const isIdentifier = (name: string): boolean => IDENT.test(name);

/** A string literal safe in any TS/JS context (line separators and `</` escaped too). */
export function stringLiteral(s: string): string {
  return JSON.stringify(s)
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
    .replace(/<\//g, '<\\/');
}

/** Property key for a wire name: bare when it is an identifier, quoted otherwise. */
export function propertyKey(name: string): string {
  return IDENT.test(name) && name !== '__proto__' ? name : stringLiteral(name);
}

/**
 * Key for an object literal. `"__proto__": v` in a literal would set the prototype, so that one
 * name becomes a computed key.
 */
export function objectKey(name: string): string {
  return name === '__proto__' ? `[${stringLiteral(name)}]` : propertyKey(name);
}

/** Text made safe for a JSDoc block: no comment terminators, control characters or line separators. */
export function commentText(s: string): string {
  return s
    .replace(/\r\n?/g, '\n')
    .replace(/[\u2028\u2029]/g, '\n')
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
    .replace(/\*\//g, '*\\/')
    .replace(/\/\*/g, '/\\*')
    .trim();
}

/**
 * Bidirectional controls (embeddings, overrides, isolates, marks). Raw, they make code, comments
 * and READMEs read differently from what they are ("Trojan Source"); the package's files show them
 * as `\u202E` escapes instead (`escapeBidi`, applied by render to every file it makes). In string
 * literals (TypeScript, JavaScript, JSON) the escape means the same character, so values are
 * unchanged; in comments and Markdown it is visible text.
 */
export const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function escapeBidi(text: string): string {
  return text.replace(BIDI, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

/**
 * Spec text in the package README: one line, no control characters (NUL included), and
 * bidirectional controls shown as `\u202E` rather than reordering what the reader sees.
 */
export function markdownText(s: string): string {
  return escapeBidi(
    s
      .replace(/[\r\n\u2028\u2029\u0085]+/g, ' ')
      .replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, '')
      .trim(),
  );
}
