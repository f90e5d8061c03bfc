// Where vcgen's generation time goes: `node --cpu-prof bin/vcgen.js generate`, self time summed
// by module — npm packages by name, vcgen's own bundle (dist/cli.js) mapped back to generator/*.ts
// through its source map — and the hottest functions.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BIN, fmt, freshDir, mustMeasure, rm, ROOT, table, waitForQuiet } from './lib.mjs';
import { vcgenEnv } from './inputs.mjs';

export const title = 'Profile of `vcgen generate` (node --cpu-prof, self time by module)';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Source map → per generated line, sorted [column, source index] segments. */
function decodeMap(map) {
  const lines = [];
  let src = 0;
  for (const line of map.mappings.split(';')) {
    const segs = [];
    let col = 0;
    for (const seg of line.split(',')) {
      if (!seg) continue;
      const vals = [];
      let v = 0;
      let shift = 0;
      for (const ch of seg) {
        const d = B64.indexOf(ch);
        v += (d & 31) << shift;
        if (d & 32) shift += 5;
        else {
          vals.push(v & 1 ? -(v >>> 1) : v >>> 1);
          v = 0;
          shift = 0;
        }
      }
      col += vals[0];
      if (vals.length > 1) src += vals[1];
      segs.push([col, src]);
    }
    lines.push(segs);
  }
  return (line, column) => {
    const segs = lines[line];
    if (!segs?.length) return undefined;
    let lo = 0;
    let hi = segs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segs[mid][0] <= column) lo = mid;
      else hi = mid - 1;
    }
    return map.sources[segs[lo][1]];
  };
}

/**
 * vcgen's own bundle (dist/cli.js, dist/worker.js, dist/chunks/…) → generator/*.ts by source map.
 * The maps are read before the profiled run: dist/ may be rebuilt (with new chunk names) meanwhile.
 */
function readMaps() {
  const maps = new Map();
  const dist = join(ROOT, 'dist');
  for (const f of readdirSync(dist, { recursive: true })) {
    if (!String(f).endsWith('.js.map')) continue;
    try {
      maps.set(join(dist, String(f).slice(0, -4)), JSON.parse(readFileSync(join(dist, String(f)), 'utf8')));
    } catch {
      // unreadable map: that file stays unmapped
    }
  }
  return maps;
}

function classifier(rawMaps) {
  const dist = join(ROOT, 'dist/');
  const maps = new Map();
  const lookup = (file) => {
    if (!maps.has(file)) maps.set(file, rawMaps.has(file) ? decodeMap(rawMaps.get(file)) : undefined);
    return maps.get(file);
  };
  return ({ url, functionName, lineNumber, columnNumber }) => {
    if (!url) return functionName.startsWith('(') ? functionName : '(native)';
    if (/^node:internal\/(modules\/|vm|deps\/(cjs-module-lexer|acorn))/.test(url))
      return 'node: module loading (compile, resolve)';
    if (url.startsWith('node:')) return 'node: other internals';
    const path = url.startsWith('file://') ? fileURLToPath(url) : url;
    const nm = path.lastIndexOf('/node_modules/');
    if (nm >= 0) {
      const rest = path.slice(nm + 14).split('/');
      return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
    }
    if (path.startsWith(dist)) {
      const src = lookup(path)?.(lineNumber, columnNumber);
      if (src?.includes('node_modules/')) return src.slice(src.lastIndexOf('node_modules/') + 13).split('/')[0];
      return src ? `vcgen ${src.replace(/^(\.\.\/)+/, '')}` : `vcgen ${relative(ROOT, path)}`;
    }
    return relative(ROOT, path);
  };
}

/** Self time (ms) per module and per function over all profiles (one per thread). */
function summarize(profiles, maps) {
  const classify = classifier(maps);
  const byModule = new Map();
  const byFunction = new Map();
  let total = 0;
  for (const p of profiles) {
    const nodes = new Map(p.nodes.map((n) => [n.id, n]));
    for (let i = 0; i < p.samples.length; i++) {
      const us = p.timeDeltas[i + 1] ?? 0;
      const frame = nodes.get(p.samples[i]).callFrame;
      const mod = classify(frame);
      if (mod === '(idle)') continue;
      total += us;
      byModule.set(mod, (byModule.get(mod) ?? 0) + us);
      const name = frame.functionName || '(anonymous)';
      const fn = `${name.length > 50 ? `${name.slice(0, 47)}…` : name} — ${mod}`;
      byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
    }
  }
  const sorted = (m) => [...m].sort((a, b) => b[1] - a[1]);
  return { total: total / 1000, modules: sorted(byModule), functions: sorted(byFunction) };
}

/** Groups vcgen's own files into one line each and everything else by package. */
export async function run(opts, log) {
  const dir = freshDir('profile');
  try {
    waitForQuiet({ log });
    const profDir = join(dir, 'prof');
    const maps = readMaps();
    const r = mustMeasure(
      'vcgen generate --cpu-prof',
      process.execPath,
      [
        '--cpu-prof',
        '--cpu-prof-interval',
        '250',
        `--cpu-prof-dir=${profDir}`,
        BIN.vcgen,
        'generate',
        '--spec',
        join(ROOT, 'spec/7.0.3'),
        '--out',
        join(dir, 'out'),
      ],
      { cwd: dir, env: vcgenEnv(join(dir, 'cache')) },
    ); // empty cache: profile the whole work
    const files = readdirSync(profDir).filter((f) => f.endsWith('.cpuprofile'));
    const profiles = files.map((f) => JSON.parse(readFileSync(join(profDir, f), 'utf8')));
    const s = summarize(profiles, maps);
    const share = (us) => `${((us / 1000 / s.total) * 100).toFixed(1)}%`;
    const top = s.modules.slice(0, 18).map(([m, us]) => [m, fmt.ms(us / 1000), share(us)]);
    const own = s.modules.filter(([m]) => m.startsWith('vcgen '));
    const ownTotal = own.reduce((a, [, us]) => a + us, 0);
    const fns = s.functions.slice(0, 12).map(([f, us]) => [f, fmt.ms(us / 1000), share(us)]);
    const summaryLine = r.stdout.trim().split('\n').pop();
    return [
      `One profiled run (${files.length} thread profile(s), 250 µs sampling; the profiler slows the run): ${summaryLine}`,
      `Busy time sampled: ${fmt.ms(s.total)} (idle excluded); vcgen's own code: ${fmt.ms(ownTotal / 1000)} (${share(ownTotal)}).`,
      '',
      table(['module (self time)', 'ms', 'share'], top),
      '',
      'Hottest functions (self time):',
      '',
      table(['function — module', 'ms', 'share'], fns),
    ].join('\n');
  } finally {
    rm(dir);
  }
}
