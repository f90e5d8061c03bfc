// HTTP path templates of operation bindings: `/api/vcenter/vm/{vm}/hardware/cdrom/{cdrom}` and an
// optional `?action=connect` query. A placeholder names a parameter of the operation.

/** Where a parameter travels. */
export type ParamIn = 'path' | 'query' | 'body';

const PLACEHOLDER = /\{([^{}]+)\}/g;

/** The parameter names of the path's placeholders, in order (the `?…` query holds none). */
export function pathParams(path: string): string[] {
  return [...path.split('?')[0]!.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}

/** The template cut at its placeholders: literal text and parameter names alternate, text first. */
export function splitPath(path: string): string[] {
  return path.split(/\{([^{}]+)\}/);
}

/** The template with its placeholders emptied (`/vm/{vm}` → `/vm/{}`): paths of one shape match alike. */
export function pathShape(path: string): string {
  return path.replace(PLACEHOLDER, '{}');
}
