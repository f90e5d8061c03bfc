// Helpers shared by tests: run the generator on a fixture spec, in memory or onto disk.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { runPipeline, type PipelineResult } from '../../generator/pipeline.js';
import { writeTree } from '../../generator/write/atomic.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const FIXTURES = join(ROOT, 'test/scenarios/fixtures');

export function fixtureDir(name: string): string {
  return join(FIXTURES, name);
}

export async function pipelineFor(name: string, templatesDir?: string): Promise<PipelineResult> {
  return runPipeline({ specDir: fixtureDir(name), templatesDir, display: (p) => p.slice(FIXTURES.length + 1) });
}

/** Generates a fixture onto disk (a fresh directory per call) and returns the directory. */
export async function generateScenario(name: string, outDir: string): Promise<string> {
  const { files } = await pipelineFor(name);
  writeTree(outDir, files);
  return outDir;
}
