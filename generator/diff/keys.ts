// Sorted key sets of two maps (what only one side has, what both have), in code-point order so
// that reports never depend on the locale.
import { byCode } from '../model/order.js';

/** Sorted keys of `a` missing from `b`. */
export function missingFrom<T>(a: Map<string, T>, b: Map<string, T>): string[] {
  return [...a.keys()].filter((k) => !b.has(k)).sort(byCode);
}

/** Sorted keys present in both. */
export function common<T>(a: Map<string, T>, b: Map<string, T>): string[] {
  return [...a.keys()].filter((k) => b.has(k)).sort(byCode);
}
