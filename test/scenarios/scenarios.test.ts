// Scenario table: each fixture spec in test/scenarios/fixtures/<name> is generated in memory and
// every emitted file is compared with its snapshot under __snapshots__/<name>/. The runtime
// (src/runtime/ and its dist/runtime/ files) is the same in every package: it is snapshotted once,
// under __snapshots__/runtime/, and each scenario's copy must equal it. Each scenario's tree links
// to it (src/runtime, dist/runtime), so that every tree is still a whole package other tests load.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIXTURES, pipelineFor } from '../setup/generate.js';

const scenarios = readdirSync(FIXTURES).sort();
const isRuntime = (path: string): boolean => /^(src|dist)\/runtime\//.test(path);

describe.each(scenarios)('scenario %s', (name) => {
  it('matches the snapshot of every emitted file, the runtime once for all', async () => {
    const { files } = await pipelineFor(name);
    expect(files.size).toBeGreaterThan(10);
    const runtime = [...files].filter(([path]) => isRuntime(path));
    expect(runtime.length).toBeGreaterThan(10);
    for (const [path, content] of files) {
      const snapshot = isRuntime(path) ? `__snapshots__/runtime/${path}` : `__snapshots__/${name}/${path}`;
      await expect(content, path).toMatchFileSnapshot(snapshot);
    }
  });

  it('is byte-identical when generated twice', async () => {
    const a = await pipelineFor(name);
    const b = await pipelineFor(name);
    expect([...b.files.entries()]).toEqual([...a.files.entries()]);
  });
});
