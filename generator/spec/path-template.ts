// Path templates of HTTP bindings: `/api/vcenter/vm/{vm}/hardware/serial/{port}?action=disconnect`.
// Placeholders are `{name}` in the path part; braces anywhere else are mistakes, never literal text.

export interface Placeholder {
  name: string;
  /** Offset of the `{` in the template. */
  offset: number;
}

export interface PathProblem {
  message: string;
  offset: number;
}

export interface ParsedPath {
  placeholders: Placeholder[];
  problems: PathProblem[];
}

/** Characters a placeholder's name cannot hold (they end a path segment or start a query). */
const NOT_IN_NAME = /[{}/?#\s]/;

export function parsePathTemplate(template: string): ParsedPath {
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
      problems.push({ message: `the placeholder '${path.slice(i, j + 1)}…' is not closed: ${cut} before its '}'`, offset: i });
      i = j;
      continue;
    }
    const name = path.slice(i + 1, j);
    if (!name) problems.push({ message: "an empty placeholder '{}' names no parameter", offset: i });
    else placeholders.push({ name, offset: i });
    i = j + 1;
  }
  if (q >= 0) {
    const query = template.slice(q);
    const brace = query.search(/[{}]/);
    if (brace >= 0) problems.push({ message: 'placeholders belong in the path, not in the query after ?', offset: q + brace });
  }
  return { placeholders, problems };
}

/** The placeholder names of a path template, in order (well-formed ones only). */
export function placeholders(path: string): string[] {
  return parsePathTemplate(path).placeholders.map((p) => p.name);
}
