// Scenario table: each fixture spec in test/scenarios/fixtures/<name> is generated in memory and
// every emitted file is compared with its snapshot under __snapshots__/<name>/.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIXTURES, pipelineFor } from '../setup/generate.js';

const scenarios = readdirSync(FIXTURES).sort();

describe.each(scenarios)('scenario %s', (name) => {
  it('matches the snapshot of every emitted file', async () => {
    const { files } = await pipelineFor(name);
    expect(files.size).toBeGreaterThan(10);
    for (const [path, content] of files) {
      await expect(content, path).toMatchFileSnapshot(`__snapshots__/${name}/${path}`);
    }
  });

  it('is byte-identical when generated twice', async () => {
    const a = await pipelineFor(name);
    const b = await pipelineFor(name);
    expect([...b.files.entries()]).toEqual([...a.files.entries()]);
  });
});
