// Bidirectional controls (embeddings, overrides, isolates, marks) in generated text. Raw, they make
// code, comments and READMEs read differently from what they are ("Trojan Source"); generated
// files show them as `\u202E` escapes instead. In string literals (TypeScript, JavaScript, JSON)
// the escape means the same character, so values are unchanged; in comments and Markdown it is
// visible text.

export const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function escapeBidi(text: string): string {
  return text.replace(BIDI, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}
