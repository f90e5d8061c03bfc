// The vAPI model of a bindings wheel: its structures, enums, error types and services by canonical
// id, with types written in the spec's type language (spec/README.md), extended by the vAPI types
// that language lacks (see typeOf). Built from the raw module facts of module.mjs.
import { docParams, moduleName, readModule } from './module.mjs';

const PRIMITIVES = {
  'type.StringType': 'string',
  'type.IntegerType': 'long',
  'type.DoubleType': 'double',
  'type.BooleanType': 'boolean',
  'type.DateTimeType': 'datetime',
  'type.URIType': 'uri',
  'type.SecretType': 'secret',
  'type.BlobType': 'binary',
  'type.OpaqueType': 'opaque',
  'type.VoidType': 'void',
  'type.AnyErrorType': 'exception',
};
const KINDS = { 'type.StructType': 'structure', 'type.EnumType': 'enum', 'type.ErrorType': 'error' };
const TASK_TYPES = { 'TaskType.NONE': undefined, 'TaskType.TASK': 'TASK', 'TaskType.TASK_ONLY': 'TASK_ONLY' };

const str = (v, what) => {
  if (v?.t !== 'str') throw new Error(`${what}: expected a string literal`);
  return v.v;
};

/**
 * Resource types stated by the generated doc lines of a field or parameter, by position in its
 * type: `key` / `value` of a map, or `id` (the id itself, or the elements of a list or set).
 * Both the "must" (input) and "will" (output) lines are read; they must agree.
 * @param {string | undefined} text
 * @returns {{ id?: string[], key?: string[], value?: string[] }}
 */
export function docResourceTypes(text) {
  const out = {};
  if (!text) return out;
  const re =
    /(?:the (key|value) in the (?:attribute|parameter|return value) :class:`dict`|(?:the )?(?:attribute|parameter|return value)|the elements?) (?:must|will) (?:be an identifier|be identifiers|contain identifiers) for (?:the resource type: ?|one of these resource types: )((?:``[^`]+``(?:,? (?:or |and )?)?)+)/gi;
  for (const m of text.matchAll(re)) {
    const where = m[1] ? m[1].toLowerCase() : 'id';
    const types = [...m[2].matchAll(/``([^`]+)``/g)].map((x) => x[1]);
    const before = out[where];
    if (before && before.join() !== types.join())
      throw new Error(`doc lines disagree on the resource type: ${before.join(', ')} vs ${types.join(', ')}`);
    out[where] = types;
  }
  return out;
}

export class Bindings {
  /**
   * @param {Map<string, Buffer | string>} files wheel member path → content
   */
  constructor(files) {
    const meta = [...files].find(([p]) => /^[^/]+\.dist-info\/METADATA$/.test(p));
    if (!meta) throw new Error('no *.dist-info/METADATA: not a Python wheel');
    const header = (k) => new RegExp(`^${k}: (.+)$`, 'm').exec(String(meta[1]))?.[1]?.trim();
    /** Distribution name and version, from the wheel's METADATA. */
    this.name = header('Name');
    this.version = header('Version');
    /** Problems that are not fatal (the script reports them; the test expects none). */
    this.warnings = [];
    /** Module name → its text; modules are read when first needed (what the scope reaches). */
    this.texts = new Map();
    for (const [path, data] of files) if (/^com\/.*_client\.py$/.test(path)) this.texts.set(moduleName(path), data);
    /** @type {Map<string, import('./module.mjs').PyModule>} */
    this.modules = new Map();
    /** module:path → declaration; canonical id → declaration (of the modules read so far). */
    this.byPath = new Map();
    this.byId = new Map();
    /** Service id → service (of the modules read so far). */
    this.services = new Map();
  }

  /** A module, read and indexed on first use; undefined when the wheel lacks it. */
  module(name) {
    const done = this.modules.get(name);
    if (done || !this.texts.has(name)) return done;
    const m = readModule(name, String(this.texts.get(name)));
    this.modules.set(name, m);
    for (const [path, expr] of m.bindings) {
      const kind = KINDS[expr.fn];
      if (!kind) throw new Error(`${m.module}: ${path} has binding type ${expr.fn}`);
      const id = str(expr.args[0], `${m.module}: ${path}`);
      const decl = { kind, id, module: m.module, path, expr, cls: m.classes.get(path) };
      if (this.byId.has(id)) throw new Error(`${id} is declared twice (${m.module}: ${path})`);
      this.byPath.set(`${m.module}:${path}`, decl);
      this.byId.set(id, decl);
    }
    for (const cls of m.classes.values()) {
      const sid = cls.attrs.get('_VAPI_SERVICE_ID');
      if (!sid) continue;
      const id = str(sid, `${m.module}: ${cls.path}._VAPI_SERVICE_ID`);
      const rt = cls.attrs.get('RESOURCE_TYPE');
      this.services.set(id, { id, module: m.module, cls, resourceType: rt && str(rt, 'RESOURCE_TYPE') });
    }
    for (const stub of m.stubs) {
      const s = this.services.get(stub.iface);
      if (!s) throw new Error(`${m.module}: stub ${stub.path} is for ${stub.iface}, which no class of it declares`);
      s.stub = stub;
    }
    return m;
  }

