// The package metadata lines of package.json (license, author, homepage, repository, keywords,
// publishConfig), written as prettier prints JSON: package.json gets no prettier pass, so its
// template and these lines are already in that form (a test holds it for hostile texts).
import { PACKAGE_META_KEYS, type PackageMeta } from '../package-meta.js';

const WIDTH = 120;
/** Key order inside author, repository and publishConfig, whatever order the spec wrote them in. */
const KEY_ORDER = ['type', 'name', 'email', 'url', 'directory', 'access', 'registry', 'tag', 'provenance'];
const rank = (k: string): number => (KEY_ORDER.includes(k) ? KEY_ORDER.indexOf(k) : KEY_ORDER.length);

function value(v: unknown, indent: string, head: number): string {
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    const one = `[${v.map((x) => value(x, indent, 0)).join(', ')}]`;
    if (head + one.length <= WIDTH && v.every((x) => typeof x !== 'object' || x === null)) return one;
    const inner = `${indent}  `;
    return `[\n${v.map((x) => `${inner}${value(x, inner, inner.length)}`).join(',\n')}\n${indent}]`;
  }
  if (v !== null && typeof v === 'object') {
    const entries = Object.entries(v)
      .filter(([, x]) => x !== undefined)
      .sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
    if (entries.length === 0) return '{}';
    const inner = `${indent}  `;
    const lines = entries.map(([k, x]) => {
      const key = `${inner}${JSON.stringify(k)}: `;
      return `${key}${value(x, inner, key.length)}`;
    });
    return `{\n${lines.join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(v);
}

/** `"key": value,` lines (with their newline) for the given keys of the metadata that are set. */
export function packageMetaLines(meta: PackageMeta, keys: readonly (keyof PackageMeta)[] = PACKAGE_META_KEYS): string {
  let out = '';
  for (const k of keys) {
    // Keywords are a set (npm searches them): sorted, so that the spec's order does not matter.
    const v = k === 'keywords' && meta.keywords ? [...meta.keywords].sort() : meta[k];
    if (v === undefined) continue;
    const key = `  ${JSON.stringify(k)}: `;
    // The line ends in a comma: it counts towards the width prettier fits the value in.
    out += `${key}${value(v, '  ', key.length + 1)},\n`;
  }
  return out;
}
