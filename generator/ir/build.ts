// Stage 3: the IR. Takes the checked spec, resolves references (already typed by the checker),
// decides every name through ./names.ts and computes which way each type travels.
import { typeLeaves } from '../model/fold.js';
import { byCode, byId } from '../model/order.js';
import { pathParams } from '../model/paths.js';
import { unwrapOptional, type VapiType } from '../model/types.js';
import type { Checked } from '../spec/validate.js';
import type { SpecField, SpecOperation, SpecStructure, SpecUnit } from '../spec/model.js';
import type {
  Direction,
  Ir,
  IrEnum,
  IrErrorType,
  IrField,
  IrOperation,
  IrParam,
  IrResource,
  IrService,
  IrStructure,
  IrUnion,
} from './model.js';
import {
  accessorPath,
  camel,
  errorClassName,
  identifier,
  NameRegistry,
  pascal,
  resourceIdName,
  serviceModule,
  TAKEN_GLOBALS,
  typeNameFor,
} from './names.js';

const STANDARD_ERROR_FIELDS = new Set(['messages', 'data', 'error_type']);

function doc<T extends { description?: string; since?: string; deprecated?: unknown }>(
  n: T,
): Pick<IrField, 'description' | 'since' | 'deprecated'> {
  const out: Pick<IrField, 'description' | 'since' | 'deprecated'> = {};
  if (n.description !== undefined) out.description = n.description;
  if (n.since !== undefined) out.since = n.since;
  if (n.deprecated !== undefined) out.deprecated = n.deprecated as IrField['deprecated'];
  return out;
}

export function buildIr(checked: Checked): Ir {
  const { spec, types } = checked;
  const root = spec.api.root;
  const typeOf = (node: object): VapiType => types.get(node)!;
  const field = (f: SpecField): IrField => {
    const { type, optional } = unwrapOptional(typeOf(f));
    return { name: f.name, type, optional, ...doc(f) };
  };

  // Declarations in canonical-id order: names are claimed in this order, so output never depends on file order.
  const names = new NameRegistry(TAKEN_GLOBALS);
  const structures: IrStructure[] = [];
  const enums: IrEnum[] = [];
  const errors: IrErrorType[] = [];
  const units = [...spec.units].sort((a, b) => byCode(`${a.id}:${a.kind}`, `${b.id}:${b.kind}`));
  for (const unit of units) {
    for (const s of unit.structures) {
      const fields = s.fields.map(field);
      structures.push({
        id: `${unit.id}.${s.name}`,
        unit: unit.id,
        tsName: '',
        fields,
        unions: [],
        direction: { input: false, output: false },
        ...doc(s),
      });
    }
    for (const e of unit.enums) {
      enums.push({
        id: `${unit.id}.${e.name}`,
        unit: unit.id,
        tsName: '',
        values: e.values.map((v) => ({ value: v.value, ...doc(v) })),
        ...(e.default !== undefined ? { default: e.default } : {}),
        direction: { input: false, output: false },
        ...doc(e),
      });
    }
    for (const e of unit.errors) {
      errors.push({
        id: `${unit.id}.${e.name}`,
        errorType: e.errorType,
        className: '',
        extraFields: e.fields.filter((f) => !STANDARD_ERROR_FIELDS.has(f.name)).map(field),
        ...doc(e),
      });
    }
  }
  structures.sort(byId);
  enums.sort(byId);
  errors.sort(byId);
  for (const e of errors) e.className = names.claim(errorClassName(e.id));
  const enumById = new Map(enums.map((e) => [e.id, e]));
  // Types named in a stable order: enums and structures together, by id.
  const typed = [...structures, ...enums].sort(byId);
  for (const t of typed) t.tsName = names.claim(typeNameFor(t.id, root));

  // Unions: one case per enum value, in enum order, with required/optional split by the field's optionality.
  const specStructs = new Map<string, SpecStructure>(
    spec.units.flatMap((u) => u.structures.map((s) => [`${u.id}.${s.name}`, s] as [string, SpecStructure])),
  );
  for (const s of structures) {
    const src = specStructs.get(s.id)!;
    const fieldByName = new Map(s.fields.map((f) => [f.name, f]));
    s.unions = src.unions.map((u): IrUnion => {
      const disc = fieldByName.get(u.discriminant)!;
      const en = enumById.get((disc.type as { id: string }).id)!;
      return {
        discriminant: u.discriminant,
        cases: en.values.map((v) => {
          const listed = u.cases.get(v.value)?.fields ?? [];
          return {
            value: v.value,
            required: listed.filter((n) => !fieldByName.get(n)!.optional),
            optional: listed.filter((n) => fieldByName.get(n)!.optional),
            tsName: '',
          };
        }),
      };
    });
  }

  const errorIdOf = (e: object): string => checked.errorIds.get(e)!;
  const services = buildServices(
    units.filter((u) => u.kind === 'service'),
    root,
    names,
    typeOf,
    errorIdOf,
    errors,
  );
  const structById = new Map(structures.map((s) => [s.id, s]));
  markDirections(services, structById, enumById);

  // Union case names come after the directions (only types read from the server get an `Other` case).
  for (const s of structures) {
    for (const u of s.unions) {
      const prefix = s.unions.length > 1 ? `${s.tsName}${pascal(u.discriminant)}` : s.tsName;
      for (const c of u.cases) c.tsName = names.claim(`${prefix}${pascal(c.value) || 'Case'}`);
      if (s.direction.output) u.otherName = names.claim(`${prefix}Other`);
    }
  }

  return {
    apiVersion: spec.api.apiVersion,
    root,
    ...(spec.api.title ? { title: spec.api.title } : {}),
    package: { ...spec.api.package },
    services,
    structures,
    enums,
    errors,
    resources: collectResources(services, structures, names),
  };
}

