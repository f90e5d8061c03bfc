// Stage 3: the IR. Takes the checked spec (its types already resolved), lays out services,
// operations, structures, enums and errors in canonical-id order, computes which way each type
// travels, and has naming.ts decide every name.
import { typeLeaves } from '../model/fold.js';
import { docOf } from '../model/doc.js';
import { byCode, byId } from '../model/order.js';
import { unwrapOptional, type VapiType } from '../model/types.js';
import type { SpecField, SpecStructure, SpecUnit } from '../spec/model.js';
import type { Checked } from '../spec/validate.js';
import type {
  Direction,
  Ir,
  IrEnum,
  IrErrorType,
  IrErrorValue,
  IrField,
  IrService,
  IrStructure,
  IrUnion,
} from './model.js';
import { TASK_RESOURCE } from './model.js';
import { DiagnosticError } from '../diagnostics.js';
import { defaultRuntime } from '../templates/load.js';
import { reservedNames } from './names.js';
import { decideNames } from './naming.js';
import { operationOf } from './operations.js';
import { waitsOf } from './waits.js';

const STANDARD_ERROR_FIELDS = new Set(['messages', 'data', 'error_type']);

const undirected = (): Direction => ({ input: false, output: false });

/**
 * The IR of a checked spec. `runtimeNames`: the names the package's runtime exports (no generated
 * name may be one of them); by default those of the default templates' runtime.
 */
export function buildIr(checked: Checked, runtimeNames: Iterable<string> = defaultRuntime().names): Ir {
  const { spec, types } = checked;
  const exported = [...runtimeNames];
  const typeOf = (node: object): VapiType => types.get(node)!;
  const field = (f: SpecField): IrField => {
    const { type, optional } = unwrapOptional(typeOf(f));
    return { name: f.name, type, optional, ...docOf(f) };
  };

  // Units in canonical-id order: names are claimed in this order, so output never depends on file order.
  const units = [...spec.units].sort((a, b) => byCode(`${a.id}:${a.kind}`, `${b.id}:${b.kind}`));
  const structures: IrStructure[] = [];
  const enums: IrEnum[] = [];
  const errors: IrErrorType[] = [];
  for (const unit of units) {
    for (const s of unit.structures) {
      const id = `${unit.id}.${s.name}`;
      structures.push({
        id,
        unit: unit.id,
        tsName: '',
        fields: s.fields.map(field),
        unions: [],
        direction: undirected(),
        ...docOf(s),
      });
    }
    for (const e of unit.enums) {
      enums.push({
        id: `${unit.id}.${e.name}`,
        unit: unit.id,
        tsName: '',
        values: e.values.map((v) => ({ value: v.value, ...docOf(v) })),
        ...(e.default !== undefined ? { default: e.default } : {}),
        direction: undirected(),
        ...docOf(e),
      });
    }
    for (const e of unit.errors) {
      const extraFields = e.fields.filter((f) => !STANDARD_ERROR_FIELDS.has(f.name)).map(field);
      errors.push({ id: `${unit.id}.${e.name}`, errorType: e.errorType, className: '', extraFields, ...docOf(e) });
    }
  }
  structures.sort(byId);
  enums.sort(byId);
  errors.sort(byId);
  const enumById = new Map(enums.map((e) => [e.id, e]));
  const specStructs = new Map<string, SpecStructure>(
    spec.units.flatMap((u) => u.structures.map((s) => [`${u.id}.${s.name}`, s] as [string, SpecStructure])),
  );
  for (const s of structures) s.unions = unionsOf(s, specStructs.get(s.id)!, enumById);

  const errorById = new Map(errors.map((e) => [e.id, e]));
  const serviceUnits = units.filter((u) => u.kind === 'service');
  const services = serviceUnits.map((unit): IrService => {
    const ops = [...unit.operations].sort((a, b) => byCode(a.name, b.name));
    return {
      id: unit.id,
      accessor: [],
      className: '',
      module: '',
      tag: '',
      ...docOf(unit),
      operations: ops.map((op) => operationOf(unit.id, op, typeOf, (e) => checked.errorIds.get(e)!, errorById)),
    };
  });
  const errorValue: IrErrorValue | undefined = usesException(services, structures)
    ? { tsName: '', fields: errorValueFields(units, field) }
    : undefined;
  markDirections(services, new Map(structures.map((s) => [s.id, s])), enumById, errorValue);

  const ir: Ir = {
    apiVersion: spec.api.apiVersion,
    root: spec.api.root,
    ...(spec.api.title ? { title: spec.api.title } : {}),
    package: { ...spec.api.package },
    clientName: '',
    fakeCommand: '',
    services,
    structures,
    enums,
    errors,
    resources: resourceTypes(services, structures).map((type) => ({ type, tsName: '' })),
    // The helpers need the runtime's waitFor (a runtime of --templates may lack it).
    waits: exported.includes('waitFor') ? waitsOf(services, structures, enums) : [],
    ...(errorValue ? { errorValue } : {}),
  };
  // Services are named in the order of their units (above), then listed by id.
  const accessors = spec.api.accessors;
  const clashes = decideNames(ir, reservedNames(exported), new Map(accessors.map((a) => [a.service, a.name])));
  if (clashes.length)
    throw new DiagnosticError(
      clashes.map((c) => ({
        severity: 'error',
        rule: 'accessor-clash',
        message: `accessor '${c.accessor}' of '${c.service}' is already ${c.with}`,
        loc: accessors.find((a) => a.service === c.service)!.nameLoc,
        fix: 'choose another name',
      })),
    );
  services.sort(byId);
  return ir;
}

