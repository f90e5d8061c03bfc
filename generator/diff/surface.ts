// The API surface `vcgen diff` compares: what a client of the generated package can see and call.
// It is read from manifest.json (the package's documented contract), so that a spec directory (via
// its IR, see load.ts) and a previously generated package compare the same way. Reading is
// tolerant: manifests written before a key existed (since, packageVersion, …) still load.

export interface SurfaceParam {
  name: string;
  type: string;
  optional: boolean;
  in: string;
}

export interface SurfaceBinding {
  method: string;
  path: string;
  body?: string;
}

export interface SurfaceOperation {
  /** `<service id>.<name>` */
  id: string;
  service: string;
  name: string;
  /** Method name in the client. */
  method: string;
  params: SurfaceParam[];
  result: string | null;
  errors: string[];
  errorData: Record<string, string>;
  http: { api: SurfaceBinding; rest: SurfaceBinding | null };
  /** Runs as a task too (`both`) or only (`only`). */
  task?: 'both' | 'only';
  privileges: string[];
  since?: string;
  /** Present when deprecated: since / replacement in a few words (may be empty). */
  deprecated?: string;
}

export interface SurfaceService {
  id: string;
  accessor: string;
}

export interface SurfaceField {
  name: string;
  type: string;
  optional: boolean;
  since?: string;
  /** Present when deprecated: since / replacement in a few words (may be empty). */
  deprecated?: string;
}

export interface SurfaceUnion {
  discriminant: string;
  cases: Record<string, { required: string[]; optional: string[] }>;
}

/** Which way values of a type travel (derived from the operations that reach it). */
export interface Direction {
  input: boolean;
  output: boolean;
}

export interface SurfaceStructure {
  id: string;
  /** TypeScript name exported by the package. */
  name: string;
  fields: SurfaceField[];
  unions: SurfaceUnion[];
  direction: Direction;
  since?: string;
  /** Present when deprecated: since / replacement in a few words (may be empty). */
  deprecated?: string;
}

export interface SurfaceEnum {
  id: string;
  name: string;
  values: { value: string; since?: string; deprecated?: string }[];
  direction: Direction;
  since?: string;
  /** Present when deprecated: since / replacement in a few words (may be empty). */
  deprecated?: string;
}

export interface SurfaceErrorType {
  id: string;
  type: string;
  name: string;
}

export interface Surface {
  apiVersion: string;
  root: string;
  package: string;
  /** Version of the generated package, when the source states it. */
  packageVersion?: string;
  services: Map<string, SurfaceService>;
  operations: Map<string, SurfaceOperation>;
  structures: Map<string, SurfaceStructure>;
  enums: Map<string, SurfaceEnum>;
  errors: Map<string, SurfaceErrorType>;
}

type Json = Record<string, unknown>;
const list = (v: unknown): Json[] => (Array.isArray(v) ? (v as Json[]) : []);
const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

function binding(v: unknown): SurfaceBinding | null {
  if (!v || typeof v !== 'object') return null;
  const b = v as Json;
  return { method: String(b.method), path: String(b.path), ...(text(b.body) ? { body: text(b.body) } : {}) };
}

/** `deprecated` of the manifest (true or { since, replacement, description }) in a few words. */
function deprecation(d: unknown): { deprecated?: string } {
  if (d === undefined || d === null || d === false) return {};
  const o = (typeof d === 'object' ? d : {}) as Json;
  const parts = [
    text(o.since) && `since ${String(o.since)}`,
    text(o.replacement) && `use ${String(o.replacement)} instead`,
  ].filter(Boolean);
  return { deprecated: parts.join('; ') };
}

function privilege(p: Json): string {
  const who = text(p.param)
    ? `param ${String(p.param)}`
    : text(p.resource)
      ? `resource ${String(p.resource)}`
      : 'operation';
  return `${who}: ${strings(p.require).join(', ')}`;
}

