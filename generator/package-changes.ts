// What the package already in the output directory means for a run: vcgen's own version and
// changelog (for CHANGES.md), and the warning when the runtime changed incompatibly under an
// unchanged package version.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from './diagnostics.js';
import { breakingSince, generatorVersionOf, type GeneratorInfo } from './diff/generator-changes.js';
import { projectRoot } from './paths.js';
import { GENERATOR_VERSION } from './version.js';

/** This vcgen's version and changelog, for CHANGES.md (an empty changelog when it is missing). */
export function generatorInfo(): GeneratorInfo {
  let changelog = '';
  try {
    changelog = readFileSync(join(projectRoot, 'CHANGELOG.md'), 'utf8');
  } catch {
    // a copy of vcgen without its changelog: the section then says no entry is listed
  }
  return { version: GENERATOR_VERSION, changelog };
}

/**
 * A warning when the runtime copied into the package changed incompatibly (vcgen's changelog says
 * "breaking" for a version since the one that made the previous package) while the package keeps
 * its version: its users would take a breaking change in a release that does not say so.
 */
export function unbumpedVersion(
  previousManifest: unknown,
  packageVersion: string,
  generator: GeneratorInfo,
): Diagnostic | undefined {
  const from = generatorVersionOf(previousManifest);
  const before = (previousManifest as { packageVersion?: unknown } | undefined)?.packageVersion;
  if (before !== packageVersion || !breakingSince(from, generator)) return undefined;
  return {
    severity: 'warning',
    rule: 'package-version',
    message: `vcgen ${from} → ${generator.version} changes the package's runtime incompatibly (see CHANGES.md), but its version stays ${packageVersion}`,
    fix: "raise package.version in the spec's api.yaml (a new major, or minor before 1.0) and generate again",
  };
}
