// The doc comment lines an operation's method and its task method share: privileges, parameters,
// errors, and the first sentence of its description.
import type { IrOperation } from '../ir/model.js';
import { typeToString } from '../model/parse.js';

/** The first sentence of a text. */
export function firstSentence(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const m = /^[\s\S]*?[.!?](\s|$)/.exec(text);
  return (m ? m[0] : text).trim();
}

/** `Requires …` lines of an operation's privileges. */
export function privilegeLines(op: IrOperation): string[] {
  return op.privileges.map((p) => {
    const on = p.param ? ` on \`${p.param}\`` : p.resource ? ` on the ${p.resource} it names` : '';
    return `Requires ${p.require.map((r) => `\`${r}\``).join(', ')}${on}.`;
  });
}

/** `@param` lines of an operation's parameters and its options. */
export function paramLines(op: IrOperation): string[] {
  return [
    ...op.params.map((p) => {
      const what = p.description ? `${p.description} ` : '';
      return `@param ${p.tsName} ${what}(\`${typeToString(p.type)}\`${p.optional ? ', optional' : ''})`;
    }),
    '@param options Per-call options: abort signal, timeout, headers.',
  ];
}

/** `@throws` lines of an operation's errors. */
export function throwsLines(op: IrOperation, errorClass: Map<string, string>): string[] {
  return op.errors.map((e) => `@throws {${errorClass.get(e.id)}} ${e.errorType}${e.when ? `: ${e.when}` : ''}`);
}
