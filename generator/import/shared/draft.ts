// The importer's in-between model: what a published API file says, with every type named by its
// full canonical id. Both readers (Swagger 2.0, OpenAPI 3) produce it; units/build.ts turns it into spec
// units. Every node keeps the JSON pointer of the place it was read from, for warnings.
import type { Diagnostic, Loc } from '../../diagnostics.js';
import type { BindingDoc, DeprecatedDoc, EnumValueDoc, PrivilegeDoc } from './unit-doc.js';

export interface DraftField {
  name: string;
  /** Type expression with full canonical ids. */
  type: string;
  since?: string;
  deprecated?: DeprecatedDoc;
  pointer: string;
}

export interface DraftUnion {
  discriminant: string;
  /** Enum value → fields of that case, in field order. */
  cases: Map<string, string[]>;
}

interface DraftTypeBase {
  /** Full canonical id, e.g. `com.vmware.vcenter.vm.hardware.cdrom.backing_info`. */
  id: string;
  since?: string;
  deprecated?: DeprecatedDoc;
  pointer: string;
}

export interface DraftStructure extends DraftTypeBase {
  kind: 'structure';
  fields: DraftField[];
  unions: DraftUnion[];
}

export interface DraftEnum extends DraftTypeBase {
  kind: 'enum';
  values: EnumValueDoc[];
}

export interface DraftError extends DraftTypeBase {
  kind: 'error';
  errorType: string;
  fields: DraftField[];
}

export type DraftType = DraftStructure | DraftEnum | DraftError;

export interface DraftParam {
  name: string;
  type: string;
  in?: 'path' | 'query' | 'body';
  pointer: string;
}

export interface DraftOperation {
  /** Canonical service id. */
  service: string;
  name: string;
  params: DraftParam[];
  result?: string;
  /** Canonical error ids, in the order the file states them. */
  errors: string[];
  privileges: PrivilegeDoc[];
  /** `rest: null`: the file has a /rest family but no twin; absent: the file has no /rest family. */
  http: { api: BindingDoc; rest?: BindingDoc | null };
  /** Also (`both`) or only (`only`) started as a task; `http` holds the plain bindings. */
  task?: 'both' | 'only';
  since?: string;
  deprecated?: DeprecatedDoc;
  pointer: string;
}

export interface Draft {
  format: 'swagger2' | 'openapi3';
  /** API version the file states, when it states one (OpenAPI 3 info.version). */
  apiVersion?: string;
  types: Map<string, DraftType>;
  operations: DraftOperation[];
  /** Facts worth a line in the report that are not problems (e.g. deprecated /rest bindings kept). */
  notes: string[];
}

/** Collects importer warnings; each carries the JSON pointer of the place in the imported file. */
export class ImportLog {
  readonly list: Diagnostic[] = [];
  private readonly seen = new Set<string>();

  warn(rule: string, message: string, pointer: string, fix?: string): void {
    const key = `${rule}\0${pointer}\0${message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.list.push({ severity: 'warning', rule, message, pointer, ...(fix ? { fix } : {}) });
  }

  error(rule: string, message: string, pointer?: string, fix?: string): void {
    this.list.push({
      severity: 'error',
      rule,
      message,
      ...(pointer !== undefined ? { pointer } : {}),
      ...(fix ? { fix } : {}),
    });
  }

  /** A problem in one of the project's own files (overlays), placed by file:line:col. */
  at(severity: 'error' | 'warning', rule: string, message: string, loc: Loc, fix?: string): void {
    this.list.push({ severity, rule, message, loc, ...(fix ? { fix } : {}) });
  }

  /** Facts about the project's own files that are not problems (e.g. overlay targets an older API lacks). */
  readonly notes: string[] = [];

  note(rule: string, message: string, loc: Loc): void {
    this.notes.push(`${loc.file}:${loc.line}:${loc.col}: [${rule}] ${message}`);
  }
}

/** Finds types lazily: a reader asks for a definition when an operation or a field reaches it. */
export class TypeRegistry {
  readonly types = new Map<string, DraftType>();
  /** Enums found only in prose ("Possible values"), for the report. */
  readonly proseEnums = new Set<string>();
  private readonly pending: (() => void)[] = [];
  private readonly claimed = new Set<string>();

  /** Schedules building `id` once; `build` runs later (no deep recursion through cycles). */
  need(id: string, build: () => DraftType | undefined): void {
    if (this.claimed.has(id)) return;
    this.claimed.add(id);
    this.pending.push(() => {
      const t = build();
      if (t) this.types.set(t.id, t);
    });
  }

  /** Runs every scheduled build, including those scheduled while building. */
  drain(): void {
    for (let i = 0; i < this.pending.length; i++) this.pending[i]!();
    this.pending.length = 0;
  }
}
