// Helpers of the fake's tests: the committed package's client and fake (imported like users do,
// from dist/), its manifest and OpenAPI document, and calls made from the manifest alone: values of
// any type written by this file (not by the fake), and each operation called through the client.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vc from '../../generated/vcenter-vm/dist/index.js';
import * as fakeModule from '../../generated/vcenter-vm/dist/fake/index.js';
import { jsonSchemas, type Loose } from '../openapi/helpers.js';
import { ROOT } from '../setup/generate.js';

export { vc, fakeModule };
export const { createFake, DEFAULT_USER } = fakeModule;
export type Fake = ReturnType<typeof createFake>;

const PKG = join(ROOT, 'generated/vcenter-vm');
export interface ManifestOp {
  service: string;
  name: string;
  method: string;
  params: { name: string; type: string; optional: boolean; in: string }[];
  result: string | null;
  errors: string[];
  http: { api: { method: string; path: string }; rest: { method: string; path: string } | null };
}
export interface Manifest {
  services: { id: string; accessor: string }[];
  operations: ManifestOp[];
  structures: {
    id: string;
    fields: { name: string; type: string; optional: boolean }[];
    union: { discriminant: string; cases: Record<string, { required: string[]; optional: string[] }> } | null;
    unions?: { discriminant: string; cases: Record<string, { required: string[]; optional: string[] }> }[];
  }[];
  enums: { id: string; values: string[] }[];
  errors: { id: string; type: string }[];
}
export const manifest: Manifest = JSON.parse(readFileSync(join(PKG, 'manifest.json'), 'utf8'));
export const openapi: Loose = JSON.parse(readFileSync(join(PKG, 'openapi.json'), 'utf8'));
export const schemas = jsonSchemas(openapi);
export const opId = (op: ManifestOp): string => `${op.service}.${op.name}`;
const errorType = new Map(manifest.errors.map((e) => [e.id, e.type]));
export const documented = (op: ManifestOp): string[] => op.errors.map((e) => errorType.get(e)!);
/** What any operation may answer whatever it documents: the server's front door. */
export const GENERIC = ['UNAUTHENTICATED', 'UNAUTHORIZED', 'INVALID_ARGUMENT', 'INVALID_REQUEST'];

export const credentials = { username: DEFAULT_USER.username, password: DEFAULT_USER.password };

export function clientOf(fake: Fake, style: 'api' | 'rest' = 'api', extra: object = {}) {
  return vc.createClient({
    baseUrl: 'https://vcenter.fake',
    fetch: fake.fetch,
    style: style == 'rest' ? vc.rest : vc.api,
    auth: vc.login(credentials),
    ...extra,
  });
}

/** Calls an operation through the client by its accessor and method, with positional arguments. */
export function call(client: object, op: ManifestOp, args: unknown[]): Promise<unknown> {
  const accessor = manifest.services.find((s) => s.id == op.service)!.accessor;
  const service = accessor.split('.').reduce<Loose>((o, k) => o[k], client);
  return (service[op.method] as (...a: unknown[]) => Promise<unknown>).apply(service, args);
}

/** A parsed manifest type. */
export type T =
  | { k: 'prim'; name: string }
  | { k: 'id'; resource?: string }
  | { k: 'ref' | 'enum'; id: string }
  | { k: 'list' | 'set' | 'optional'; of: T }
  | { k: 'map'; key: T; value: T };

export function parse(text: string): T {
  let i = 0;
  const read = (): T => {
    const m = /^(list|set|optional|map)<|^(id|ref|enum):([^<>,]+)|^[a-z]+/.exec(text.slice(i))!;
    i += m[0].length;
    if (m[1] == 'map') {
      const key = read();
      i++;
      const value = read();
      i++;
      return { k: 'map', key, value };
    }
    if (m[1]) {
      const of = read();
      i++;
      return { k: m[1] as 'list', of };
    }
    if (m[2] == 'id') return { k: 'id', resource: m[3] };
    if (m[2]) return { k: m[2] as 'ref', id: m[3]! };
    return m[0] == 'id' ? { k: 'id' } : m[0] == EXCEPTION ? { k: 'ref', id: EXCEPTION } : { k: 'prim', name: m[0] };
  };
  return read();
}

