// API version strings as VMware writes them: 6.7, 7.0.3, 7.0.0.1 (two to four numbers).

/** Numeric order of two versions; missing parts count as 0 (7.0 = 7.0.0). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return d;
  }
  return 0;
}
