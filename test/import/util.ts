// Shared bits of the importer tests: fixture paths and a temp directory per run.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { UnitDoc } from '../../generator/import/shared/unit-doc.js';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
export const SWAGGER = join(FIXTURES, 'mini.swagger.json');
export const OPENAPI = join(FIXTURES, 'mini.openapi.yaml');

/** A fresh `<tmp>/spec/<version>` path (not created) with a sibling `overlays/` free to use. */
export function tmpSpec(version = '7.0.3'): { root: string; out: string } {
  const root = mkdtempSync(join(tmpdir(), 'vcgen-import-'));
  return { root, out: join(root, 'spec', version) };
}

export function unit(units: UnitDoc[], id: string, kind: 'service' | 'package' = 'service'): UnitDoc {
  const u = units.find((x) => (kind === 'service' ? x.service : x.package) === id);
  if (!u) throw new Error(`no ${kind} ${id} in ${units.map((x) => x.service ?? x.package).join(', ')}`);
  return u;
}