const structures = new Map(manifest.structures.map((s) => [s.id, s]));
/**
 * `exception` (a vAPI error as data, `VapiErrorValue`): the fields every standard error has,
 * written here from the spec language's documentation, as a structure of its own.
 */
const EXCEPTION = 'exception';
structures.set(EXCEPTION, {
  id: EXCEPTION,
  fields: [
    { name: 'error_type', type: 'enum:com.vmware.vapi.std.errors.error.type', optional: true },
    { name: 'messages', type: 'list<ref:com.vmware.vapi.std.localizable_message>', optional: false },
    { name: 'data', type: 'opaque', optional: true },
  ],
  union: null,
});
const enums = new Map(manifest.enums.map((e) => [e.id, e.values]));

export interface SampleContext {
  /** An id of the resource type to use, if the test has one. */
  id(resource: string): string | undefined;
  /** Which case of each union to take (by index), and whether to include optional fields. */
  variant: number;
}

const PRIMS: Record<string, (name: string) => unknown> = {
  string: (n) =>
    n == 'user_name' ? 'root' : n == 'path' ? '/tmp' : n == 'iso_file' ? '[datastore1] iso/os.iso' : `${n}-value`,
  long: (n) => (/size|capacity/i.test(n) ? 4096 : n == 'bus' || n == 'unit' || n == 'index' ? 0 : 1),
  double: () => 1.5,
  boolean: () => false,
  datetime: () => '2024-01-01T00:00:00.000Z',
  uri: () => 'https://example.com/resource',
  // The fake's default guest users are root / Administrator with this password.
  secret: (n) => (n == 'password' ? 'VMware1!' : 'secret-token'),
  binary: () => 'AAAA',
  opaque: () => ({}),
};

/** A valid value of a manifest type, made from the manifest alone. */
export function sample(t: T, cx: SampleContext, name = 'value', depth = 0): unknown {
  switch (t.k) {
    case 'prim':
      return PRIMS[t.name]!(name);
    case 'id':
      return (t.resource && cx.id(t.resource)) ?? 'id-1';
    case 'enum':
      return enums.get(t.id)![cx.variant % enums.get(t.id)!.length];
    case 'optional':
      return depth > 3 || cx.variant % 2 ? undefined : sample(t.of, cx, name, depth + 1);
    case 'list':
    case 'set':
      return depth > 3 ? [] : [sample(t.of, cx, name, depth + 1)];
    case 'map':
      return depth > 3
        ? {}
        : { [String(sample(t.key, cx, `${name}Key`, depth + 1))]: sample(t.value, cx, name, depth + 1) };
    case 'ref':
      return structure(t.id, cx, depth);
  }
}

function structure(id: string, cx: SampleContext, depth: number): Record<string, unknown> {
  const s = structures.get(id)!;
  const unions = s.unions ?? (s.union ? [s.union] : []);
  const out: Record<string, unknown> = {};
  const roles = new Map<string, 'req' | 'opt' | 'no'>();
  for (const u of unions) {
    const values = Object.keys(u.cases);
    const tag = values[cx.variant % values.length]!;
    out[u.discriminant] = tag;
    for (const [v, c] of Object.entries(u.cases))
      for (const f of [...c.required, ...c.optional])
        if (!roles.has(f)) roles.set(f, v != tag ? 'no' : c.required.includes(f) ? 'req' : 'opt');
    for (const f of u.cases[tag]!.required) roles.set(f, 'req');
    for (const f of u.cases[tag]!.optional) if (roles.get(f) != 'req') roles.set(f, 'opt');
  }
  for (const f of s.fields) {
    if (Object.hasOwn(out, f.name)) continue;
    const role = roles.get(f.name) ?? (f.optional ? 'opt' : 'req');
    if (role == 'no' || (role == 'opt' && (depth > 2 || cx.variant % 2))) continue;
    out[f.name] = sample(parse(f.type), cx, f.name, depth + 1);
  }
  return out;
}

