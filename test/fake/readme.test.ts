// README.md's fake example is the test readme-example.test.ts runs (the same text, import
// specifiers aside), and it type-checks against the package by name, as users import it.
import { readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { consumer, tsc } from '../package/typecheck.js';
import { ROOT } from '../setup/generate.js';

const PKG = join(ROOT, 'generated/vcenter-vm');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const example = /## Testing your code against the fake[\s\S]*?```ts\n([\s\S]*?)```/.exec(README)?.[1] ?? '';

describe('README: Testing your code against the fake', () => {
  it('is the example test that runs (readme-example.test.ts)', () => {
    expect(example).toContain("from '@vcgen/vcenter-vm/fake'");
    const file = readFileSync(join(ROOT, 'test/fake/readme-example.test.ts'), 'utf8');
    const body = file.slice(file.indexOf('\nimport ') + 1);
    const asInReadme = body
      .replaceAll("'../../generated/vcenter-vm/dist/fake/index.js'", "'@vcgen/vcenter-vm/fake'")
      .replaceAll("'../../generated/vcenter-vm/dist/index.js'", "'@vcgen/vcenter-vm'");
    // Line breaks may differ (prettier wraps the longer import paths): compare without whitespace.
    const bare = (t: string) => t.replace(/\s+/g, '').replace(/,([}\])])/g, '$1');
    expect(bare(asInReadme)).toBe(bare(example));
  });

  it('type-checks against the package by name', () => {
    const dir = consumer(PKG, { 'example.test.ts': example });
    symlinkSync(join(ROOT, 'node_modules/vitest'), join(dir, 'node_modules/vitest'), 'dir');
    const r = tsc(join(dir, 'tsconfig.json'));
    expect(r.output).toBe('');
  });
});
