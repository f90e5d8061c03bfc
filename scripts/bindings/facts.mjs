// The facts an overlay records for a scope of services: each service's operations (parameters,
// result, task type, full error list), and every structure and enum they reach through
// parameters, results and error types (fields with their types, tagged unions, enum values).

const NOT_NAMES = new Set([
  'optional',
  'list',
  'set',
  'map',
  'string',
  'long',
  'double',
  'boolean',
  'datetime',
  'uri',
  'secret',
  'binary',
  'opaque',
  'void',
  'exception',
  'dynamic_structure',
]);

/** Canonical ids of the structures and enums a type expression names. */
export function namesIn(type) {
  return type
    .split(/[<>,]/)
    .filter((p) => p && !/^id(?:[:@]|$)/.test(p))
    .flatMap((p) => p.split('|'))
    .filter((p) => !NOT_NAMES.has(p));
}

const byCode = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * @param {import('./model.mjs').Bindings} b
 * @param {string[]} scope service ids
 */
export function collect(b, scope) {
  const services = [];
  const structures = new Map();
  const enums = new Map();
  const queue = [];
  const reach = (type, from) => {
    for (const id of namesIn(type)) {
      if (structures.has(id) || enums.has(id) || queue.includes(id)) continue;
      if (!b.byId.has(id)) throw new Error(`${from}: type ${id} is not in the wheel`);
      queue.push(id);
    }
  };
  const errorTypes = new Set();
  for (const id of [...new Set(scope)].sort(byCode)) {
    const s = b.service(id);
    if (!s) throw new Error(`scope: ${id} is not a service of ${b.name} ${b.version}`);
    const operations = b.operations(s);
    for (const op of operations) {
      for (const p of op.params) reach(p.type, `${id}.${op.name}`);
      reach(op.result, `${id}.${op.name}`);
      for (const e of op.errors) errorTypes.add(e);
    }
    services.push({ id, ...(s.resourceType ? { resourceType: s.resourceType } : {}), operations });
  }
  // Error types are not listed, but what their fields name is (localizable messages and such).
  for (const e of [...errorTypes].sort(byCode)) for (const f of b.fields(b.byId.get(e))) reach(f.type, e);
  while (queue.length) {
    const id = queue.shift();
    const d = b.byId.get(id);
    if (d.kind === 'enum') {
      enums.set(id, b.values(d));
      continue;
    }
    if (d.kind !== 'structure') throw new Error(`${id} is a ${d.kind}, used as a type`);
    const fields = b.fields(d);
    const unions = b.unions(d);
    const names = new Set(fields.map((f) => f.name));
    for (const u of unions) {
      if (!names.has(u.discriminant)) throw new Error(`${id}: union discriminant ${u.discriminant} is not a field`);
      for (const c of u.cases)
        for (const f of [...c.required, ...c.optional])
          if (!names.has(f)) throw new Error(`${id}: union case ${c.value} names ${f}, not a field`);
    }
    structures.set(id, { fields, unions });
    for (const f of fields) reach(f.type, `${id}.${f.name}`);
  }
  const sorted = (m) => new Map([...m].sort(([a], [b]) => byCode(a, b)));
  return { services, structures: sorted(structures), enums: sorted(enums) };
}

/**
 * The facts of a bindings overlay as collect() returns them, from the parsed YAML document, with
 * what render() needs to write it again: `about` (apiVersion, bindings name and version, scope).
 */
export function factsFromOverlay(doc) {
  const services = Object.entries(doc.services ?? {}).map(([id, s]) => ({
    id,
    ...(s.resourceType ? { resourceType: s.resourceType } : {}),
    operations: Object.entries(s.operations ?? {}).map(([name, o]) => ({
      name,
      params: o.params ?? [],
      result: o.result ?? 'void',
      ...(o.task ? { task: o.task } : {}),
      errors: o.errors ?? [],
    })),
  }));
  const structures = new Map(
    Object.entries(doc.structures ?? {}).map(([id, s]) => [
      id,
      {
        fields: s.fields ?? [],
        unions: (s.unions ?? []).map((u) => ({
          discriminant: u.discriminant,
          cases: Object.entries(u.cases ?? {}).map(([value, c]) => ({
            value,
            required: c?.required ?? [],
            optional: c?.optional ?? [],
          })),
        })),
      },
    ]),
  );
  const enums = new Map(Object.entries(doc.enums ?? {}).map(([id, v]) => [id, v.map(String)]));
  const about = {
    apiVersion: String(doc.apiVersion),
    name: doc.bindings?.name,
    version: String(doc.bindings?.version),
    scope: doc.scope ?? [],
  };
  return { facts: { services, structures, enums }, about };
}
