// Writes spec files as YAML: fixed key order, small flat items in flow style
// (`- { name: vm, type: "id:VirtualMachine" }`), everything else in block style. Same input, same bytes.

const ORDER = [
  '$schema',
  'apiVersion',
  'root',
  'title',
  'service',
  'package',
  'name',
  'version',
  'value',
  'error',
  'error_type',
  'type',
  'in',
  'method',
  'path',
  'body',
  'form',
  'param',
  'resource',
  'require',
  'when',
  'data',
  'rename',
  'description',
  'since',
  'deprecated',
  'replacement',
  'fields',
  'unions',
  'discriminant',
  'cases',
  'values',
  'add',
  'default',
  'params',
  'result',
  'structures',
  'enums',
  'errors',
  'privileges',
  'task',
  'http',
  'api',
  'rest',
  'operations',
  'accessors',
];
const RANK = new Map(ORDER.map((k, i) => [k, i]));
/** Keys whose object values are maps of names (kept in their order), not schema objects. */
const RECORDS = new Set(['structures', 'enums', 'errors', 'operations', 'cases', 'services', 'packages', 'accessors']);
/** Keys whose small object values read best on one line. */
const FLOW_KEYS = new Set(['api', 'rest', 'result', 'deprecated']);
const WIDTH = 120;
const RESERVED = new Set(['true', 'false', 'null', '~', 'y', 'n', 'yes', 'no', 'on', 'off']);

type Value = unknown;

export function scalar(v: Value): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'boolean' || typeof v === 'number') return String(v);
  const s = String(v);
  // Plain when it cannot be read as anything else, in block and flow context alike.
  const words = /^[A-Za-z_][A-Za-z0-9_ .<>$'()/-]*$/.test(s) && !s.endsWith(' ') && !s.includes('  ');
  const plain = (words || /^[0-9]+(\.[0-9]+){2,}$/.test(s)) && !RESERVED.has(s.toLowerCase());
  return plain ? s : JSON.stringify(s);
}

function isScalar(v: Value): boolean {
  return v === null || typeof v !== 'object';
}

function isObject(v: Value): v is Record<string, Value> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function ordered(obj: Record<string, Value>, record: boolean): [string, Value][] {
  const entries = Object.entries(obj).filter(([, v]) => v !== undefined);
  if (record) return entries;
  return entries
    .map((e, i) => ({ e, i, r: RANK.get(e[0]) ?? ORDER.length }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => x.e);
}

function flowSeq(items: Value[]): string {
  return `[${items.map(scalar).join(', ')}]`;
}

/** One-line form of a flat object (values scalars or lists of scalars), or undefined. */
function flowMap(obj: Record<string, Value>): string | undefined {
  const parts: string[] = [];
  for (const [k, v] of ordered(obj, false)) {
    if (Array.isArray(v) && v.every(isScalar)) parts.push(`${scalar(k)}: ${flowSeq(v)}`);
    else if (isScalar(v)) parts.push(`${scalar(k)}: ${scalar(v)}`);
    else return undefined;
  }
  return parts.length ? `{ ${parts.join(', ')} }` : '{}';
}

function emitValue(key: string | undefined, v: Value, indent: string, out: string[], head: string): void {
  // `head` is what precedes the value on its line ("key:" or "-").
  if (isScalar(v)) {
    out.push(`${indent}${head} ${scalar(v)}`);
    return;
  }
  if (Array.isArray(v)) {
    if (v.length === 0 || (v.every(isScalar) && indent.length + head.length + flowSeq(v).length < WIDTH)) {
      out.push(`${indent}${head} ${flowSeq(v)}`);
      return;
    }
    out.push(`${indent}${head}`);
    for (const item of v) emitItem(item, `${indent}  `, out);
    return;
  }
  const obj = v as Record<string, Value>;
  const record = key !== undefined && RECORDS.has(key);
  const flow = !record && key !== undefined && FLOW_KEYS.has(key) ? flowMap(obj) : undefined;
  if (flow !== undefined && indent.length + head.length + flow.length < WIDTH) {
    out.push(`${indent}${head} ${flow}`);
    return;
  }
  if (Object.keys(obj).length === 0) {
    out.push(`${indent}${head} {}`);
    return;
  }
  out.push(`${indent}${head}`);
  emitEntries(obj, record, `${indent}  `, out);
}

function emitItem(item: Value, indent: string, out: string[]): void {
  if (!isObject(item)) {
    emitValue(undefined, item, indent, out, '-');
    return;
  }
  const flow = flowMap(item);
  if (flow !== undefined && indent.length + 2 + flow.length < WIDTH) {
    out.push(`${indent}- ${flow}`);
    return;
  }
  const lines: string[] = [];
  emitEntries(item, false, `${indent}  `, lines);
  if (lines.length) lines[0] = `${indent}- ${lines[0]!.slice(indent.length + 2)}`;
  out.push(...lines);
}

function emitEntries(obj: Record<string, Value>, record: boolean, indent: string, out: string[]): void {
  // Members of a name map are keyed by names, not by schema keys: no key-based styling for them.
  for (const [k, v] of ordered(obj, record)) emitValue(record ? undefined : k, v, indent, out, `${scalar(k)}:`);
}

/** The whole file: modeline, then the document. */
export function toYaml(doc: Record<string, Value>, schemaRef: string): string {
  const out = [`# yaml-language-server: $schema=${schemaRef}`];
  emitEntries(doc, false, '', out);
  return `${out.join('\n')}\n`;
}
