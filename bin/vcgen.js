#!/usr/bin/env node
// vcgen command line. The generator is bundled into dist/cli.js by `npm run build`
// (run automatically by `npm ci` / `npm install`).
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write('vcgen: dist/cli.js is missing; run `npm run build` (npm ci does it for you)\n');
  process.exit(2);
}
const { main } = await import(cli.href);
process.exitCode = await main(process.argv.slice(2));