  /** A service by id; it lives in the module of its package (`a.b.c` in `a.b_client`). */
  service(id) {
    this.module(`${id.slice(0, id.lastIndexOf('.'))}_client`);
    return this.services.get(id);
  }

  /** The declaration a ReferenceType names. */
  ref(expr, module) {
    const [mod, path] = expr.args;
    const m = mod.t === 'name' && mod.v === '__name__' ? module : str(mod, 'ReferenceType module');
    this.module(m);
    const decl = this.byPath.get(`${m}:${str(path, 'ReferenceType name')}`);
    if (!decl) throw new Error(`${module}: ReferenceType(${m}, ${path.v}) names nothing the wheel declares`);
    return decl;
  }

  /**
   * A binding type as a type expression: the spec's language (`optional<T>`, `list<T>`, `set<T>`,
   * `map<K,V>`, `id:<ResourceType>`, primitives, canonical ids of structures and enums) plus
   * `void`, `exception` (any vAPI error, AnyErrorType), `dynamic_structure` (any structure,
   * DynamicStructType) and `dynamic_structure<A|B>` (a structure with at least the fields of A or
   * B: DynamicStructType with HasFieldsOf), `id:A|B` (an id of one of several resource types) and
   * `id:<field>` … (see below). `hints`: resource types from the doc lines, for ids whose binding
   * type leaves them out.
   * @returns {string}
   */
  typeOf(expr, module, hints = {}, where = 'id') {
    if (expr?.t !== 'call') throw new Error(`${module}: not a binding type: ${JSON.stringify(expr)}`);
    const a = expr.args;
    if (expr.fn in PRIMITIVES) return PRIMITIVES[expr.fn];
    switch (expr.fn) {
      case 'type.OptionalType':
        return `optional<${this.typeOf(a[0], module, hints, where)}>`;
      case 'type.ListType':
        return `list<${this.typeOf(a[0], module, hints, where)}>`;
      case 'type.SetType':
        return `set<${this.typeOf(a[0], module, hints, where)}>`;
      case 'type.MapType':
        return `map<${this.typeOf(a[0], module, hints, 'key')},${this.typeOf(a[1], module, hints, 'value')}>`;
      case 'type.ReferenceType': {
        const d = this.ref(expr, module);
        return d.id;
      }
      case 'type.DynamicStructType': {
        const of = a[3]?.t === 'list' ? a[3].items.map((x) => this.typeOf(x, module)) : [];
        return of.length ? `dynamic_structure<${of.join('|')}>` : 'dynamic_structure';
      }
      case 'type.IdType': {
        const rt = expr.kw.resource_types;
        const field = expr.kw.resource_type_field_name;
        const stated = rt?.t === 'str' ? [rt.v] : rt?.t === 'list' ? rt.items.map((x) => str(x, 'resource type')) : [];
        const named = stated.filter((x) => x !== 'null');
        const doc = hints[where] ?? (where === 'value' ? undefined : hints.id);
        if (named.length && doc && doc.join() !== named.join())
          this.warnings.push(`${module}: ids of ${named.join('|')} are documented as ${doc.join('|')}`);
        const types = named.length ? named : (doc ?? []);
        // An id whose resource type another field of the structure names (vAPI's
        // resource_type_field_name): `id@<field>`, with the resource types it may have, if stated.
        if (field) return `id@${str(field, 'resource_type_field_name')}${types.length ? `:${types.join('|')}` : ''}`;
        return types.length ? `id:${types.join('|')}` : 'id';
      }
      default:
        throw new Error(`${module}: unknown binding type ${expr.fn}`);
    }
  }

  /** Fields of a structure or error type: `[{ name, type }]`, in declaration order. */
  fields(decl) {
    const dict = decl.expr.args[1];
    if (dict?.t !== 'dict') throw new Error(`${decl.id}: fields are not a dict literal`);
    const pep = new Map((decl.cls?.attrs.get('_canonical_to_pep_names')?.entries ?? []).map(([k, v]) => [k.v, v.v]));
    const docs = docParams(decl.cls?.methods.get('__init__')?.doc);
    return dict.entries.map(([k, v]) => {
      const name = str(k, `${decl.id} field`);
      let hints;
      try {
        hints = docResourceTypes(docs.get(pep.get(name) ?? name));
      } catch (e) {
        throw new Error(`${decl.id}.${name}: ${e.message}`);
      }
      return { name, type: this.typeOf(v, decl.module, hints) };
    });
  }

