// A content-addressed cache for the costly, deterministic steps of the render stage (ts-morph
// assembly, prettier, openapi-typescript). Key = hash of the tool versions, the step and its input;
// the output for an unchanged input is therefore always the same bytes, cached or not. A warm
// regeneration loads neither prettier nor TypeScript. Entries live in node_modules/.cache/vcgen
// (next to the project being generated), unused ones are pruned by age.
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface Cache {
  get(step: string, input: string): string | undefined;
  set(step: string, input: string, output: string): void;
  /** Marks the entries used as fresh and prunes old ones (set writes new entries at once). */
  flush(): void;
  readonly hits: number;
  readonly misses: number;
  /** True when the cache already held entries (a warm run is likely). */
  readonly warm: boolean;
}

const MAX_AGE_MS = 14 * 24 * 3600 * 1000;

function toolVersions(): string {
  const require = createRequire(import.meta.url);
  const version = (pkg: string): string => {
    try {
      return (require(`${pkg}/package.json`) as { version: string }).version;
    } catch {
      return '?';
    }
  };
  return ['ts-morph', 'prettier', '@prettier/plugin-oxc', 'oxc-transform', 'openapi-typescript', 'typescript']
    .map((p) => `${p}@${version(p)}`)
    .join(',');
}

/** node_modules/.cache/vcgen of the nearest project above `from`, else the OS temp dir. */
export function defaultCacheDir(from: string): string {
  if (process.env.VCGEN_CACHE_DIR) return process.env.VCGEN_CACHE_DIR;
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'node_modules'))) return join(dir, 'node_modules', '.cache', 'vcgen');
    if (dirname(dir) === dir) return join(tmpdir(), 'vcgen-cache');
  }
}

/**
 * A fingerprint of the generator's own code (the bundles in dist/), so that any change to how a
 * step works invalidates what the cache holds for it.
 */
export function generatorFingerprint(root: string): string {
  const h = createHash('sha256');
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.js') || name.endsWith('.cjs')) h.update(name).update(readFileSync(p));
    }
  };
  try {
    walk(join(root, 'dist'));
  } catch {
    h.update(String(Date.now()));
  }
  return h.digest('hex');
}

export function noCache(): Cache {
  return { get: () => undefined, set: () => undefined, flush: () => undefined, hits: 0, misses: 0, warm: false };
}

export function openCache(dir: string, salt: string): Cache {
  const seed = `${salt}\0${toolVersions()}\0`;
  const key = (step: string, input: string): string =>
    createHash('sha256').update(seed).update(step).update('\0').update(input).digest('hex');
  const path = (k: string): string => join(dir, k.slice(0, 2), `${k}.txt`);
  const dirs = new Set<string>();
  let written = 0;
  const used: string[] = [];
  let hits = 0;
  let misses = 0;
  const warm = existsSync(dir) && readdirSync(dir).length > 0;
  return {
    get hits() {
      return hits;
    },
    get misses() {
      return misses;
    },
    warm,
    get(step, input) {
      const k = key(step, input);
      try {
        const out = readFileSync(path(k), 'utf8');
        hits++;
        used.push(k);
        return out;
      } catch {
        misses++;
        return undefined;
      }
    },
    // Entries are written as they are made (this thread is idle while the workers format); a
    // write goes to a temporary file renamed into place, so readers never see half an entry.
    set(step, input, output) {
      try {
        const p = path(key(step, input));
        const sub = dirname(p);
        if (!dirs.has(sub)) {
          mkdirSync(sub, { recursive: true });
          dirs.add(sub);
        }
        const tmp = `${p}.${process.pid}.tmp`;
        writeFileSync(tmp, output);
        renameSync(tmp, p);
        written++;
      } catch {
        // A cache that cannot be written only costs speed.
      }
    },
    flush() {
      try {
        const now = new Date();
        for (const k of used) utimesSync(path(k), now, now);
        if (written) prune(dir);
      } catch {
        // as above
      }
    },
  };
}

function prune(dir: string): void {
  const limit = Date.now() - MAX_AGE_MS;
  for (const sub of readdirSync(dir)) {
    for (const f of readdirSync(join(dir, sub))) {
      const p = join(dir, sub, f);
      if (statSync(p).mtimeMs < limit) rmSync(p, { force: true });
    }
  }
}
