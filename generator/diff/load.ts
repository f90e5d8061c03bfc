// Where a surface comes from: a spec directory (api.yaml; loaded, checked and turned into the IR
// as `vcgen generate` does, without rendering), a generated package directory (its manifest.json
// and package.json) or a manifest.json file.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { manifestOf } from '../ir/manifest.js';
import { buildIr } from '../ir/build.js';
import type { Ir } from '../ir/model.js';
import { loadSpec } from '../spec/load.js';
import { checkSpec } from '../spec/validate.js';
import { surfaceFromManifest, type Surface } from './surface.js';

export class SurfaceSourceError extends Error {}

/** The surface of an IR: the manifest the package would carry, read back. */
export function surfaceFromIr(ir: Ir): Surface {
  return surfaceFromManifest(manifestOf(ir, ''));
}

/** What `vcgen diff` accepts for <old> and <new>. Spec problems throw the loader's DiagnosticError. */
export function loadSurface(path: string): Surface {
  if (!existsSync(path)) throw new SurfaceSourceError(`${path} does not exist`);
  if (statSync(path).isDirectory()) {
    if (existsSync(join(path, 'api.yaml'))) return surfaceFromIr(buildIr(checkSpec(loadSpec(path))));
    if (existsSync(join(path, 'manifest.json'))) return fromManifestFile(join(path, 'manifest.json'));
    throw new SurfaceSourceError(
      `${path} is neither a spec directory (api.yaml) nor a generated package (manifest.json)`,
    );
  }
  return fromManifestFile(path);
}

function fromManifestFile(file: string): Surface {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new SurfaceSourceError(`${file}: cannot read JSON (${(e as Error).message})`);
  }
  try {
    return surfaceFromManifest(json, packageVersionNextTo(file));
  } catch (e) {
    throw new SurfaceSourceError(`${file}: ${(e as Error).message}`);
  }
}

/** The version in the package.json beside a manifest (manifests before `packageVersion` lack it). */
function packageVersionNextTo(manifest: string): string | undefined {
  const pkg = join(dirname(manifest), 'package.json');
  if (!existsSync(pkg)) return undefined;
  try {
    const v = (JSON.parse(readFileSync(pkg, 'utf8')) as { version?: unknown }).version;
    return typeof v === 'string' ? v : undefined;
  } catch {
    return undefined;
  }
}
