// Small helpers over the `yaml` package's document tree: read values and their source places.
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  isPair,
  LineCounter,
  type Alias,
  type Document,
  type Node as YamlNode,
} from 'yaml';
import type { Loc } from '../diagnostics.js';

/** A parsed file: its document tree and a way to turn offsets into line/column. */
export class SourceFile {
  constructor(
    readonly path: string,
    readonly doc: Document.Parsed,
    private readonly lines: LineCounter,
  ) {}

  loc(offset: number | undefined): Loc {
    const { line, col } = this.lines.linePos(offset ?? 0);
    return { file: this.path, line, col };
  }

  locOf(node: unknown): Loc {
    return this.loc((node as YamlNode | undefined)?.range?.[0]);
  }

  /** The node at a JSON-ish path, or the closest parent that exists; `key` points at a map key instead. */
  locAt(path: (string | number)[], key = false): Loc {
    let node: unknown = this.doc.contents;
    let best = node;
    for (let i = 0; i < path.length; i++) {
      const seg = path[i];
      node = deref(node);
      if (isMap(node)) {
        const pair = node.items.find((p) => keyIs(p.key, String(seg)));
        if (!pair) break;
        if (key && i === path.length - 1) return this.locOf(pair.key);
        node = pair.value ?? pair.key;
      } else if (isSeq(node) && typeof seg === 'number') {
        node = node.items[seg];
      } else break;
      if (node) best = node;
    }
    return this.locOf(best);
  }
}

export { LineCounter };

/** What each alias stands for, as resolved by yaml-check.ts (an alias it has not seen stays itself). */
const aliasTargets = new WeakMap<Alias, YamlNode>();

export function setAliasTarget(alias: Alias, target: YamlNode): void {
  aliasTargets.set(alias, target);
}

/** The node an alias stands for; any other node as it is. The readers below all look through aliases. */
export function deref(node: unknown): unknown {
  return isAlias(node) ? (aliasTargets.get(node) ?? node) : node;
}

const keyIs = (key: unknown, name: string): boolean => {
  const k = deref(key);
  return isScalar(k) && String(k.value) === name;
};

/** Entries of a YAML map in source order, with the key's place. */
export function mapEntries(file: SourceFile, node: unknown): { key: string; value: unknown; loc: Loc }[] {
  node = deref(node);
  if (!isMap(node)) return [];
  const out: { key: string; value: unknown; loc: Loc }[] = [];
  for (const pair of node.items) {
    const key = deref(pair.key);
    if (!isPair(pair) || !isScalar(key)) continue;
    out.push({ key: String(key.value), value: pair.value, loc: file.locOf(pair.key) });
  }
  return out;
}

export function get(node: unknown, key: string): unknown {
  node = deref(node);
  if (!isMap(node)) return undefined;
  const pair = node.items.find((p) => keyIs(p.key, key));
  return pair?.value ?? undefined;
}

export function seqItems(node: unknown): unknown[] {
  node = deref(node);
  return isSeq(node) ? node.items : [];
}

export function scalar(node: unknown): unknown {
  node = deref(node);
  return isScalar(node) ? node.value : undefined;
}

export function str(node: unknown): string | undefined {
  const v = scalar(node);
  return v === undefined || v === null ? undefined : String(v);
}

/** A node's value as plain data (through aliases), for free-form parts such as package metadata. */
export function plain(node: unknown): unknown {
  node = deref(node);
  if (isScalar(node)) return node.value;
  if (isSeq(node)) return node.items.map(plain);
  if (isMap(node)) {
    const out: Record<string, unknown> = {};
    for (const pair of node.items) {
      const key = deref(pair.key);
      if (isScalar(key)) out[String(key.value)] = plain(pair.value);
    }
    return out;
  }
  return undefined;
}
