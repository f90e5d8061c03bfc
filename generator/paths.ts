// Where the generator finds its own files (schema, default templates), wherever it is run from,
// and its version.
import { fileURLToPath } from 'node:url';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

function findRoot(): string {
  // Works from generator/*.ts (tests) and from the bundled dist/cli.js alike.
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'templates')) && existsSync(join(dir, 'spec', 'schema.json'))) return dir;
    dir = dirname(dir);
  }
  throw new Error('vcgen: cannot find its templates/ and spec/schema.json next to the generator');
}

export const projectRoot: string = findRoot();
export const schemaPath: string = join(projectRoot, 'spec', 'schema.json');
export const defaultTemplatesDir: string = join(projectRoot, 'templates');

/** vcgen's version (its package.json's). */
export const GENERATOR_VERSION: string = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')).version;
