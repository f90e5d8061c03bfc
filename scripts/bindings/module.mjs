// Reads one module of VMware's Python vAPI bindings (`com/vmware/…_client.py`) into raw facts, as
// data: the classes (nesting, bases, class attributes such as `_VAPI_SERVICE_ID`, the union
// validators in `_validator_list`), the binding type of every structure, enum and error
// (`X._set_binding_type(type.StructType(…))`), enum values (`X._set_values([…])`), the parameter
// lines of docstrings (`:param name: …`, for the resource types of ids that the binding types leave
// out), and per service stub (`class _XStub(ApiInterfaceStub)`) the assignments of its `__init__`
// (input types, error dicts, the `operations` table) and its interface name.
import { logicalLines, parseExpression, parseWhole, PythonSyntaxError } from './python.mjs';

/**
 * @typedef {{ path: string, bases: string[], attrs: Map<string, any>, doc?: string,
 *   methods: Map<string, { doc?: string, taskResult?: any }> }} PyClass
 * @typedef {{ module: string, classes: Map<string, PyClass>, bindings: Map<string, any>,
 *   values: Map<string, any>, stubs: { path: string, iface: string, env: Map<string, any> }[] }} PyModule
 */

/** `com/vmware/vcenter/vm/hardware_client.py` → `com.vmware.vcenter.vm.hardware_client`. */
export function moduleName(file) {
  return file.replace(/\.py$/, '').replace(/\//g, '.');
}

const isOp = (t, v) => t?.k === 'op' && t.v === v;

/** `a . b . c` tokens from `at` as a dotted name and the index after it, or undefined. */
function dotted(tokens, at) {
  if (tokens[at]?.k !== 'name') return undefined;
  let v = tokens[at].v;
  let i = at + 1;
  while (isOp(tokens[i], '.') && tokens[i + 1]?.k === 'name') {
    v += `.${tokens[i + 1].v}`;
    i += 2;
  }
  return { v, next: i };
}

/**
 * Reads one module's text. `module` is its dotted name (used in error messages and as the
 * namespace of its classes).
 * @param {string} module
 * @param {string} text
 * @returns {PyModule}
 */
export function readModule(module, text) {
  /** @type {PyModule} */
  const m = { module, classes: new Map(), bindings: new Map(), values: new Map(), stubs: [] };
  /** @type {{ kind: 'class' | 'def', name: string, indent: number, path: string, stub?: any }[]} */
  const scopes = [];
  let docFor = undefined;
  const fail = (e, line) => {
    const msg = e instanceof PythonSyntaxError ? e.message : `line ${line}: ${e instanceof Error ? e.message : e}`;
    throw new Error(`${module}: ${msg}`);
  };
  for (const ll of logicalLines(text)) {
    const t = ll.tokens;
    while (scopes.length && scopes[scopes.length - 1].indent >= ll.indent) scopes.pop();
    const scope = scopes[scopes.length - 1];
    const classPath = [...scopes].reverse().find((s) => s.kind === 'class')?.path;
    // A docstring: a line of only string tokens right after a class or def header.
    if (docFor && t.every((x) => x.k === 'str')) {
      docFor.doc = t.map((x) => x.v).join('');
      docFor = undefined;
      continue;
    }
    docFor = undefined;
    try {
      if (t[0].k === 'name' && (t[0].v === 'class' || t[0].v === 'def') && t[1]?.k === 'name') {
        const name = t[1].v;
        if (t[0].v === 'class') {
          const bases = [];
          if (isOp(t[2], '(')) {
            for (let i = 3; i < t.length && !isOp(t[i], ')'); i++) {
              const d = dotted(t, i);
              if (d) {
                bases.push(d.v);
                i = d.next - 1;
              }
            }
          }
          const path = scope?.kind === 'class' ? `${scope.path}.${name}` : name;
          if (scope?.kind === 'def') throw new Error(`class ${name} inside a function is not supported`);
          const cls = { path, bases, attrs: new Map(), methods: new Map() };
          m.classes.set(path, cls);
          scopes.push({ kind: 'class', name, indent: ll.indent, path });
          docFor = cls;
        } else {
          const owner = scope?.kind === 'class' ? m.classes.get(scope.path) : undefined;
          const method = { doc: undefined };
          if (owner) owner.methods.set(name, method);
          const stub =
            owner && name === '__init__' && owner.bases.includes('ApiInterfaceStub')
              ? { path: owner.path, iface: '', env: new Map() }
              : undefined;
          if (stub) m.stubs.push(stub);
          scopes.push({ kind: 'def', name, indent: ll.indent, path: scope?.path ?? '', stub, method });
          docFor = method;
        }
        continue;
      }
      // X._set_binding_type(…) and X._set_values(…), at module or class level.
      const d = dotted(t, 0);
      if (d && /\._set_(binding_type|values)$/.test(d.v) && isOp(t[d.next], '(') && scope?.kind !== 'def') {
        const target = d.v.replace(/\._set_(binding_type|values)$/, '');
        const path = classPath && scope?.kind === 'class' ? `${classPath}.${target}` : target;
        const call = parseWhole(t, 0);
        if (call.t !== 'call' || call.args.length !== 1) throw new Error(`${d.v} takes one argument`);
        (d.v.endsWith('_set_values') ? m.values : m.bindings).set(path, call.args[0]);
        continue;
      }
      // NAME = expression: class attributes, and the assignments of a stub's __init__.
      if (t[0].k === 'name' && isOp(t[1], '=')) {
        if (scope?.kind === 'class') {
          const cls = m.classes.get(scope.path);
          if (/^(_VAPI_SERVICE_ID|RESOURCE_TYPE|_validator_list|_canonical_to_pep_names)$/.test(t[0].v))
            cls.attrs.set(t[0].v, parseWhole(t, 2));
        } else if (scope?.kind === 'def' && scope.stub && scopes.length === 2) {
          scope.stub.env.set(t[0].v, parseWhole(t, 2));
        } else if (scope?.kind === 'def' && t[0].v === 'task_instance') {
          // task_instance = Task(task_id, task_svc, <result type>) in a `<op>_task` method.
          const v = parseWhole(t, 2);
          if (v.t === 'call' && v.fn === 'Task' && v.args.length === 3) scope.method.taskResult = v.args[2];
        }
        continue;
      }
      // ApiInterfaceStub.__init__(self, iface_name='…', …) in a stub's __init__.
      if (d?.v === 'ApiInterfaceStub.__init__' && scope?.stub) {
        const { value } = parseExpression(t, 0);
        const iface = value.kw?.iface_name;
        if (iface?.t !== 'str') throw new Error('ApiInterfaceStub.__init__ without a literal iface_name');
        scope.stub.iface = iface.v;
      }
    } catch (e) {
      fail(e, ll.line);
    }
  }
  for (const s of m.stubs) if (!s.iface) throw new Error(`${module}: stub ${s.path} names no interface`);
  return m;
}

/**
 * The `:param name: …` paragraphs of a docstring, by name, and the `:return: …` paragraph under
 * the key `:return` (text with whitespace collapsed).
 * @param {string | undefined} doc
 * @returns {Map<string, string>}
 */
export function docParams(doc) {
  const out = new Map();
  if (!doc) return out;
  let current;
  for (const raw of doc.split('\n')) {
    const line = raw.trim();
    const field = /^:(param|type|rtype|returns?|raises?)(?:\s+(\w+))?:\s*(.*)$/.exec(line);
    if (field) {
      current = field[1] === 'param' && field[2] ? field[2] : /^returns?$/.test(field[1]) ? ':return' : undefined;
      if (current) out.set(current, field[3]);
      continue;
    }
    if (current) out.set(current, `${out.get(current)} ${line}`.trim());
  }
  for (const [k, v] of out) out.set(k, v.replace(/\s+/g, ' '));
  return out;
}
