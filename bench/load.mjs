// Reading a large spec file: one map of N keys (20k, 40k) and a ~4 MB file, through the whole
// command (`vcgen generate --check`). The map sits under a key the format does not know, so the
// run ends with a schema error right after the file is read: the time is process start, YAML
// parsing, the duplicate-key check and the shape check, nothing else.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, fmt, freshDir, interleave, measure, ROOT, runsOf, stats, table } from './lib.mjs';

export const title = 'Reading large spec files (duplicate-key check)';

/** A spec directory: api.yaml plus big.yaml holding one map of `keys` entries. */
export function bigSpec(dir, keys) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'api.yaml'),
    'apiVersion: 7.0.3\nroot: com.example\npackage:\n  name: big\n  version: 1.0.0\n',
  );
  const lines = ['package: com.example', 'extra:'];
  for (let i = 0; i < keys; i++) lines.push(`  key_${i}: value ${i}`);
  writeFileSync(join(dir, 'big.yaml'), `${lines.join('\n')}\n`);
  return dir;
}

export async function run(opts, log) {
  const runs = runsOf(opts, 3, 1);
  const sizes = opts.quick ? [20_000] : [20_000, 40_000, 170_000];
  const dirs = Object.fromEntries(sizes.map((n) => [n, bigSpec(freshDir(`load-${n}`), n)]));
  const label = (n) => `${fmt.int(n)} keys (${((n * 24) / 1e6).toFixed(1)} MB)`;
  const { results } = interleave(
    runs,
    sizes.map(String),
    (n) => {
      const r = measure(
        process.execPath,
        [BIN.vcgen, 'generate', '--check', '--spec', dirs[n], '--out', join(dirs[n], 'out')],
        {
          cwd: ROOT,
          timeoutMs: 900_000,
        },
      );
      if (r.status !== 1 || !/error \[schema\]/.test(r.stderr))
        throw new Error(`load ${n}: unexpected result\n${r.stderr}`);
      return r.ms;
    },
    { log },
  );
  const rows = sizes.map((n) => {
    const s = stats(results[String(n)]);
    return [label(n), fmt.ms(s.median), fmt.ms(s.min), fmt.ms(s.max)];
  });
  return table(['input', 'median', 'min', 'max'], rows);
}
