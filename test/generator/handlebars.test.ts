// Templates precompiled by the build (dist/templates.cjs) render exactly what compiling them at
// run time renders, and are used only for the text they were made from.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emitAll } from '../../generator/emit/all.js';
import { template } from '../../generator/emit/files.js';
import { buildIr } from '../../generator/ir/build.js';
import { defaultTemplatesDir } from '../../generator/paths.js';
import { GENERATOR_VERSION } from '../../generator/paths.js';
import { createRenderer, precompiled } from '../../generator/render/handlebars.js';
import { loadSpec } from '../../generator/spec/load.js';
import { checkSpec } from '../../generator/spec/validate.js';
import { loadTemplates, runtimeModules } from '../../generator/templates/load.js';
import { fixtureDir, ROOT } from '../setup/generate.js';

const templateNames = readdirSync(defaultTemplatesDir)
  .filter((n) => n.endsWith('.hbs'))
  .sort();

describe('precompiled templates', () => {
  it('cover every default template, made from its current text', () => {
    const specs = precompiled();
    expect(Object.keys(specs).sort()).toEqual(templateNames);
    for (const name of templateNames) {
      const text = readFileSync(join(defaultTemplatesDir, name), 'utf8');
      expect(specs[name]!.hash, name).toBe(createHash('sha256').update(text).digest('hex'));
    }
  });

  it.each([
    ['minimal', fixtureDir('minimal')],
    ['hostile', fixtureDir('hostile')],
    ['7.0.3', join(ROOT, 'spec/7.0.3')],
  ])('render the %s spec as templates compiled at run time do', (_, dir) => {
    const ir = buildIr(checkSpec(loadSpec(dir)));
    const templates = loadTemplates(defaultTemplatesDir);
    const pre = createRenderer(templates);
    const fresh = createRenderer(templates, {});
    const runtime = runtimeModules(templates);
    const emitted = emitAll({
      ir,
      generatorVersion: GENERATOR_VERSION,
      openapiTypes: true,
      runtime,
      verbatim: templates.verbatim,
    });
    const files = emitted.flatMap((f) =>
      f.kind === 'ts-module' || f.kind === 'markdown' || f.kind === 'text' ? [f] : [],
    );
    expect(new Set(files.map((f) => f.template.name)).size).toBeGreaterThan(5);
    for (const f of files) expect(pre.render(f.template, f.view), f.path).toBe(fresh.render(f.template, f.view));
    const banner = template<{ generatorVersion: string; apiVersion: string }>('banner.hbs');
    expect(pre.render(banner, { generatorVersion: '1', apiVersion: '2' })).toBe(
      fresh.render(banner, { generatorVersion: '1', apiVersion: '2' }),
    );
  });

  it('are not used for a template whose text differs (an override)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vcgen-hbs-'));
    writeFileSync(join(dir, 'banner.hbs'), '// banner {{apiVersion}} (overridden)\n');
    const r = createRenderer(loadTemplates(defaultTemplatesDir, dir));
    expect(r.render(template<{ apiVersion: string }>('banner.hbs'), { apiVersion: '9.1' })).toBe(
      '// banner 9.1 (overridden)\n',
    );
    expect(r.overridden).toEqual(['banner.hbs']);
  });
});
