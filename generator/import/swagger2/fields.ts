// Structure parameters whose fields the file lists one by one. vAPI sends a structure parameter of
// a GET (a list filter) as query parameters, and RFC 6749's token endpoint takes its structure as
// form fields; VMware's Swagger then lists the fields (`names`, `folders`) instead of the
// parameter. /rest twins keep the parameter's name as the fields' prefix (`filter.names`); /api
// operations have only the fields. This finds the structure again, so that the operation keeps
// one parameter of the structure's type: the clients send its fields as the file lists them
// (/api: `names=a&names=b`; /rest: with the parameter's name as prefix).
import type { ImportLog } from '../shared/draft.js';
import { isSchema, refOf, type Schema } from '../schema/types.js';
import { isRestWrapper, type SwaggerNames } from './names.js';

export interface FieldGroup {
  /** The parameter's name: the /rest prefix, else guessed (with a `param-name` warning). */
  name: string;
  /** Canonical id of the structure. */
  type: string;
  /** The structure's definition, to schedule its conversion. */
  definition: string;
  /** Some field of the structure is required: so is the parameter. */
  required: boolean;
  /** The file's parameters that are its fields, in order. */
  fields: Schema[];
}

interface Candidate {
  definition: string;
  id: string;
  /** Every field's prose equals the parameter's (fields that name another type aside). */
  sameProse: boolean;
  /** Some field is required. */
  required: boolean;
}

/** Definitions by their property names in order (`names,folders`), bodies and /rest wrappers left out. */
export class FieldIndex {
  private readonly byKeys = new Map<string, string[]>();
  private readonly enums = new Map<string, string[]>();

  constructor(
    private readonly defs: Schema,
    private readonly names: SwaggerNames,
  ) {
    for (const [name, schema] of Object.entries(defs)) {
      if (isSchema(schema) && Array.isArray(schema.enum) && names.canonical(name) !== undefined) {
        const key = schema.enum.join(',');
        this.enums.set(key, [...(this.enums.get(key) ?? []), name]);
      }
      if (!isSchema(schema) || !isSchema(schema.properties)) continue;
      if (names.bodies.has(name) || isRestWrapper(name, schema) || names.canonical(name) === undefined) continue;
      const key = Object.keys(schema.properties).join(',');
      this.byKeys.set(key, [...(this.byKeys.get(key) ?? []), name]);
    }
  }

  /**
   * The type of a parameter (or its list elements) that lists an enum's values inline (a
   * flattened enum field, `USER, GROUP`): the one enum definition with exactly these values
   * declared in the service's unit, one enclosing it or a type of the service
   * (`…attestation.summary.type`). `ref` schedules the definition and gives its id.
   */
  namedEnum(p: Schema, service: string, ref: (definition: string) => string | undefined): string | undefined {
    const list = p.type === 'array' && isSchema(p.items);
    const values = (list ? (p.items as Schema) : p).enum;
    if (!Array.isArray(values)) return undefined;
    const found = new Map<string, string>();
    for (const definition of this.enums.get(values.join(',')) ?? []) {
      const id = this.names.canonical(definition)!;
      if (inUnit(id, service) || id.startsWith(`${service}.`)) found.set(id, definition);
    }
    const id = found.size === 1 ? ref([...found.values()][0]!) : undefined;
    return id === undefined ? undefined : list ? `${p.uniqueItems === true ? 'set' : 'list'}<${id}>` : id;
  }

  /**
   * The structure whose fields are `params`, in order, with agreeing types, declared in the
   * service's unit or one enclosing it. `strict`: the prose must agree too (no prefix says the
   * parameters belong together). Several: the one declared closest to the service.
   */
  match(params: Schema[], service: string, strict: boolean): Candidate | 'ambiguous' | undefined {
    const found: Candidate[] = [];
    for (const definition of this.byKeys.get(params.map((p) => String(p.name)).join(',')) ?? []) {
      const schema = this.defs[definition] as Schema;
      const props = schema.properties as Schema;
      const id = this.names.canonical(definition)!;
      if (!inUnit(id, service)) continue;
      if (!params.every((p) => agrees(p, props[String(p.name)]))) continue;
      const sameProse = params.every((p) => {
        const prop = props[String(p.name)] as Schema;
        return refOf(prop) !== undefined || (prop.description ?? '') === (p.description ?? '');
      });
      const required = Array.isArray(schema.required) && schema.required.length > 0;
      if (!strict || sameProse) found.push({ definition, id, sameProse, required });
    }
    const prose = found.some((c) => c.sameProse) ? found.filter((c) => c.sameProse) : found;
    const ids = [...new Set(prose.map((c) => c.id))];
    if (ids.length <= 1) return prose.find((c) => c.id === ids[0]);
    const depth = (id: string): number => id.split('.').length;
    const deepest = Math.max(...ids.map(depth));
    const best = ids.filter((id) => depth(id) === deepest);
    return best.length === 1 ? prose.find((c) => c.id === best[0]) : 'ambiguous';
  }
}

