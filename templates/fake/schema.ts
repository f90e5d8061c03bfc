// The model the fake serves (generated into model.ts from the spec) and the engine's view of it:
// types parsed once, structures indexed, and the rule that says what each field of a tagged
// union is in each case. Emitted verbatim into the package (src/fake/). No dependencies.

/** Where a parameter travels. */
export type ParamIn = 'path' | 'query' | 'body';

export interface ModelParam {
  /** Wire name. */
  readonly name: string;
  /** A type in the spec's type language: `string`, `id:VirtualMachine`, `list<ref:…>`, `map<K,V>`, … */
  readonly type: string;
  readonly in: ParamIn;
  readonly optional?: true;
}

export interface ModelBinding {
  readonly method: string;
  /** Path template, `{name}` per path parameter; may end in `?action=x`. */
  readonly path: string;
  /** `/api`: the parameter sent as the whole body (absent: body parameters wrapped by name). */
  readonly body?: string;
}

export interface ModelOperation {
  /** `<service id>.<name>` */
  readonly id: string;
  readonly service: string;
  readonly name: string;
  /** The client's method name (`createTemporary` for `create_temporary`). */
  readonly method: string;
  readonly params: readonly ModelParam[];
  readonly result?: string;
  /** vAPI error types the operation documents. */
  readonly errors: readonly string[];
  /** The type of `data` for documented errors that carry it. */
  readonly errorData?: readonly { readonly type: string; readonly data: string }[];
  readonly api: ModelBinding;
  readonly rest: ModelBinding | null;
  /** Privileges the operation requires (all of them). */
  readonly privileges?: readonly string[];
  /**
   * The operation's task form (`…&vmw-task=true`): `both`, beside the plain call; `only`, the
   * one form it has.
   */
  readonly task?: 'both' | 'only';
}

export interface ModelField {
  readonly name: string;
  /** The type without an outer `optional<…>`. */
  readonly type: string;
  readonly optional?: true;
}

export interface ModelUnionCase {
  readonly value: string;
  readonly required: readonly string[];
  readonly optional: readonly string[];
}

export interface ModelUnion {
  readonly discriminant: string;
  readonly cases: readonly ModelUnionCase[];
}

export interface ModelStructure {
  readonly id: string;
  readonly fields: readonly ModelField[];
  readonly unions?: readonly ModelUnion[];
}

export interface ModelEnum {
  readonly id: string;
  readonly values: readonly string[];
}

export interface ModelError {
  readonly id: string;
  /** `NOT_FOUND`, … */
  readonly type: string;
  /** HTTP status in the `/api` and the `/rest` style. */
  readonly status: readonly [api: number, rest: number];
}

export interface ModelService {
  readonly id: string;
  /** Accessor path below the client, e.g. `hardware.cdrom`. */
  readonly accessor: string;
}

/** The API as the fake knows it: every operation, structure, enum and error of the package. */
export interface FakeModel {
  readonly apiVersion: string;
  readonly root: string;
  readonly package: string;
  readonly services: readonly ModelService[];
  readonly operations: readonly ModelOperation[];
  readonly structures: readonly ModelStructure[];
  readonly enums: readonly ModelEnum[];
  readonly errors: readonly ModelError[];
  /** Resource types the package names in ids. */
  readonly resources: readonly string[];
  /** The fields of an `exception` value (a vAPI error carried as data), when some type uses it. */
  readonly errorValue?: readonly ModelField[];
}

/**
 * The structure id `exception` values are checked and made as (no structure of a model has it:
 * `exception` is a word of the type language).
 */
export const EXCEPTION = 'exception';

export type Primitive = 'string' | 'long' | 'double' | 'boolean' | 'datetime' | 'secret' | 'uri' | 'binary' | 'opaque';

/** A parsed type. */
export type Type =
  | { readonly k: 'primitive'; readonly name: Primitive }
  | { readonly k: 'id'; readonly resource: string | undefined }
  | { readonly k: 'ref'; readonly id: string }
  | { readonly k: 'enum'; readonly id: string }
  | { readonly k: 'list' | 'set' | 'optional'; readonly of: Type }
  | { readonly k: 'map'; readonly key: Type; readonly value: Type };

const PRIMITIVES = new Set(['string', 'long', 'double', 'boolean', 'datetime', 'secret', 'uri', 'binary', 'opaque']);

/** Parses the spec's type language (the manifest's notation); resource names hold no `<>,` or spaces. */
export function parseType(text: string): Type {
  let i = 0;
  const fail = (): never => {
    throw new Error(`fake model: cannot read the type '${text}'`);
  };
  const read = (): Type => {
    const m = /^(list|set|optional|map)<|^(id|ref|enum):([^<>,\s]+)|^id\b|^[a-z]+/.exec(text.slice(i));
    if (!m) return fail();
    i += m[0].length;
    if (m[1]) {
      const of = read();
      if (m[1] == 'map') {
        if (text[i++] != ',') fail();
        const value = read();
        if (text[i++] != '>') fail();
        return { k: 'map', key: of, value };
      }
      if (text[i++] != '>') fail();
      return { k: m[1] as 'list', of };
    }
    if (m[2] == 'id') return { k: 'id', resource: m[3] };
    if (m[2]) return { k: m[2] as 'ref', id: m[3]! };
    if (m[0] == 'id') return { k: 'id', resource: undefined };
    if (m[0] == EXCEPTION) return { k: 'ref', id: EXCEPTION };
    return PRIMITIVES.has(m[0]) ? { k: 'primitive', name: m[0] as Primitive } : fail();
  };
  const t = read();
  if (i != text.length) fail();
  return t;
}

