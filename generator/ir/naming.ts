// The naming stage: every name of the generated package is decided here, in one fixed order, from
// the rules in names.ts: type, class, function and constant names, accessors, method and parameter
// names, module paths, the names of openapi.json (tags, operationIds) and the package's commands
// (`bin`). Emitters only read them.
// Names the package's own code declares are reserved first, so no spec name can take one.
import { byCode, byId } from '../model/order.js';
import type { Ir, IrService } from './model.js';
import { WAITS } from './waits.js';
import {
  accessorPath,
  accessorSegment,
  camel,
  CLIENT_MEMBERS,
  clientInterfaceName,
  errorClassName,
  fakeCommandName,
  identifier,
  NameRegistry,
  openApiOperationId,
  openApiTag,
  pascal,
  relativeSegments,
  resourceIdName,
  safeMethod,
  serviceModule,
  typeNameFor,
  upperSnake,
} from './names.js';

/** An accessor that api.yaml gives a service outside the root and that the client cannot have. */
export interface AccessorClash {
  service: string;
  accessor: string;
  /** What already has the name: a member of the client, or the accessor of the services below `root.x`. */
  with: string;
}

/**
 * Names for everything in `ir`, which comes with its services in the order their names are
 * claimed (a name already taken gets a number: `GetFoo2`). `reserved`: names the package takes
 * besides the spec's (its runtime's exports, the globals its code uses). `outside`: the services
 * outside the root with their accessors (api.yaml's `accessors:`); their names are claimed after
 * those of the root's services, so that adding them never renames what was there. Returns the
 * accessors that clash (the caller reports them at their place in api.yaml).
 */
export function decideNames(
  ir: Ir,
  reserved: Iterable<string>,
  outside: ReadonlyMap<string, string> = new Map(),
): AccessorClash[] {
  // openapi.json names the /rest form of an error `<Error>.Rest`, the /rest form of a structure
  // that reaches a map `<Structure>.Rest` (its union parts `<Part>.Rest`), and the form with an
  // operation's typed data `<Error>.<Data structure>`: no structure may be named `Rest`.
  const taken = [...reserved];
  const names = new NameRegistry([...taken, 'Rest']);
  ir.clientName = names.claim(clientInterfaceName(ir.root));
  ir.fakeCommand = fakeCommandName(ir.package.name);
  // The waiting helpers the package has (exported functions beside the spec's names).
  for (const w of ir.waits) w.name = names.claim(WAITS.find((x) => x.kind === w.kind)!.name);
  for (const e of ir.errors) e.className = names.claim(errorClassName(e.id));
  if (ir.errorValue) ir.errorValue.tsName = names.claim('VapiErrorValue');
  // Enums and structures together, by id; those of services outside the root after the others,
  // named after the service's last segment (VmFilterSpec, not VcenterVmFilterSpec) unless that is
  // taken, then in full.
  const types = [...ir.structures, ...ir.enums].sort(byId);
  for (const t of types) if (!outside.has(t.unit)) t.tsName = names.claim(typeNameFor(t.id, ir.root));
  for (const t of types) {
    if (!outside.has(t.unit)) continue;
    const short = identifier(`${pascal(lastSegment(t.unit))}${typeNameFor(t.id, t.unit)}`, 'Type');
    t.tsName = names.claim(names.has(short) ? typeNameFor(t.id, ir.root) : short);
  }
  // Task methods come with a runtime that starts tasks (a runtime of --templates may lack it).
  serviceNames(ir, names, outside, taken.includes('startTask'));
  const clashes = accessors(ir, outside);
  // Union parts come after the directions: only types read from the server get an `Other` case.
  for (const s of ir.structures) {
    if (s.unions.length > 1) s.commonName = names.claim(`${s.tsName}Common`);
    for (const u of s.unions) {
      const prefix = s.unions.length > 1 ? `${s.tsName}${pascal(u.discriminant)}` : s.tsName;
      for (const c of u.cases) c.tsName = names.claim(`${prefix}${pascal(c.value) || 'Case'}`);
      if (u.optional) u.unsetName = names.claim(`${s.tsName}Without${pascal(u.discriminant)}`);
      if (s.direction.output) u.otherName = names.claim(`${prefix}Other`);
    }
    // Sent too: requests take the known cases only.
    if (s.unions.length && s.direction.output && s.direction.input) s.knownName = names.claim(`${s.tsName}Known`);
  }
  resourceNames(ir, names);
  openApiNames(ir);
  return clashes;
}

