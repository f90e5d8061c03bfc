// The HTTP bindings of operations: each path well formed (model/paths.ts reads it), its
// placeholders and the operation's parameters in agreement in every style, bodies where the
// method has one, and no two operations on the same method and path.
import type { Loc, Reporter } from '../diagnostics.js';
import { parsePath, pathShape } from '../model/paths.js';
import { closest } from '../model/suggest.js';
import type { SpecBinding, SpecOperation, SpecUnit } from './model.js';

/** The rules for one operation's bindings. */
export function checkBindings(op: SpecOperation, r: Reporter): void {
  checkBinding('api', op.http.api, op, r);
  if (op.http.rest) checkBinding('rest', op.http.rest, op, r);
  checkPathAgreement(op, r);
  checkTaskBindings(op, r);
}

/** The task form is derived (vmw-task=true added to the query): the paths are the plain ones. */
function checkTaskBindings(op: SpecOperation, r: Reporter): void {
  for (const b of [op.http.api, op.http.rest]) {
    if (b && /[?&]vmw-task=/.test(b.path))
      r.error(
        'task-binding',
        `the path ${b.path} names the task form; write the plain path and say task: ${op.task?.mode ?? 'only'} (or both)`,
        b.loc,
        `remove vmw-task=… from the path`,
      );
  }
}

/** A place inside a binding's path (its loc is the path text's first character). */
const inPathText = (b: SpecBinding, offset: number): Loc => ({ ...b.loc, col: b.loc.col + offset });

function checkBinding(style: 'api' | 'rest', b: SpecBinding, op: SpecOperation, r: Reporter): void {
  const names = new Set(op.params.map((p) => p.name));
  const parsed = parsePath(b.path);
  for (const p of parsed.problems)
    r.error(
      'path-syntax',
      `${style} path: ${p.message}`,
      inPathText(b, p.offset),
      'write placeholders as {parameter}, one per path segment',
    );
  const inPath = parsed.placeholders.map((p) => p.name);
  for (const ph of parsed.placeholders) {
    if (!names.has(ph.name)) {
      const near = closest(ph.name, names);
      r.error(
        'path-param',
        `{${ph.name}} in the ${style} path is not a parameter of '${op.name}'`,
        inPathText(b, ph.offset),
        near ? `did you mean {${near}}?` : `declare a parameter named '${ph.name}'`,
      );
    }
  }
  for (const p of op.params) {
    if (inPath.includes(p.name) && p.in && p.in !== 'path')
      r.error('path-param', `parameter '${p.name}' appears in the ${style} path but is declared in: ${p.in}`, p.loc);
    if (inPath.includes(p.name) && /^\s*optional</.test(p.type))
      r.error('path-param', `path parameter '${p.name}' cannot be optional`, p.typeLoc);
    if (p.in === 'body' && (b.method === 'GET' || b.method === 'DELETE'))
      r.error(
        'body-on-get',
        `parameter '${p.name}' is sent in the body, but ${b.method} has none`,
        p.loc,
        'use in: query',
      );
  }
  if (b.body !== undefined) {
    if (style === 'rest')
      r.error('binding-body', 'body: applies to the /api style only (/rest always wraps parameters)', b.loc);
    else if (!names.has(b.body))
      r.error('binding-body', `body parameter '${b.body}' is not a parameter of '${op.name}'`, b.loc);
    else if (inPath.includes(b.body)) r.error('binding-body', `body parameter '${b.body}' is a path parameter`, b.loc);
    else if (b.method === 'GET' || b.method === 'DELETE') r.error('binding-body', `${b.method} has no body`, b.loc);
  }
  if (b.form && style === 'rest') r.error('binding-form', 'form: applies to the /api style only', b.loc);
  else if (b.form && b.body === undefined)
    r.error(
      'binding-form',
      'form: says how the body parameter is sent; name it with body:',
      b.loc,
      'add body: <the parameter whose fields are the form fields>',
    );
}

/**
 * The path parameters of an operation (declared `in: path`, or a placeholder in any of its paths)
 * appear at most once in each of its paths, and in every path whose binding could not carry them
 * otherwise: a client sending `vm` in the /rest path must find {vm} in an /api path whose body is
 * another parameter (`body: spec`), or it would drop the argument there.
 */
function checkPathAgreement(op: SpecOperation, r: Reporter): void {
  const bindings = (['api', 'rest'] as const).flatMap((style) =>
    op.http[style] ? [{ style, b: op.http[style]! }] : [],
  );
  const names = new Set(op.params.map((p) => p.name));
  const counts = bindings.map(({ b }) => {
    const m = new Map<string, number[]>();
    for (const ph of parsePath(b.path).placeholders) m.set(ph.name, [...(m.get(ph.name) ?? []), ph.offset]);
    return m;
  });
  const inPath = new Set<string>();
  for (const p of op.params) if (p.in === 'path') inPath.add(p.name);
  for (const m of counts) for (const name of m.keys()) if (names.has(name)) inPath.add(name);
  for (const name of inPath) {
    bindings.forEach(({ style, b }, i) => {
      const at = counts[i]!.get(name) ?? [];
      if (at.length > 1)
        r.error(
          'path-param',
          `{${name}} appears ${at.length} times in the ${style} path`,
          inPathText(b, at[1]!),
          'each parameter goes in a path once',
        );
      if (at.length > 0) return;
      const declared = op.params.find((p) => p.name === name && p.in === 'path');
      // A parameter that only another binding's path names travels in this one's query or body
      // (iso.image mount: /rest `id:{library_item}`, /api the body), unless the body is another
      // parameter as a whole (`body:`): then this style would drop it.
      const carried = b.method === 'GET' || b.method === 'DELETE' || b.body === undefined;
      if (!declared && carried) return;
      const other = bindings.find((x, k) => k !== i && counts[k]!.has(name));
      const why = other ? `the ${other.style} path has it` : `it is declared in: path`;
      r.error(
        'path-param',
        `parameter '${name}' is missing from the ${style} path (${why}); the ${style} style would drop it`,
        declared && !other ? declared.loc : b.loc,
        `add {${name}} to ${b.path}`,
      );
    });
  }
}

/** No two operations of one style on the same method and path shape. */
export function checkBindingConflicts(units: SpecUnit[], r: Reporter): void {
  for (const style of ['api', 'rest'] as const) {
    const seen = new Map<string, { op: string; loc: Loc }>();
    for (const u of units) {
      for (const op of u.operations) {
        const b = op.http[style];
        if (!b) continue;
        const key = `${b.method} ${pathShape(b.path)}`;
        const first = seen.get(key);
        if (first)
          r.error(
            'binding-conflict',
            `${style} binding ${b.method} ${b.path} is also used by ${first.op} (${first.loc.file}:${first.loc.line})`,
            b.loc,
            'each operation needs its own method + path',
          );
        else seen.set(key, { op: `${u.id}.${op.name}`, loc: b.loc });
      }
    }
  }
}
