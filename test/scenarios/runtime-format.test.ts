// The runtime is copied into packages verbatim, without a prettier pass: its sources must already
// be in the package's format.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { format } from '../../generator/render/format.js';
import { ROOT } from '../setup/generate.js';

const dir = join(ROOT, 'templates/runtime');

it.each(readdirSync(dir).filter((f) => f.endsWith('.ts')))(
  'templates/runtime/%s is prettier-formatted',
  async (file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    expect(await format('typescript', file, text)).toBe(text);
  },
);