/** Unions: one case per enum value, in enum order, required/optional split by the field's optionality. */
function unionsOf(s: IrStructure, src: SpecStructure, enumById: Map<string, IrEnum>): IrUnion[] {
  const fieldByName = new Map(s.fields.map((f) => [f.name, f]));
  return src.unions.map((u): IrUnion => {
    const disc = fieldByName.get(u.discriminant)!;
    const en = enumById.get((disc.type as { id: string }).id)!;
    return {
      discriminant: u.discriminant,
      optional: disc.optional,
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

/** Marks each structure and enum with the ways it travels: sent (parameters), read (results, error data). */
function markDirections(
  services: IrService[],
  structs: Map<string, IrStructure>,
  enums: Map<string, IrEnum>,
  errorValue: IrErrorValue | undefined,
): void {
  const mark = (t: VapiType, dir: keyof Direction, seen: Set<string>): void => {
    for (const l of typeLeaves(t)) {
      if (l.kind === 'enum') enums.get(l.id)!.direction[dir] = true;
      // An error value has the fields of the standard errors (their messages and error types).
      if (l.kind === 'primitive' && l.name === 'exception' && !seen.has('exception')) {
        seen.add('exception');
        for (const f of errorValue!.fields) mark(f.type, dir, seen);
      }
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

/** The resource types of every id the API uses (in parameters, results and fields), sorted. */
function resourceTypes(services: IrService[], structures: IrStructure[]): string[] {
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
  // A task-only operation's method returns the id of the task it starts.
  if (services.some((s) => s.operations.some((o) => o.task?.mode === 'only'))) found.add(TASK_RESOURCE);
  return [...found].sort();
}

/**
 * The type of `exception` values: the fields of the standard base error
 * (`com.vmware.vapi.std.errors.error`: messages, data, error_type) when the spec declares it,
 * else those fields of any error type, else plain stand-ins.
 */
function errorValueFields(units: SpecUnit[], field: (f: SpecField) => IrField): IrField[] {
  const all = units.flatMap((u) => u.errors.map((e) => ({ id: `${u.id}.${e.name}`, e })));
  const base = all.find((x) => x.id === BASE_ERROR) ?? all[0];
  if (base) return base.e.fields.filter((f) => STANDARD_ERROR_FIELDS.has(f.name)).map(field);
  return [
    { name: 'error_type', type: { kind: 'primitive', name: 'string' }, optional: true },
    { name: 'messages', type: { kind: 'list', of: { kind: 'primitive', name: 'opaque' } }, optional: false },
    { name: 'data', type: { kind: 'primitive', name: 'opaque' }, optional: true },
  ];
}

const BASE_ERROR = 'com.vmware.vapi.std.errors.error';

function usesException(services: IrService[], structures: IrStructure[]): boolean {
  const has = (t: VapiType): boolean =>
    [...typeLeaves(t)].some((l) => l.kind === 'primitive' && l.name === 'exception');
  return (
    structures.some((s) => s.fields.some((f) => has(f.type))) ||
    services.some((s) => s.operations.some((o) => o.params.some((p) => has(p.type)) || (o.result && has(o.result))))
  );
}