/** Reads manifest.json (parsed) into a surface. Throws when it is not a vcgen manifest. */
export function surfaceFromManifest(m: unknown, packageVersion?: string): Surface {
  if (
    !m ||
    typeof m !== 'object' ||
    typeof (m as Json).apiVersion !== 'string' ||
    !Array.isArray((m as Json).operations)
  ) {
    throw new Error('not a vcgen manifest (no apiVersion or operations)');
  }
  const j = m as Json;
  const s: Surface = {
    apiVersion: String(j.apiVersion),
    root: String(j.root ?? ''),
    package: String(j.package ?? ''),
    services: new Map(),
    operations: new Map(),
    structures: new Map(),
    enums: new Map(),
    errors: new Map(),
  };
  const version = text(j.packageVersion) ?? packageVersion;
  if (version) s.packageVersion = version;
  for (const sv of list(j.services))
    s.services.set(String(sv.id), { id: String(sv.id), accessor: String(sv.accessor) });
  for (const o of list(j.operations)) {
    const id = `${String(o.service)}.${String(o.name)}`;
    const http = (o.http ?? {}) as Json;
    s.operations.set(id, {
      id,
      service: String(o.service),
      name: String(o.name),
      method: String(o.method),
      params: list(o.params).map((p) => ({
        name: String(p.name),
        type: String(p.type),
        optional: p.optional === true,
        in: String(p.in),
      })),
      result: text(o.result) ?? null,
      errors: strings(o.errors),
      errorData: Object.fromEntries(Object.entries((o.errorData ?? {}) as Json).map(([k, v]) => [k, String(v)])),
      http: { api: binding(http.api) ?? { method: '', path: '' }, rest: binding(http.rest) },
      ...(o.task === 'both' || o.task === 'only' ? { task: o.task } : {}),
      privileges: list(o.privileges).map(privilege),
      ...(text(o.since) ? { since: text(o.since) } : {}),
      ...deprecation(o.deprecated),
    });
  }
  for (const st of list(j.structures)) {
    // Manifests of vcgen < 0.4 wrote the first union as `union` and repeated it in `unions` when there were more.
    const unions = st.union ? [st.union as Json, ...list(st.unions).slice(1)] : list(st.unions);
    s.structures.set(String(st.id), {
      id: String(st.id),
      name: String(st.name),
      fields: list(st.fields).map((f) => ({
        name: String(f.name),
        type: String(f.type),
        optional: f.optional === true,
        ...(text(f.since) ? { since: text(f.since) } : {}),
        ...deprecation(f.deprecated),
      })),
      unions: unions.map((u) => ({
        discriminant: String(u.discriminant),
        cases: (u.cases ?? {}) as SurfaceUnion['cases'],
      })),
      direction: { input: false, output: false },
      ...(text(st.since) ? { since: text(st.since) } : {}),
      ...deprecation(st.deprecated),
    });
  }
  for (const e of list(j.enums)) {
    const since = (e.valueSince ?? {}) as Json;
    const deprecated = new Set(strings(e.deprecatedValues));
    s.enums.set(String(e.id), {
      id: String(e.id),
      name: String(e.name),
      values: strings(e.values).map((v) => ({
        value: v,
        ...(text(since[v]) ? { since: text(since[v]) } : {}),
        ...(deprecated.has(v) ? { deprecated: '' } : {}),
      })),
      direction: { input: false, output: false },
      ...(text(e.since) ? { since: text(e.since) } : {}),
      ...deprecation(e.deprecated),
    });
  }
  for (const e of list(j.errors))
    s.errors.set(String(e.id), { id: String(e.id), type: String(e.type), name: String(e.name) });
  markDirections(s);
  return s;
}

/** Names every structure and enum a manifest type string refers to (`ref:<id>`, `enum:<id>`). */
export function typeRefs(type: string): { kind: 'ref' | 'enum'; id: string }[] {
  return [...type.matchAll(/\b(ref|enum):([A-Za-z0-9_.]+)/g)].map((m) => ({ kind: m[1] as 'ref' | 'enum', id: m[2]! }));
}

/** Parameters travel to the server (input); results and error data come back (output). */
function markDirections(s: Surface): void {
  const mark = (type: string, dir: keyof Direction, seen: Set<string>): void => {
    for (const r of typeRefs(type)) {
      if (r.kind === 'enum') {
        const e = s.enums.get(r.id);
        if (e) e.direction[dir] = true;
        continue;
      }
      const st = s.structures.get(r.id);
      if (!st || seen.has(r.id)) continue;
      seen.add(r.id);
      st.direction[dir] = true;
      for (const f of st.fields) mark(f.type, dir, seen);
    }
  };
  for (const o of s.operations.values()) {
    for (const p of o.params) mark(p.type, 'input', new Set());
    if (o.result) mark(o.result, 'output', new Set());
    for (const d of Object.values(o.errorData)) mark(d, 'output', new Set());
  }
}
