// Writes the facts of facts.mjs as a bindings overlay (format: spec/overlays/README.md, "Facts
// from VMware's vAPI bindings"), byte for byte the same for the same facts.

const RESERVED = /^(?:true|false|null|yes|no|on|off|y|n|~)$/i;

/** A scalar as YAML: plain where that reads back as the same string, else double-quoted. */
export function scalar(v) {
  const s = String(v);
  const plain = (/^[A-Za-z_][A-Za-z0-9_.:<>|@$/-]*$/.test(s) && !RESERVED.test(s)) || /^\d+\.\d+\.\d+(\.\d+)*$/.test(s);
  return plain ? s : JSON.stringify(s);
}

const flowList = (items) => `[${items.map(scalar).join(', ')}]`;

/**
 * @param {ReturnType<typeof import('./facts.mjs').collect>} facts
 * @param {{ apiVersion: string, name: string, version: string, scope: string[] }} about
 */
export function render(facts, about) {
  const out = [
    '# yaml-language-server: $schema=../../overlay.schema.json',
    `# Written by scripts/bindings-overlay.mjs from ${about.name} ${about.version}; do not edit by hand:`,
    '# change the script or the scope below and run it again (spec/overlays/README.md).',
    'reason: >-',
    `  What VMware's Python vAPI bindings (${about.name} ${about.version}) state as data about the services in`,
    '  scope and every structure and enum they reach: fields and their types (with the resource types of',
    '  ids), tagged unions with the required and optional fields of each case, enum values, and per',
    "  operation its parameters, result, task type and full error list. VMware's Swagger loses part of it.",
    `apiVersion: ${scalar(about.apiVersion)}`,
    `bindings: { name: ${scalar(about.name)}, version: ${scalar(about.version)} }`,
    'scope:',
    ...[...new Set(about.scope)].sort().map((s) => `  - ${scalar(s)}`),
    'services:',
  ];
  for (const s of facts.services) {
    out.push(`  ${scalar(s.id)}:`);
    if (s.resourceType) out.push(`    resourceType: ${scalar(s.resourceType)}`);
    out.push('    operations:');
    for (const op of s.operations) {
      out.push(`      ${scalar(op.name)}:`);
      if (op.task) out.push(`        task: ${op.task}`);
      if (op.params.length) {
        out.push('        params:');
        for (const p of op.params) out.push(`          - { name: ${scalar(p.name)}, type: ${scalar(p.type)} }`);
      }
      if (op.result !== 'void') out.push(`        result: ${scalar(op.result)}`);
      out.push(op.errors.length ? '        errors:' : '        errors: []');
      for (const e of op.errors) out.push(`          - ${scalar(e)}`);
    }
  }
  out.push('structures:');
  for (const [id, s] of facts.structures) {
    out.push(`  ${scalar(id)}:`);
    out.push(s.fields.length ? '    fields:' : '    fields: []');
    for (const f of s.fields) out.push(`      - { name: ${scalar(f.name)}, type: ${scalar(f.type)} }`);
    if (!s.unions.length) continue;
    out.push('    unions:');
    for (const u of s.unions) {
      out.push(`      - discriminant: ${scalar(u.discriminant)}`);
      out.push('        cases:');
      for (const c of u.cases) {
        const parts = [];
        if (c.required.length) parts.push(`required: ${flowList(c.required)}`);
        if (c.optional.length) parts.push(`optional: ${flowList(c.optional)}`);
        out.push(`          ${scalar(c.value)}: ${parts.length ? `{ ${parts.join(', ')} }` : '{}'}`);
      }
    }
  }
  out.push('enums:');
  for (const [id, values] of facts.enums) out.push(`  ${scalar(id)}: ${flowList(values)}`);
  return `${out.join('\n')}\n`;
}
