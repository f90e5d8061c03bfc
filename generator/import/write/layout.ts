// Where each unit lives in a spec directory, and the rendered file set (api.yaml + one file per unit).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { schemaPath } from '../../paths.js';
import { writeTree } from '../../write/atomic.js';
import { toYaml } from './yaml.js';
import { unitId, unitKind, type ApiDoc, type UnitDoc } from '../shared/unit-doc.js';

/** `com.vmware.vcenter.vm.hardware/cdrom.yaml` for a service, `<package id>/_package.yaml` for a package. */
export function unitFile(u: UnitDoc): string {
  const id = unitId(u);
  if (unitKind(u) === 'package') return `${id}/_package.yaml`;
  const dot = id.lastIndexOf('.');
  return `${id.slice(0, dot)}/${id.slice(dot + 1)}.yaml`;
}

function modeline(outDir: string, rel: string): string {
  return relative(dirname(join(outDir, rel)), schemaPath)
    .split(sep)
    .join('/');
}

/** Enum values without details are written as plain strings. */
function compact(u: UnitDoc): Record<string, unknown> {
  if (!u.enums) return u as unknown as Record<string, unknown>;
  const enums = Object.fromEntries(
    Object.entries(u.enums).map(([k, e]) => [
      k,
      { ...e, values: e.values.map((v) => (Object.keys(v).length === 1 ? v.value : v)) },
    ]),
  );
  return { ...u, enums } as unknown as Record<string, unknown>;
}

export function renderSpec(outDir: string, api: ApiDoc, units: UnitDoc[]): Map<string, string> {
  const files = new Map<string, string>();
  files.set('api.yaml', toYaml(api as unknown as Record<string, unknown>, modeline(outDir, 'api.yaml')));
  for (const u of units) {
    const rel = unitFile(u);
    files.set(rel, toYaml(compact(u), modeline(outDir, rel)));
  }
  return files;
}

/** A directory the importer may replace: absent, empty, or a spec directory (has api.yaml). */
export function isSpecDirReplaceable(dir: string): boolean {
  if (!existsSync(dir)) return true;
  if (!statSync(dir).isDirectory()) return false;
  const entries = readdirSync(dir);
  return entries.length === 0 || entries.includes('api.yaml');
}

/** Writes the whole directory next to the target and swaps it in; files no longer produced go away. */
export function writeSpecDir(outDir: string, files: Map<string, string>): void {
  writeTree(outDir, files);
}
