// One linear pass over a parsed spec file's tree, before anything reads its values:
// - duplicate keys, with one set per map (yaml's own `uniqueKeys` compares every pair of keys of
//   a map, so a map of 40,000 keys took seconds);
// - keys that are lists or maps (a JSON object has text keys only);
// - aliases: each `*name` resolves to the last `&name` before it, as YAML says; an alias with no
//   anchor before it, or inside the node it names, is an error;
// - alias expansion: the values aliases stand for are counted, and a file whose aliases would
//   make it much larger than it is ("billion laughs") is refused before anything expands it.
// Aliases are supported: the model builder reads through them (yaml-ast.ts `deref`).
import { isAlias, isMap, isPair, isScalar, isSeq, type Alias, type Node as YamlNode } from 'yaml';
import type { Diagnostic } from '../diagnostics.js';
import { setAliasTarget, type SourceFile } from './yaml-ast.js';

/** Nodes that aliases may add to a file beyond its own: at least this many, or as many as it has. */
export const ALIAS_EXPANSION_FLOOR = 100_000;

/** The text a scalar key becomes as a property name (what the value's JSON would use). */
function keyText(node: YamlNode): string | undefined {
  if (!isScalar(node)) return undefined;
  const v = node.value;
  return v === null || v === undefined ? '' : String(v);
}

export function checkTree(file: SourceFile): Diagnostic[] {
  const out: Diagnostic[] = [];
  const anchors = new Map<string, YamlNode>();
  /** Expanded size of each finished node (aliases counted as what they stand for). */
  const size = new Map<YamlNode, number>();
  const open = new Set<YamlNode>();
  /** Each alias, in document order, with the running total of nodes aliases added up to it. */
  const expansions: { alias: Alias; total: number }[] = [];
  let own = 0;
  let added = 0;

  const error = (rule: string, message: string, node: unknown, fix?: string): void => {
    out.push({ severity: 'error', rule, message, ...(fix ? { fix } : {}), loc: file.locOf(node) });
  };

  const alias = (a: Alias): number => {
    const target = anchors.get(a.source);
    if (!target) {
      error(
        'yaml-alias',
        `alias *${a.source} has no anchor &${a.source} before it`,
        a,
        `define &${a.source} on a node above this alias, or write the value out`,
      );
      return 1;
    }
    if (open.has(target)) {
      error(
        'yaml-alias',
        `alias *${a.source} is inside the node &${a.source} it names, which would never end`,
        a,
        'write the value out',
      );
      return 1;
    }
    setAliasTarget(a, target);
    const n = size.get(target) ?? 1;
    added += n;
    expansions.push({ alias: a, total: added });
    return n;
  };

  const walk = (node: unknown): number => {
    if (node === null || node === undefined) return 0;
    if (isAlias(node)) return alias(node);
    const n = node as YamlNode;
    own++;
    if (n.anchor) anchors.set(n.anchor, n);
    let total = 1;
    if (isMap(n) || isSeq(n)) {
      open.add(n);
      const keys = isMap(n) ? new Map<string, YamlNode>() : undefined;
      for (const item of n.items) {
        if (isPair(item)) {
          total += walk(item.key);
          total += walk(item.value);
          const key = isAlias(item.key) ? anchorOf(item.key, anchors) : (item.key as YamlNode | null);
          if (keys && key) {
            const text = keyText(key);
            if (text === undefined)
              error(
                'yaml-key',
                'a map key must be a plain value, not a list or a map',
                item.key,
                'use a name as the key',
              );
            else {
              const first = keys.get(text);
              if (first)
                error(
                  'duplicate-key',
                  `key '${text}' appears twice in this map (first at line ${file.locOf(first).line})`,
                  item.key,
                  'remove or rename one of them (names must be unique)',
                );
              else keys.set(text, item.key as YamlNode);
            }
          }
        } else total += walk(item);
      }
      open.delete(n);
    }
    size.set(n, total);
    return total;
  };
  walk(file.doc.contents);

  const limit = Math.max(ALIAS_EXPANSION_FLOOR, own);
  const over = expansions.find((e) => e.total > limit);
  if (over) {
    error(
      'yaml-alias',
      `aliases would add more than ${limit.toLocaleString('en-US')} values to this file (an alias bomb?); refused at *${over.alias.source}`,
      over.alias,
      'write the values out, or alias smaller nodes',
    );
  }
  return out;
}

function anchorOf(a: Alias, anchors: Map<string, YamlNode>): YamlNode | undefined {
  return anchors.get(a.source);
}
