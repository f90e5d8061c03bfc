// HTTP path templates of operation bindings: `/api/vcenter/vm/{vm}/hardware/cdrom/{cdrom}` and an
// optional `?action=connect` query. A placeholder `{name}` names a parameter of the operation; it
// sits in the path part, and its name holds no brace, `/`, `?`, `#` or white space. Braces
// anywhere else are mistakes (`pathProblems`), never literal text. Every helper below reads a
// template through `parsePath`, the one definition of a placeholder.

/** Where a parameter travels. */
export type ParamIn = 'path' | 'query' | 'body';

export interface Placeholder {
  name: string;
  /** Offset of the `{` in the template. */
  offset: number;
}

/** A malformed part of a template, at the offset of its first character. */
export interface PathProblem {
  message: string;
  offset: number;
}

export interface ParsedPath {
  /** The well-formed placeholders of the path part, in order. */
  placeholders: Placeholder[];
  problems: PathProblem[];
}

/** Characters a placeholder's name cannot hold (they end a path segment or start a query). */
const NOT_IN_NAME = /[{}/?#\s]/;

export function parsePath(template: string): ParsedPath {
  const placeholders: Placeholder[] = [];
  const problems: PathProblem[] = [];
  const q = template.indexOf('?');
  const path = q < 0 ? template : template.slice(0, q);
  let i = 0;
  while (i < path.length) {
    const c = path[i];
    if (c === '}') {
      problems.push({ message: "a '}' closes no placeholder", offset: i });
      i++;
      continue;
    }
    if (c !== '{') {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < path.length && !NOT_IN_NAME.test(path[j]!)) j++;
    if (path[j] !== '}') {
      const cut = path[j] === undefined ? 'the path ends' : `'${path[j]}' comes`;
      problems.push({
        message: `the placeholder '${path.slice(i, j + 1)}…' is not closed: ${cut} before its '}'`,
        offset: i,
      });
      i = j;
      continue;
    }
    const name = path.slice(i + 1, j);
    if (!name) problems.push({ message: "an empty placeholder '{}' names no parameter", offset: i });
    else placeholders.push({ name, offset: i });
    i = j + 1;
  }
  if (q >= 0) {
    const brace = template.slice(q).search(/[{}]/);
    if (brace >= 0)
      problems.push({ message: 'placeholders belong in the path, not in the query after ?', offset: q + brace });
  }
  return { placeholders, problems };
}

/** The parameter names of the path's placeholders, in order (the `?…` query holds none). */
export function pathParams(path: string): string[] {
  return parsePath(path).placeholders.map((p) => p.name);
}

/** The template cut at its placeholders: literal text and parameter names alternate, text first. */
export function splitPath(path: string): string[] {
  const out: string[] = [];
  let at = 0;
  for (const p of parsePath(path).placeholders) {
    out.push(path.slice(at, p.offset), p.name);
    at = p.offset + p.name.length + 2;
  }
  out.push(path.slice(at));
  return out;
}

/** The template with its placeholders emptied (`/vm/{vm}` → `/vm/{}`): paths of one shape match alike. */
export function pathShape(path: string): string {
  return splitPath(path)
    .map((part, i) => (i % 2 ? '{}' : part))
    .join('');
}