  /** Tagged unions of a structure: `[{ discriminant, cases: [{ value, required, optional }] }]`. */
  unions(decl) {
    const list = decl.cls?.attrs.get('_validator_list');
    if (!list) return [];
    return list.items.map((v) => {
      if (v.t !== 'call' || v.fn !== 'UnionValidator')
        throw new Error(`${decl.id}: validator ${v.fn ?? v.t} is unknown`);
      const cases = v.args[1].entries.map(([k, fs]) => {
        const c = { value: str(k, 'case'), required: [], optional: [] };
        for (const f of fs.items) {
          const [name, req] = f.items;
          (req.v === 'True' ? c.required : c.optional).push(str(name, 'case field'));
        }
        return c;
      });
      return { discriminant: str(v.args[0], `${decl.id} discriminant`), cases };
    });
  }

  /** Values of an enum, in declaration order. */
  values(decl) {
    const v = this.module(decl.module).values.get(decl.path);
    if (!v) throw new Error(`${decl.id}: no _set_values`);
    const items = v.t === 'dict' ? v.entries.map((e) => e[1]) : v.items;
    return items.map((x) => str(x.args?.[0], `${decl.id} value`));
  }

  /**
   * Operations of a service: `[{ name, params: [{ name, type }], result, task, errors }]`, in the
   * stub's order. `task`: 'TASK' (also startable as a task, `<name>$task`), 'TASK_ONLY' (only as a
   * task) or undefined. `result` is the operation's own result (the task's, for task operations).
   */
  operations(service) {
    const stub = service.stub;
    if (!stub) throw new Error(`${service.id}: no stub`);
    const env = stub.env;
    const deref = (v) => (v?.t === 'name' && env.has(v.v) ? env.get(v.v) : v);
    const table = env.get('operations');
    if (table?.t !== 'dict') throw new Error(`${service.id}: no operations table`);
    const entries = new Map(
      table.entries.map(([k, v]) => [str(k, 'operation'), new Map(v.entries.map(([a, b]) => [a.v, deref(b)]))]),
    );
    const out = [];
    for (const [key, e] of entries) {
      const name = key.replace(/\$task$/, '');
      const taskType = e.get('task_type');
      const task = TASK_TYPES[taskType?.v];
      if (!taskType || !(taskType.v in TASK_TYPES)) throw new Error(`${service.id}.${key}: task type ${taskType?.v}`);
      if (key.endsWith('$task')) {
        const sync = entries.get(name);
        if (sync ? task !== 'TASK' || TASK_TYPES[sync.get('task_type').v] !== 'TASK' : task !== 'TASK_ONLY')
          throw new Error(`${service.id}.${key}: task form does not match the operation's task type`);
        if (sync) continue;
      } else if (task === 'TASK_ONLY') throw new Error(`${service.id}.${key}: TASK_ONLY without $task`);
      else if (task === 'TASK' && !entries.has(`${key}$task`))
        throw new Error(`${service.id}.${key}: TASK without $task`);
      const method = service.cls.methods.get(task === 'TASK_ONLY' ? `${name}_task` : name);
      const docs = docParams(method?.doc);
      const input = e.get('input_type');
      if (input?.fn !== 'type.StructType' || input.args[1]?.t !== 'dict')
        throw new Error(`${service.id}.${name}: input type`);
      const params = input.args[1].entries.map(([k, v]) => {
        const p = str(k, 'parameter');
        return { name: p, type: this.typeOf(v, service.module, docResourceTypes(docs.get(p))) };
      });
      const resultExpr = task === 'TASK_ONLY' ? method?.taskResult : e.get('output_type');
      if (!resultExpr) throw new Error(`${service.id}.${name}: no result type`);
      const result = this.typeOf(resultExpr, service.module, docResourceTypes(docs.get(':return')));
      const errDict = e.get('errors');
      if (errDict?.t !== 'dict') throw new Error(`${service.id}.${name}: errors are not a dict`);
      const errors = errDict.entries.map(([k, v]) => {
        const id = str(k, 'error id');
        const d = this.ref(v, service.module);
        if (d.kind !== 'error' || d.id !== id) throw new Error(`${service.id}.${name}: error ${id} refers to ${d.id}`);
        return id;
      });
      out.push({ name, params, result, ...(task ? { task } : {}), errors: [...new Set(errors)].sort() });
    }
    return out;
  }
}
