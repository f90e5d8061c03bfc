// JavaScript for each generated file, with esbuild (fast, and it reports syntax errors with their
// place). A file whose JavaScript is empty has no runtime code: its declarations are its source.
import { transformSync, type Message } from 'esbuild';
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

export interface JsOutput {
  js: string;
  /** True when the module has no runtime code (only types). */
  typeOnly: boolean;
  diagnostics: Diagnostic[];
}

export function toJavaScript(path: string, text: string, banner: string): JsOutput {
  try {
    const js = transformSync(text, { loader: 'ts', format: 'esm', target: 'es2022', sourcefile: path, legalComments: 'none', banner: banner.trimEnd() }).code;
    const body = js.startsWith(banner.trimEnd()) ? js.slice(banner.trimEnd().length) : js;
    const typeOnly = /^\s*(export\s*\{\s*\};?\s*)?$/.test(body);
    return { js: typeOnly ? `${banner.trimEnd()}\nexport {};\n` : js, typeOnly, diagnostics: [] };
  } catch (e) {
    const errors = ((e as { errors?: Message[] }).errors ?? []).map((m) => codeProblem(path, m.text, m.location?.line, (m.location?.column ?? 0) + 1));
    return { js: '', typeOnly: false, diagnostics: errors.length ? errors : [codeProblem(path, String(e))] };
  }
}
