// What a TypeScript module of templates/ exports, read from its declarations, so that the lists
// of the runtime's names (what the package entry re-exports, what no generated name may take)
// follow the runtime files themselves. `export { a } from …` and `export { a }` lists are
// re-exports of names declared elsewhere and are not read.

export interface ModuleExport {
  name: string;
  /** An interface or type alias: exported with `export type`. */
  typeOnly: boolean;
  /** Its doc comment says `@internal`: for the package's own modules, not for its users. */
  internal: boolean;
}

const DECLARATION =
  /(\/\*\*(?:[^*]|\*(?!\/))*\*\/\s*)?^export (?:declare )?(?:async )?(?:abstract )?(function\*?|class|const|let|var|enum|interface|type) +([A-Za-z_$][\w$]*)/gm;

export function moduleExports(text: string): ModuleExport[] {
  return [...text.matchAll(DECLARATION)].map((m) => ({
    name: m[3]!,
    typeOnly: m[2] === 'interface' || m[2] === 'type',
    internal: /@internal\b/.test(m[1] ?? ''),
  }));
}