export interface Field {
  readonly name: string;
  readonly type: Type;
  readonly optional: boolean;
}

export interface Union {
  readonly discriminant: string;
  readonly cases: ReadonlyMap<string, ModelUnionCase>;
  /** Every field of some case of this union. */
  readonly members: ReadonlySet<string>;
}

export interface Structure {
  readonly id: string;
  readonly fields: readonly Field[];
  readonly byName: ReadonlyMap<string, Field>;
  readonly unions: readonly Union[];
  /** The union each field of a case belongs to (the first that names it). */
  readonly owner: ReadonlyMap<string, Union>;
}

/**
 * What a field is in a value of its structure, given the value's tags: `required`, `optional`,
 * or `forbidden` (a field of another case, or of any case while an optional tag is unset).
 * The same rule as the generator's (each field of a case is owned by the first union naming it).
 */
export function fieldRole(s: Structure, f: Field, value: Readonly<Record<string, unknown>>): Role {
  const u = s.owner.get(f.name);
  if (!u) return f.optional ? 'optional' : 'required';
  const tag = Object.hasOwn(value, u.discriminant) ? value[u.discriminant] : undefined;
  const c = typeof tag == 'string' ? u.cases.get(tag) : undefined;
  if (c?.required.includes(f.name)) return 'required';
  if (c?.optional.includes(f.name)) return 'optional';
  // A tag the model does not know (read from a newer server): its fields cannot be judged.
  return typeof tag == 'string' && !c ? 'optional' : 'forbidden';
}

export type Role = 'required' | 'optional' | 'forbidden';

/** The model, indexed for the engine. */
export class Schema {
  readonly model: FakeModel;
  readonly operations: ReadonlyMap<string, ModelOperation>;
  readonly errors: ReadonlyMap<string, ModelError>;
  private readonly structures = new Map<string, Structure>();
  private readonly enums = new Map<string, ReadonlySet<string>>();
  private readonly types = new Map<string, Type>();
  private readonly raw: Map<string, ModelStructure>;

  constructor(model: FakeModel) {
    this.model = model;
    this.operations = new Map(model.operations.map((o) => [o.id, o]));
    this.errors = new Map(model.errors.map((e) => [e.type, e]));
    this.raw = new Map(model.structures.map((s) => [s.id, s]));
    if (model.errorValue) this.raw.set(EXCEPTION, { id: EXCEPTION, fields: model.errorValue });
    for (const e of model.enums) this.enums.set(e.id, new Set(e.values));
  }

  type(text: string): Type {
    let t = this.types.get(text);
    if (!t) this.types.set(text, (t = parseType(text)));
    return t;
  }

  structure(id: string): Structure {
    let s = this.structures.get(id);
    if (s) return s;
    const raw = this.raw.get(id);
    if (!raw) throw new Error(`fake model: no structure ${id}`);
    const fields = raw.fields.map((f) => ({ name: f.name, type: this.type(f.type), optional: !!f.optional }));
    const unions = (raw.unions ?? []).map((u) => ({
      discriminant: u.discriminant,
      cases: new Map(u.cases.map((c) => [c.value, c])),
      members: new Set(u.cases.flatMap((c) => [...c.required, ...c.optional])),
    }));
    const owner = new Map<string, Union>();
    for (const u of unions) for (const m of u.members) if (!owner.has(m)) owner.set(m, u);
    s = { id, fields, byName: new Map(fields.map((f) => [f.name, f])), unions, owner };
    this.structures.set(id, s);
    return s;
  }

  enumValues(id: string): ReadonlySet<string> {
    const e = this.enums.get(id);
    if (!e) throw new Error(`fake model: no enum ${id}`);
    return e;
  }

  /** The HTTP status of an error type in a style (500 for a type outside the model). */
  status(type: string, style: 'api' | 'rest'): number {
    const e = this.errors.get(type);
    return e ? e.status[style == 'api' ? 0 : 1] : (STATUS_FALLBACK[type] ?? 500);
  }

  /** The error's canonical id, e.g. `com.vmware.vapi.std.errors.not_found` (the /rest `type`). */
  errorId(type: string): string {
    return this.errors.get(type)?.id ?? `com.vmware.vapi.std.errors.${type.toLowerCase()}`;
  }
}

/** Statuses of the standard errors a package may not declare (it declares the ones it uses). */
const STATUS_FALLBACK: Readonly<Record<string, number>> = {
  INVALID_ARGUMENT: 400,
  INVALID_REQUEST: 400,
  UNAUTHENTICATED: 401,
  UNAUTHORIZED: 403,
  NOT_FOUND: 404,
  OPERATION_NOT_FOUND: 404,
  SERVICE_UNAVAILABLE: 503,
  TIMED_OUT: 504,
};
