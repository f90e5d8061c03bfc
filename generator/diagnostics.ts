// Diagnostics: every stage reports problems as data; only the CLI prints them.

/** A place in a spec file. Offsets are resolved to line/column when a diagnostic is made. */
export interface Loc {
  file: string;
  line: number;
  col: number;
}

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  severity: Severity;
  /** Short rule id, e.g. `yaml-syntax`, `schema`, `unknown-type`, `duplicate-field`. */
  rule: string;
  message: string;
  /** How to fix it, where there is an obvious fix. */
  fix?: string;
  loc?: Loc;
  /** The file or directory a problem is about when it has no line (a FIFO, a dangling link). */
  file?: string;
  /** JSON pointer into an imported document (importer warnings). */
  pointer?: string;
}

/** Thrown by a stage that found errors; carries all of them, not only the first. */
export class DiagnosticError extends Error {
  readonly diagnostics: Diagnostic[];
  constructor(diagnostics: Diagnostic[]) {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    super(`${errors.length} error${errors.length === 1 ? '' : 's'}`);
    this.name = 'DiagnosticError';
    this.diagnostics = sortDiagnostics(diagnostics);
  }
}

export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) => {
    const fa = a.loc?.file ?? a.file ?? a.pointer ?? '';
    const fb = b.loc?.file ?? b.file ?? b.pointer ?? '';
    if (fa !== fb) return fa < fb ? -1 : 1;
    const la = a.loc?.line ?? 0;
    const lb = b.loc?.line ?? 0;
    if (la !== lb) return la - lb;
    const ca = a.loc?.col ?? 0;
    const cb = b.loc?.col ?? 0;
    if (ca !== cb) return ca - cb;
    return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
  });
}

export function formatDiagnostic(d: Diagnostic): string {
  const where = d.loc
    ? `${d.loc.file}:${d.loc.line}:${d.loc.col}`
    : d.file !== undefined
      ? d.file
      : d.pointer
        ? `#${d.pointer}`
        : '';
  const head = `${where ? `${where}: ` : ''}${d.severity} [${d.rule}] ${d.message}`;
  return d.fix ? `${head}\n    fix: ${d.fix}` : head;
}

/** Collects diagnostics for one stage. */
export class Reporter {
  readonly list: Diagnostic[] = [];
  error(rule: string, message: string, loc?: Loc, fix?: string): void {
    this.list.push({ severity: 'error', rule, message, loc, fix });
  }
  warn(rule: string, message: string, loc?: Loc, fix?: string): void {
    this.list.push({ severity: 'warning', rule, message, loc, fix });
  }
  get hasErrors(): boolean {
    return this.list.some((d) => d.severity === 'error');
  }
  /** Throws a DiagnosticError when any error was reported. */
  throwIfErrors(): void {
    if (this.hasErrors) throw new DiagnosticError(this.list);
  }
}
