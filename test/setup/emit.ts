// Emitter contexts for tests: the IR of a fixture spec (or of a spec given as files) with the
// default templates' runtime, as the pipeline gives it to each emitter.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EmitContext } from '../../generator/emit/files.js';
import { nameIndex } from '../../generator/emit/tstype.js';
import { buildIr } from '../../generator/ir/build.js';
import type { Ir } from '../../generator/ir/model.js';
import { loadSpec } from '../../generator/spec/load.js';
import { checkSpec } from '../../generator/spec/validate.js';
import { defaultRuntime, loadTemplates } from '../../generator/templates/load.js';
import { defaultTemplatesDir } from '../../generator/paths.js';
import { fixtureDir } from './generate.js';

export function contextOf(ir: Ir, openapiTypes = true): EmitContext {
  const templates = loadTemplates(defaultTemplatesDir);
  return {
    ir,
    generatorVersion: '1.2.3',
    openapiTypes,
    names: nameIndex(ir),
    runtime: defaultRuntime().modules,
    verbatim: templates.verbatim,
  };
}

/** The emitter context of a fixture under test/scenarios/fixtures. */
export function emitContext(fixture: string, openapiTypes = true): EmitContext {
  return contextOf(buildIr(checkSpec(loadSpec(fixtureDir(fixture)))), openapiTypes);
}

const API = `apiVersion: 7.0.3
root: com.vmware.vcenter.vm
package: { name: "@test/pkg", version: 1.0.0 }
`;

/** The IR of a spec given as the YAML of its files (api.yaml is added when absent). */
export function irOf(files: Record<string, string>): Ir {
  const dir = mkdtempSync(join(tmpdir(), 'vcgen-emit-'));
  for (const [name, text] of Object.entries({ 'api.yaml': API, ...files })) writeFileSync(join(dir, name), text);
  return buildIr(checkSpec(loadSpec(dir)));
}