function buildServices(
  units: SpecUnit[],
  root: string,
  names: NameRegistry,
  typeOf: (n: object) => VapiType,
  errorIdOf: (e: object) => string,
  errors: IrErrorType[],
): IrService[] {
  const errorById = new Map(errors.map((e) => [e.id, e]));
  const modules = new NameRegistry();
  const services: IrService[] = units.map((unit) => {
    const accessor = accessorPath(unit.id, root);
    const className = names.claim(`${pascal(accessor.join('_')) || 'Root'}Service`);
    let module = serviceModule(unit.id, root);
    if (modules.has(module.toLowerCase())) module = modules.claim(module.toLowerCase());
    else modules.claim(module.toLowerCase());
    const base = className.replace(/Service\d*$/, '');
    const methods = new NameRegistry(['constructor', 'transport']);
    const ops = [...unit.operations].sort((a, b) => byCode(a.name, b.name));
    return {
      id: unit.id,
      accessor,
      className,
      module,
      ...doc(unit),
      operations: ops.map((op) =>
        buildOperation(unit.id, op, methods.claim(safeMethod(op.name)), base, names, typeOf, errorIdOf, errorById),
      ),
    };
  });
  // Child accessors must not hide a method of the parent service.
  for (const s of services) {
    const parent = services.find(
      (p) => p.accessor.length === s.accessor.length - 1 && p.accessor.every((a, i) => a === s.accessor[i]),
    );
    const last = s.accessor[s.accessor.length - 1]!;
    if (parent?.operations.some((o) => o.method === last))
      s.accessor[s.accessor.length - 1] = `${last.replace(/_$/, '')}Service`;
  }
  return services.sort(byId);
}

function safeMethod(name: string): string {
  const m = camel(name) || 'call';
  // `then` would make a service object thenable (await would call it).
  return m === 'constructor' || m === '__proto__' || m === 'then' ? `${m}_` : m;
}