const lastSegment = (id: string): string => id.slice(id.lastIndexOf('.') + 1);

function serviceNames(ir: Ir, names: NameRegistry, outside: ReadonlyMap<string, string>, tasks: boolean): void {
  const modules = new NameRegistry();
  // The root's services first (in their order), then those outside it.
  const ordered = [...ir.services.filter((s) => !outside.has(s.id)), ...ir.services.filter((s) => outside.has(s.id))];
  for (const s of ordered) {
    // A service outside the root is named by its last segment: VmService, services/vm.ts.
    const own = outside.has(s.id) ? [lastSegment(s.id)] : accessorPath(s.id, ir.root);
    s.className = names.claim(`${pascal(own.join('_')) || 'Root'}Service`);
    // Module paths differ in more than case (file systems that ignore case).
    const module = outside.has(s.id) ? serviceModule(lastSegment(s.id), '') : serviceModule(s.id, ir.root);
    const folded = module.toLowerCase();
    s.module = modules.has(folded) ? modules.claim(folded) : module;
    if (s.module === module) modules.claim(folded);
    const base = s.className.replace(/Service\d*$/, '');
    const methods = new NameRegistry(['constructor', 'transport']);
    // The service module's constants (one OperationInfo per operation).
    const consts = new NameRegistry();
    for (const op of s.operations) {
      op.method = methods.claim(safeMethod(op.name));
      op.errorTypeName = names.claim(`${base}${pascal(op.method)}Error`);
      op.functionName = names.claim(
        identifier(`${base.charAt(0).toLowerCase()}${base.slice(1)}${pascal(op.method)}`, 'call'),
      );
      op.constName = consts.claim(`OP_${upperSnake(op.method)}`);
      // Parameters share a scope with the transport and options the generated function takes, and
      // the method's body calls the function.
      // (A task form's function also calls the runtime's startTask.)
      const params = new NameRegistry(['options', 'transport', op.functionName, ...(op.task ? ['startTask'] : [])]);
      for (const p of op.params) p.tsName = params.claim(identifier(camel(p.name) || p.name, 'param'));
    }
    // The methods that start an operation as a task (`cloneTask`), after every plain method.
    for (const op of s.operations) {
      if (!op.task || !tasks) continue;
      op.task.method = methods.claim(`${op.method.replace(/_$/, '')}Task`);
      op.task.functionName = names.claim(`${op.functionName}Task`);
    }
  }
}

/**
 * Accessors mirror the service ids below the root (client.hardware.cdrom), one segment per id
 * segment. A segment must not be a member of its parent: a method of the parent service, or, at
 * the top, a member of the client itself (transport, login, logout, withResult); such a segment
 * becomes `<segment>Service`, for every service below it too. Siblings never share a segment.
 */
function accessors(ir: Ir, outside: ReadonlyMap<string, string>): AccessorClash[] {
  // Keyed by the id's own segments: two ids that camelCase alike are two accessors, unless they
  // are one service and packages of others (`com.vmware.vcenter.VM` and the services below
  // `com.vmware.vcenter.vm`): then one accessor, the service with the others below it.
  const paths = mergedPaths(
    new Map(ir.services.filter((s) => !outside.has(s.id)).map((s) => [s, relativeSegments(s.id, ir.root)])),
  );
  const byPath = new Map<string, IrService>([...paths].map(([s, segments]) => [segments.join('.'), s]));
  const decided = new Map<string, string>();
  const siblings = new Map<string, NameRegistry>();
  for (const [, path] of paths) {
    for (let d = 1; d <= path.length; d++) {
      const key = path.slice(0, d).join('.');
      if (decided.has(key)) continue;
      const parentKey = path.slice(0, d - 1).join('.');
      const taken = d === 1 ? CLIENT_MEMBERS : (byPath.get(parentKey)?.operations.map((o) => o.method) ?? []);
      let segment = accessorSegment(path[d - 1]!);
      if (taken.includes(segment)) segment = `${segment.replace(/_$/, '')}Service`;
      const level = siblings.get(parentKey) ?? new NameRegistry();
      siblings.set(parentKey, level);
      decided.set(key, level.claim(segment));
    }
  }
  for (const [s, path] of paths) s.accessor = path.map((_, d) => decided.get(path.slice(0, d + 1).join('.'))!);
  // Services outside the root: the accessor api.yaml gives them, at the top; never renamed.
  const top = new Map<string, string>([...decided].filter(([k]) => !k.includes('.')).map(([k, v]) => [v, k]));
  const clashes: AccessorClash[] = [];
  for (const s of ir.services) {
    const name = outside.get(s.id);
    if (name === undefined) continue;
    s.accessor = [name];
    const root = top.get(name);
    if (CLIENT_MEMBERS.includes(name) || root !== undefined)
      clashes.push({
        service: s.id,
        accessor: name,
        with: root !== undefined ? `the accessor of the services below ${ir.root}.${root}` : 'a member of the client',
      });
  }
  return clashes;
}

