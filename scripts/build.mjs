// Bundles the generator (generator/**/*.ts) into dist/cli.js with esbuild.
// Runs on `npm ci` (prepare) and before the tests; takes well under a second.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';

const root = fileURLToPath(new URL('..', import.meta.url));
const entry = `${root}generator/cli.ts`;
if (!existsSync(entry)) {
  console.log('build: generator/cli.ts not present yet, nothing to bundle');
  process.exit(0);
}
await build({
  entryPoints: [entry],
  outfile: `${root}dist/cli.js`,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
});
