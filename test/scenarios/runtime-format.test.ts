// The runtime and the fake's engine are copied into packages verbatim (ts-verbatim), without a
// prettier pass: their sources must already be in the package's format.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { format } from '../../generator/render/format.js';
import { ROOT } from '../setup/generate.js';

const files = ['runtime', 'fake'].flatMap((set) =>
  readdirSync(join(ROOT, 'templates', set))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => `${set}/${f}`),
);

it.each(files)('templates/%s is prettier-formatted', async (file) => {
  const text = readFileSync(join(ROOT, 'templates', file), 'utf8');
  expect(await format('typescript', file, text)).toBe(text);
});
