// api.yaml of an import: the version and root the draft gives, and the title, package and accessors
// kept from the spec being replaced, else from the previous version's (the same package, regenerated).
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import type { Draft, ImportLog } from '../shared/draft.js';
import { normalizeVersion } from '../shared/names.js';
import type { ApiDoc } from '../shared/unit-doc.js';

/** api.yaml: kept from an existing spec directory (title, package), version from options, dir name or file. */
export function apiDoc(
  opts: { apiVersion?: string; file: string; only?: string },
  out: string,
  draft: Draft,
  log: ImportLog,
  previous: string | undefined,
): ApiDoc | undefined {
  const version =
    opts.apiVersion ??
    (/^[0-9]+(\.[0-9]+){1,3}$/.test(basename(out)) ? basename(out) : undefined) ??
    draft.apiVersion ??
    basename(opts.file).match(/[0-9]+\.[0-9]+\.[0-9]+(\.[0-9]+)?/)?.[0];
  if (!version) {
    log.error(
      'api-version',
      'cannot tell the API version of the file',
      undefined,
      'pass --api-version <version> or name the output directory after it (spec/7.0.3)',
    );
    return undefined;
  }
  const services = [...new Set(draft.operations.map((o) => o.service))];
  const root = opts.only ?? commonPackage(services);
  const api: ApiDoc = {
    apiVersion: normalizeVersion(version),
    root,
    package: { name: `@vcgen/${root.split('.').slice(-2).join('-').toLowerCase()}`, version: '0.1.0' },
  };
  // The package (and title) of the spec being replaced, else of the previous version's: the same
  // package, regenerated; `vcgen diff` says how far its version moves.
  const existing = [out, ...(previous ? [previous] : [])].map((d) => join(d, 'api.yaml')).find((f) => existsSync(f));
  if (existing) {
    try {
      const old = parse(readFileSync(existing, 'utf8')) as Partial<ApiDoc>;
      const same = existing === join(out, 'api.yaml') || old.root === root;
      if (same && old.title) api.title = old.title;
      if (same && old.package?.name && old.package.version) api.package = { ...old.package };
      // The accessors of the services outside the root that the import has (spec/README.md).
      const kept = Object.entries(same ? (old.accessors ?? {}) : {}).filter(([id]) => services.includes(id));
      for (const id of Object.keys(same ? (old.accessors ?? {}) : {}))
        if (!services.includes(id))
          log.warn(
            'api-accessors',
            `${existing} gives '${id}' an accessor, but the import has no such service; dropped`,
            '',
          );
      if (kept.length) api.accessors = Object.fromEntries(kept);
    } catch {
      log.warn('api-file', `cannot read the existing ${existing}; writing a new one`, '');
    }
  }
  for (const id of services)
    if (id !== root && !id.startsWith(`${root}.`) && !api.accessors?.[id])
      log.warn(
        'api-accessors',
        `service '${id}' is outside the root '${root}' and has no accessor on the client`,
        '',
        `add it to api.yaml (accessors: { ${id}: <name> }) and import again (the accessors are kept)`,
      );
  return api;
}

function commonPackage(services: string[]): string {
  const split = services.map((s) => s.split('.'));
  const first = split[0] ?? [];
  let n = first.length - 1;
  for (const parts of split) {
    let i = 0;
    while (i < n && i < parts.length - 1 && parts[i] === first[i]) i++;
    n = i;
  }
  return first.slice(0, Math.max(n, 1)).join('.');
}
