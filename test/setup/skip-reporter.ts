// A vitest reporter that prints, after the summary, every test skipped with a reason
// (ctx.skip(reason), see requires.ts), grouped by file and reason: what did not run, and what
// would make it run. Tests left out by a filter (-t, .only) have no reason and are not listed.
import type { Reporter, TestModule } from 'vitest/node';

export default class SkipReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const groups = new Map<string, number>();
    for (const m of modules) {
      for (const t of m.children.allTests('skipped')) {
        const r = t.result();
        if (r.state !== 'skipped' || !r.note) continue;
        const key = `${m.relativeModuleId}: ${r.note}`;
        groups.set(key, (groups.get(key) ?? 0) + 1);
      }
    }
    if (!groups.size) return;
    const lines = [...groups].map(([key, n]) => `  ${n} skipped in ${key}`);
    process.stdout.write(`\nSkipped, and why:\n${lines.join('\n')}\n`);
  }
}