/**
 * Id segments of sibling nodes that camelCase alike, at most one of them a service itself, are one
 * node (spelled as the service spells it): the services below either hang below that node.
 */
function mergedPaths(paths: Map<IrService, string[]>): Map<IrService, string[]> {
  const depth = Math.max(0, ...[...paths.values()].map((p) => p.length));
  for (let d = 0; d < depth; d++) {
    const groups = new Map<string, { segments: Set<string>; services: Set<string> }>();
    for (const path of paths.values()) {
      if (path.length <= d) continue;
      const key = `${path.slice(0, d).join('.')}\0${accessorSegment(path[d]!)}`;
      const g = groups.get(key) ?? { segments: new Set(), services: new Set() };
      g.segments.add(path[d]!);
      if (path.length === d + 1) g.services.add(path[d]!);
      groups.set(key, g);
    }
    for (const [key, g] of groups) {
      if (g.segments.size < 2 || g.services.size > 1) continue;
      const spelling = [...g.services][0] ?? [...g.segments].sort(byCode)[0]!;
      const inGroup = [...paths.values()].filter(
        (path) => path.length > d && `${path.slice(0, d).join('.')}\0${accessorSegment(path[d]!)}` === key,
      );
      // Not when two services would become one (`VM.hardware` and `vm.hardware`, both services).
      const merged = inGroup.map((path) => [...path.slice(0, d), spelling, ...path.slice(d + 1)].join('.'));
      if (new Set(merged).size < merged.length) continue;
      for (const path of inGroup) path[d] = spelling;
    }
  }
  return paths;
}

/** Short names (the resource type's last segment) where only one resource has it; else more segments. */
function resourceNames(ir: Ir, names: NameRegistry): void {
  const counts = new Map<string, number>();
  for (const r of ir.resources) counts.set(resourceIdName(r.type), (counts.get(resourceIdName(r.type)) ?? 0) + 1);
  for (const r of ir.resources) {
    let tsName = resourceIdName(r.type);
    if ((counts.get(tsName) ?? 0) > 1)
      tsName = identifier(`${pascal(r.type.replace(/^com\.vmware\./, '').replace(/\./g, '_'))}Id`);
    r.tsName = names.claim(tsName);
  }
}

/** openapi.json's tags (one per service) and operationIds: /api ones first, then /rest ones, by service id. */
function openApiNames(ir: Ir): void {
  const services = [...ir.services].sort(byId);
  const tags = new NameRegistry();
  for (const s of services) s.tag = tags.claim(openApiTag(s.id));
  const ids = new NameRegistry();
  for (const style of ['api', 'rest'] as const)
    for (const s of services)
      for (const op of [...s.operations].sort((a, b) => byCode(a.name, b.name))) {
        const id = (task = false): string => ids.claim(openApiOperationId(s.id, op.name, style, task));
        if (style === 'api') op.operationId.api = id();
        else if (op.http.rest) op.operationId.rest = id();
        // The task form of an operation that also has the plain one.
        if (op.task?.mode !== 'both') continue;
        if (style === 'api') op.operationId.apiTask = id(true);
        else if (op.http.rest) op.operationId.restTask = id(true);
      }
}
