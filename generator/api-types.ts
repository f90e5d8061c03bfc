// The types of vcgen's programmatic API (`import { generate, importSpec, diff } from 'vcgen'`).
// They are the public contract: internal types may change, these change with a CHANGELOG entry.
// api.ts assigns the internal results to them, so the compiler keeps both in step.
import type { Diagnostic } from './diagnostics.js';

export type { Diagnostic, Loc, Severity } from './diagnostics.js';

/** Options of `generate()`; the same as `vcgen generate`'s flags. Relative paths are resolved against `cwd`. */
export interface GenerateOptions {
  /** Spec directory with api.yaml. Default: `spec/7.0.3`. */
  spec?: string;
  /** Output package directory. Default: `generated/vcenter-vm`. */
  out?: string;
  /** Directory whose `*.hbs` (and `runtime/*.ts`) files override the built-in templates of the same name. */
  templates?: string;
  /** Write nothing; compare with the output directory (`result.stale` lists what would change). */
  check?: boolean;
  /** `false`: generate in memory only (`result.files`); the output directory is read, never written. Default: true. */
  write?: boolean;
  /** Ship openapi-typescript's types of openapi.json (`dist/openapi.d.ts`). Default: true. */
  openapiTypes?: boolean;
  /**
   * Reuse formatted output of unchanged inputs: `true` (the default: `node_modules/.cache/vcgen`,
   * or `$VCGEN_CACHE_DIR`), a directory, or `false`. The output is the same bytes either way.
   */
  cache?: boolean | string;
  /** Base of relative paths, and of the paths shown in diagnostics. Default: `process.cwd()`. */
  cwd?: string;
}

/** Files that differ between what would be generated and the output directory (check mode). */
export interface Drift {
  /** On disk with other content. */
  changed: string[];
  /** Not on disk yet. */
  added: string[];
  /** On disk, no longer generated. */
  removed: string[];
}

export interface GenerateCounts {
  services: number;
  operations: number;
  structures: number;
  enums: number;
  files: number;
}

export interface GenerateResult {
  /** True when there is no error (and, in check mode, nothing would change). */
  ok: boolean;
  /** Errors and warnings, sorted by place; each with a rule, a message, usually a fix and a place. */
  diagnostics: Diagnostic[];
  /** The output directory, absolute. */
  outDir: string;
  /** Every file of the package by package-relative path (empty when the spec has errors). */
  files: ReadonlyMap<string, string>;
  /** Whether the output directory was replaced. */
  written: boolean;
  /** Check mode: what would change (absent otherwise). */
  stale?: Drift;
  counts?: GenerateCounts;
  /** Time per stage, in order. */
  timings: { stage: string; ms: number }[];
  /** Cache use, when a cache was used. */
  cache?: { hits: number; misses: number };
  /** Directories left by interrupted runs that this run removed (or put back, when the output was missing). */
  cleaned: { removed: string[]; restored?: string };
  ms: number;
}

/** Options of `importSpec()`; the same as `vcgen import`'s flags. */
export interface ImportSpecOptions {
  /** VMware's Swagger 2.0 or OpenAPI 3.x file (JSON or YAML). */
  file: string;
  /** Spec directory to write (replaced as a whole), e.g. `spec/8.0.0`. */
  out: string;
  /** Import only the services below this package (it becomes the spec's root). */
  only?: string;
  /** Import these services too, outside the root, by id (`com.vmware.vcenter.VM`). */
  services?: readonly string[];
  /** Overlay directory; default: `<out>/../overlays` when it exists; `false`: none. */
  overlays?: string | false;
  /** Spec to compare wire names with (and take unnamed body parameters from); default: `out` when it holds one; `false`: none. */
  compare?: string | false;
  /** Spec of another version to take prose-only facts from where the file is silent. */
  factsFrom?: string;
  /** API version for api.yaml (default: from the directory name, the file, or its name). */
  apiVersion?: string;
  /** Treat warnings as errors (then nothing is written). */
  strict?: boolean;
  /** `false`: convert and check only (a dry run). Default: true. */
  write?: boolean;
  cwd?: string;
}

export interface ImportSpecResult {
  ok: boolean;
  diagnostics: Diagnostic[];
  /** Things worth knowing that are not problems (what was taken from elsewhere, …). */
  notes: string[];
  /** The spec directory's files by relative path. */
  files: ReadonlyMap<string, string>;
  written: boolean;
  counts?: {
    services: number;
    operations: number;
    structures: number;
    enums: number;
    errorTypes: number;
    /** Operation error entries read from the file / after the overlays. */
    opErrorsFromFile: number;
    opErrorsTotal: number;
    files: number;
  };
  overlays?: {
    files: number;
    errorsAdded: number;
    errorsReplaced: number;
    descriptions: number;
    renames: number;
    declared: number;
    absent: number;
    /** Overlay entries skipped: about services outside the import. */
    outside?: number;
  };
  ms: number;
}

export type ChangeClass = 'breaking' | 'deprecation' | 'non-breaking';

/** Options of `diff()`; the same as `vcgen diff`'s. */
export interface DiffOptions {
  /** Spec directory, generated package directory or manifest.json of the old version. */
  old: string;
  /** The same for the new version. */
  new: string;
  /** `ok` is false when a change is at least this serious. */
  failOn?: 'breaking' | 'deprecation' | 'any';
  cwd?: string;
}

export interface DiffChange {
  class: ChangeClass;
  action: 'added' | 'removed' | 'changed';
  kind: 'api' | 'service' | 'operation' | 'structure' | 'enum' | 'error';
  /** Canonical id of the declaration. */
  id: string;
  memberKind?: string;
  member?: string;
  before?: string;
  after?: string;
  /** Rule id (generator/diff/README.md lists them). */
  rule: string;
  message: string;
  detail?: string;
  /** The canonical ids an entry that stands for several declarations covers. */
  ids?: string[];
}

export interface DiffSide {
  apiVersion: string;
  package: string;
  packageVersion?: string;
}

/** What `vcgen diff --format json` prints. */
export interface DiffReport {
  version: 1;
  old: DiffSide;
  new: DiffSide;
  summary: {
    total: number;
    breaking: number;
    deprecation: number;
    nonBreaking: number;
    added: number;
    removed: number;
    changed: number;
  };
  semver: { bump: 'major' | 'minor' | 'patch' | 'none'; from?: string; to?: string };
  changes: DiffChange[];
}

export interface DiffResult {
  /** No error, and no change the `failOn` gate catches. */
  ok: boolean;
  diagnostics: Diagnostic[];
  report?: DiffReport;
  /** The report as a CHANGELOG section (Markdown) and as JSON. */
  markdown?: string;
  json?: string;
  /** The one-line summary. */
  summary?: string;
  /** Changes the `failOn` gate catches (0 without a gate). */
  caught: number;
}