function buildOperation(
  service: string,
  op: SpecOperation,
  method: string,
  base: string,
  names: NameRegistry,
  typeOf: (n: object) => VapiType,
  errorIdOf: (e: object) => string,
  errorById: Map<string, IrErrorType>,
): IrOperation {
  const api = op.http.api;
  const inPath = new Set([...pathParams(api.path), ...(op.http.rest ? pathParams(op.http.rest.path) : [])]);
  const hasBody = api.method !== 'GET' && api.method !== 'DELETE';
  const params = new NameRegistry(['options']);
  return {
    id: `${service}.${op.name}`,
    service,
    name: op.name,
    method,
    ...doc(op),
    params: op.params.map((p): IrParam => {
      const { type, optional } = unwrapOptional(typeOf(p));
      return {
        name: p.name,
        tsName: params.claim(identifier(camel(p.name) || p.name, 'param')),
        type,
        optional,
        in: p.in ?? (inPath.has(p.name) ? 'path' : hasBody ? 'body' : 'query'),
        ...doc(p),
      };
    }),
    ...(op.result ? { result: typeOf(op.result) } : {}),
    ...(op.result?.description ? { resultDescription: op.result.description } : {}),
    errors: op.errors
      .map((e) => {
        const id = errorIdOf(e);
        return {
          id,
          errorType: errorById.get(id)!.errorType,
          ...(e.when ? { when: e.when } : {}),
          ...(e.data ? { data: unwrapOptional(typeOf(e)).type } : {}),
        };
      })
      .sort(byId),
    privileges: op.privileges.map((p) => ({
      ...(p.param !== undefined ? { param: p.param } : {}),
      ...(p.resource !== undefined ? { resource: p.resource } : {}),
      require: [...p.require],
    })),
    http: {
      api: { method: api.method, path: api.path, ...(api.body !== undefined ? { body: api.body } : {}) },
      rest: op.http.rest ? { method: op.http.rest.method, path: op.http.rest.path } : null,
    },
    errorTypeName: names.claim(`${base}${pascal(method)}Error`),
    functionName: names.claim(identifier(`${base.charAt(0).toLowerCase()}${base.slice(1)}${pascal(method)}`, 'call')),
  };
}

function markDirections(services: IrService[], structs: Map<string, IrStructure>, enums: Map<string, IrEnum>): void {
  const mark = (t: VapiType, dir: keyof Direction, seen: Set<string>): void => {
    for (const l of typeLeaves(t)) {
      if (l.kind === 'enum') enums.get(l.id)!.direction[dir] = true;
      if (l.kind !== 'ref' || seen.has(l.id)) continue;
      seen.add(l.id);
      const s = structs.get(l.id)!;
      s.direction[dir] = true;
      for (const f of s.fields) mark(f.type, dir, seen);
    }
  };
  for (const s of services) {
    for (const op of s.operations) {
      for (const p of op.params) mark(p.type, 'input', new Set());
      if (op.result) mark(op.result, 'output', new Set());
      for (const e of op.errors) if (e.data) mark(e.data, 'output', new Set());
    }
  }
}

function collectResources(services: IrService[], structures: IrStructure[], names: NameRegistry): IrResource[] {
  const found = new Set<string>();
  const walk = (t: VapiType): void => {
    for (const l of typeLeaves(t)) if (l.kind === 'id' && l.resource) found.add(l.resource);
  };
  for (const s of services)
    for (const op of s.operations) {
      for (const p of op.params) walk(p.type);
      if (op.result) walk(op.result);
    }
  for (const s of structures) for (const f of s.fields) walk(f.type);
  // Short names (last segment) first; a clash falls back to more segments.
  const list = [...found].sort();
  const counts = new Map<string, number>();
  for (const r of list) counts.set(resourceIdName(r), (counts.get(resourceIdName(r)) ?? 0) + 1);
  return list.map((type) => {
    let tsName = resourceIdName(type);
    if ((counts.get(tsName) ?? 0) > 1)
      tsName = identifier(`${pascal(type.replace(/^com\.vmware\./, '').replace(/\./g, '_'))}Id`);
    return { type, tsName: names.claim(tsName) };
  });
}