/** A type declared in the service's unit or one enclosing it. */
function inUnit(id: string, service: string): boolean {
  const unit = id.slice(0, id.lastIndexOf('.'));
  return service === unit || service.startsWith(`${unit}.`);
}

/** A parameter as the file lists it agrees with a property: same JSON type (a `$ref` is written as text). */
function agrees(param: unknown, prop: unknown): boolean {
  if (!isSchema(param) || !isSchema(prop)) return false;
  if (refOf(prop) !== undefined) return param.type === 'string' || param.type === undefined;
  if (prop.type !== param.type) return false;
  return prop.type !== 'array' || agrees(param.items, prop.items);
}

/**
 * Groups `params` (the query or form parameters of one /api operation) into structure
 * parameters. `rest`: the query parameter names of the /rest twin (when it has any), whose
 * `prefix.field` names say which parameters belong together and the parameter's name; without
 * them, the longest runs of parameters that are exactly the fields of one structure, prose included.
 */
export function fieldGroups(
  index: FieldIndex,
  service: string,
  params: Schema[],
  rest: string[] | undefined,
  log: ImportLog,
  pointerOf: (p: Schema) => string,
): FieldGroup[] {
  const out: FieldGroup[] = [];
  const group = (name: string | undefined, fields: Schema[], c: Candidate): void => {
    const guessed = name ?? (/(^|_)filter(_spec)?$/.test(c.id.slice(c.id.lastIndexOf('.') + 1)) ? 'filter' : 'spec');
    if (name === undefined)
      log.warn(
        'param-name',
        `the file lists the fields of ${c.id} (${fields.map((f) => String(f.name)).join(', ')}) without the parameter's name; named '${guessed}'`,
        pointerOf(fields[0]!),
        'rename it in an overlay (params: { <name>: { rename: … } }); the bindings facts name it where they cover the operation',
      );
    out.push({ name: guessed, type: c.id, definition: c.definition, required: c.required, fields });
  };
  const prefixed = new Map<string, string[]>();
  for (const n of rest ?? []) {
    const dot = n.indexOf('.');
    if (dot > 0) prefixed.set(n.slice(0, dot), [...(prefixed.get(n.slice(0, dot)) ?? []), n.slice(dot + 1)]);
  }
  if (rest !== undefined) {
    for (const [prefix, names] of prefixed) {
      const fields = params.filter((p) => names.includes(String(p.name)));
      const c = fields.length === names.length ? index.match(fields, service, false) : undefined;
      if (c === undefined || c === 'ambiguous') {
        log.warn(
          'query-structure',
          `the /rest twin sends ${prefix}.{${names.join(', ')}}, but ${c === 'ambiguous' ? 'several structures have' : 'no structure of the file has'} these fields as the /api operation lists them; imported as separate parameters`,
          pointerOf(fields[0] ?? params[0]!),
          'declare the parameter in an overlay',
        );
        continue;
      }
      group(prefix, fields, c);
    }
    return out;
  }
  for (let i = 0; i < params.length;) {
    let j = params.length;
    for (; j > i; j--) {
      const c = index.match(params.slice(i, j), service, true);
      if (c === undefined || c === 'ambiguous') continue;
      group(undefined, params.slice(i, j), c);
      break;
    }
    i = j > i ? j : i + 1;
  }
  return out;
}

/**
 * The structure parameters of one /api operation whose fields `declared` lists: query fields
 * (grouped by the /rest twin's prefixes when it has query parameters) and form fields. Each
 * field maps to its group, the first of a group to the group and the others to null.
 */
export function groupFields(
  index: FieldIndex,
  log: ImportLog,
  service: string,
  declared: Schema[],
  restDeclared: Schema[] | undefined,
  pointerOf: (p: Schema) => string,
): { grouped: Map<Schema, FieldGroup | null>; form: boolean } {
  const restQuery = restDeclared?.filter((d) => d.in === 'query').map((d) => String(d.name));
  const inQuery = declared.filter((d) => d.in === 'query');
  const query = fieldGroups(index, service, inQuery, restQuery?.length ? restQuery : undefined, log, pointerOf);
  const inForm = declared.filter((d) => d.in === 'formData');
  const form = fieldGroups(index, service, inForm, undefined, log, pointerOf);
  const grouped = new Map<Schema, FieldGroup | null>();
  for (const f of [...query, ...form]) f.fields.forEach((p, i) => grouped.set(p, i === 0 ? f : null));
  return { grouped, form: form.length > 0 };
}