/** The JSON schema of an operation's success answer in the OpenAPI document, for a style. */
export function responseSchema(op: ManifestOp, style: 'api' | 'rest'): object | undefined {
  const b = style == 'api' ? op.http.api : op.http.rest!;
  const o = openapi.paths[b.path]?.[b.method.toLowerCase()];
  if (!o) throw new Error(`openapi.json has no ${b.method} ${b.path}`);
  const ok = Object.entries(o.responses as Record<string, Loose>).find(([s]) => s.startsWith('2'))![1];
  return ok.content?.['application/json']?.schema;
}

/**
 * Why `v` is not a value of `t` (undefined when it is), read from the manifest alone: required
 * and forbidden fields per union case, known enum values, no unknown fields; maps as objects.
 */
export function conforms(t: T, v: unknown, path = 'value'): string | undefined {
  const bad = (what: string) => `${path}: ${what} (${JSON.stringify(v)?.slice(0, 80)})`;
  switch (t.k) {
    case 'optional':
      return v == null ? undefined : conforms(t.of, v, path);
    case 'prim':
      if (t.name == 'opaque') return undefined;
      if (t.name == 'long') return Number.isSafeInteger(v) ? undefined : bad('not an integer');
      if (t.name == 'double') return typeof v == 'number' ? undefined : bad('not a number');
      if (t.name == 'boolean') return typeof v == 'boolean' ? undefined : bad('not a boolean');
      if (typeof v != 'string') return bad('not a string');
      if (t.name == 'datetime' && Number.isNaN(Date.parse(v))) return bad('not a date');
      return undefined;
    case 'id':
      return typeof v == 'string' && v ? undefined : bad('not an id');
    case 'enum':
      return enums.get(t.id)!.includes(v as string) ? undefined : bad(`not a value of ${t.id}`);
    case 'list':
    case 'set':
      if (!Array.isArray(v)) return bad('not an array');
      for (const [i, x] of v.entries()) {
        const p = conforms(t.of, x, `${path}[${i}]`);
        if (p) return p;
      }
      return undefined;
    case 'map': {
      if (!(v && typeof v == 'object' && !Array.isArray(v))) return bad('not an object');
      const entries = Object.entries(v);
      for (const [k, x] of entries) {
        const p = conforms(t.key, k, `${path}{key}`) ?? conforms(t.value, x, `${path}.${String(k)}`);
        if (p) return p;
      }
      return undefined;
    }
    case 'ref': {
      if (!v || typeof v != 'object' || Array.isArray(v)) return bad('not an object');
      const s = structures.get(t.id)!;
      const o = v as Record<string, unknown>;
      for (const k of Object.keys(o)) if (!s.fields.some((f) => f.name == k)) return bad(`unknown field ${k}`);
      const unions = s.unions ?? (s.union ? [s.union] : []);
      const owned = new Map<string, string>();
      for (const u of unions)
        for (const c of Object.values(u.cases))
          for (const f of [...c.required, ...c.optional]) if (!owned.has(f)) owned.set(f, u.discriminant);
      for (const f of s.fields) {
        const x = o[f.name];
        const u = unions.find((y) => y.discriminant == owned.get(f.name));
        const c = u && u.cases[o[u.discriminant] as string];
        const required = u ? !!c?.required.includes(f.name) : !f.optional;
        const allowed = !u || !!c?.required.includes(f.name) || !!c?.optional.includes(f.name);
        if (x == null && required) return `${path}.${f.name}: missing`;
        if (x != null && !allowed)
          return `${path}.${f.name}: not allowed when ${u!.discriminant} is ${String(o[u!.discriminant])}`;
        if (x != null) {
          const p = conforms(parse(f.type), x, `${path}.${f.name}`);
          if (p) return p;
        }
      }
      return undefined;
    }
  }
}
