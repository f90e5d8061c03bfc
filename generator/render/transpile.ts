// JavaScript and declarations for each generated file, with oxc (native; the whole package takes
// milliseconds). Both passes report syntax errors with their place. The generated code is written
// for isolated declarations (every export is explicitly typed), so no whole-program check is
// needed here; tests and CI run tsc over the package. A file whose JavaScript is empty has no
// runtime code: its declarations are its (formatted) source.
import { transformSync, type OxcError } from 'oxc-transform';
import type { Diagnostic } from '../diagnostics.js';

export function codeProblem(path: string, message: string, line = 1, col = 1): Diagnostic {
  return {
    severity: 'error',
    rule: 'generated-code',
    message: `generated code does not compile: ${message}`,
    loc: { file: path, line, col },
    fix: 'a template or the spec produced invalid TypeScript; check overridden templates',
  };
}

export interface Transpiled {
  js: string;
  dts: string;
  diagnostics: Diagnostic[];
}

/** The .js and .d.ts of one formatted TypeScript module; `banner` heads both. */
export function transpile(path: string, text: string, banner: string): Transpiled {
  const head = banner.trimEnd();
  // One parse gives both: the JavaScript and the isolated declarations (their errors included).
  const out = transformSync(path, text, { target: 'es2022', sourcemap: false, typescript: { declaration: {} } });
  if (out.errors.length) return failed(path, text, out.errors);
  const body = stripHead(out.code, head);
  if (/^\s*(export\s*\{\s*\};?\s*)?$/.test(body))
    return { js: `${head}\nexport {};\n`, dts: withHead(text, head), diagnostics: [] };
  return {
    js: withHead(out.code, head),
    dts: withHead(tidy(out.declaration ?? ''), head),
    diagnostics: [],
  };
}

/**
 * oxc prints declarations indented with tabs and its doc comments' inner lines without the space
 * before `*`. Declarations hold no multi-line literals, so both can be mended line by line: two
 * spaces per leading tab, and ` *` for a line that continues a doc comment.
 */
function tidy(dts: string): string {
  return dts.replace(/^(\t*)(\*?)/gm, (_, tabs: string, star: string) => '  '.repeat(tabs.length) + (star ? ' *' : ''));
}

function stripHead(code: string, head: string): string {
  return code.startsWith(head) ? code.slice(head.length) : code;
}

function withHead(code: string, head: string): string {
  return code.startsWith(head) ? code : `${head}\n${code}`;
}

function failed(path: string, text: string, errors: OxcError[]): Transpiled {
  const diagnostics = errors.map((e) => {
    const at = e.labels[0]?.start ?? 0;
    const before = text.slice(0, at).split('\n');
    return codeProblem(path, e.message, before.length, before[before.length - 1]!.length + 1);
  });
  return { js: '', dts: '', diagnostics };
}
