// Generation time, cold (a new process per run): vcgen on spec/7.0.3 vs openapi-typescript (types
// only) and @hey-api/openapi-ts (types + sdk + client-fetch, its defaults) on VMware's vcenter-vm
// file (the 111 operations of vcenter.vm; spec/7.0.3 also has the VM and the inventory, 140 in
// all, so vcgen does more here than the peers), plus vcgen's own per-stage timings from its summary line.
import { join } from 'node:path';
import {
  BIN,
  fmt,
  freshDir,
  interleave,
  median,
  mustMeasure,
  pkgVersion,
  rm,
  ROOT,
  runsOf,
  stats,
  table,
  workDir,
} from './lib.mjs';
import { peerSpec, vcgenEnv, vcgenHasCache } from './inputs.mjs';

export const title = 'Generation time (cold, whole process)';

const COLD = 'vcgen (empty cache)';
const WARM = 'vcgen (warm cache)';
const LEAN = 'vcgen --no-openapi-types (empty cache)';

/** `(load 537ms, validate 14ms, …)` and `in 5.30 s` of vcgen's summary line. */
export function parseSummary(stdout) {
  const line = stdout.split('\n').find((l) => l.startsWith('vcgen: generated') || l.startsWith('vcgen: checked')) ?? '';
  const stages = {};
  for (const m of (line.match(/\(([^)]*)\)\s*$/)?.[1] ?? '').matchAll(/([a-z][\w+-]*) (\d+)ms/g))
    stages[m[1]] = Number(m[2]);
  const cache = line.match(/cache (\d+)\/(\d+) hits/);
  const total = Number(line.match(/ in ([\d.]+) s/)?.[1]) * 1000;
  const count = (w) => Number(line.match(new RegExp(`(\\d+) ${w}`))?.[1]);
  return {
    line,
    stages,
    total,
    cacheHits: cache ? `${cache[1]}/${cache[2]}` : undefined,
    services: count('services'),
    operations: count('operations'),
    structures: count('structures'),
    files: count('files'),
  };
}

export async function run(opts, log) {
  const runs = runsOf(opts, 5);
  const spec = peerSpec(log);
  const vcgenArgs = (dir) => [BIN.vcgen, 'generate', '--spec', join(ROOT, 'spec/7.0.3'), '--out', join(dir, 'out')];
  // vcgen keeps formatted output in a cache between runs: the comparison with the peers (which
  // start from nothing) uses an empty cache per run; a warm cache (regenerating an unchanged
  // spec, the everyday case) is reported beside it.
  const warmCache = join(workDir('gen'), 'warm-cache');
  const tools = {
    [COLD]: { args: vcgenArgs, env: (dir) => vcgenEnv(join(dir, 'cache')) },
    // The client without dist/openapi.d.ts, which is openapi-typescript's own output (the peer's
    // whole job, run inside vcgen): the work that is vcgen's.
    [LEAN]: { args: (dir) => [...vcgenArgs(dir), '--no-openapi-types'], env: (dir) => vcgenEnv(join(dir, 'cache')) },
    ...(vcgenHasCache() ? { [WARM]: { args: vcgenArgs, env: () => vcgenEnv(warmCache) } } : {}),
    'openapi-typescript': { args: (dir) => [BIN.openapiTypescript, spec.file, '-o', join(dir, 'schema.d.ts')] },
    '@hey-api/openapi-ts': { args: (dir) => [BIN.heyApi, '-i', spec.file, '-o', join(dir, 'out')] },
  };
  if (tools[WARM]) {
    rm(warmCache);
    const dir = freshDir('gen');
    mustMeasure('vcgen (priming the cache)', process.execPath, vcgenArgs(dir), { cwd: dir, env: vcgenEnv(warmCache) });
    rm(dir);
  }
  const names = Object.keys(tools);
  log(`  ${runs} runs each, interleaved`);
  const { results, noisy } = interleave(
    runs,
    names,
    (name) => {
      const dir = freshDir('gen');
      try {
        // cwd = the temp dir, so that nothing a tool writes next to itself (logs) lands in the repo.
        const t = tools[name];
        const r = mustMeasure(name, process.execPath, t.args(dir), { cwd: dir, env: t.env?.(dir) });
        return { ms: r.ms, cpuMs: r.cpuMs, rssKB: r.rssKB, summary: t.env ? parseSummary(r.stdout) : undefined };
      } finally {
        rm(dir);
      }
    },
    { log },
  );

  const s = Object.fromEntries(names.map((n) => [n, stats(results[n].map((r) => r.ms))]));
  const v = s[COLD].median;
  const target = { 'openapi-typescript': 1.0, '@hey-api/openapi-ts': 0.5 };
  const label = {
    [COLD]: `${COLD}`,
    [WARM]: `${WARM}`,
    [LEAN]: `${LEAN}`,
    'openapi-typescript': `openapi-typescript ${pkgVersion('openapi-typescript')} (types)`,
    '@hey-api/openapi-ts': `@hey-api/openapi-ts ${pkgVersion('@hey-api/openapi-ts')} (types+sdk+client)`,
  };
  const rows = names.map((n) => [
    label[n],
    fmt.ms(s[n].median),
    `${fmt.ms(s[n].min)} – ${fmt.ms(s[n].max)}`,
    fmt.ms(median(results[n].map((r) => r.cpuMs))),
    fmt.mb(median(results[n].map((r) => r.rssKB))),
    n === COLD ? '1.00×' : n === WARM || n === LEAN ? '–' : fmt.x(v / s[n].median),
    target[n] ? `≤ ${target[n].toFixed(1)}× ${v / s[n].median <= target[n] ? 'met' : 'MISSED'}` : '',
  ]);
  const versus = (n) =>
    `${fmt.x(s[n].median / s['openapi-typescript'].median)} openapi-typescript, ${fmt.x(s[n].median / s['@hey-api/openapi-ts'].median)} hey-api`;
  const leanNote = `Without dist/openapi.d.ts (\`--no-openapi-types\`, empty cache) vs peers: ${versus(LEAN)}.`;
  const warmNote = tools[WARM]
    ? `Warm cache vs peers: ${fmt.x(s[WARM].median / s['openapi-typescript'].median)} openapi-typescript, ${fmt.x(s[WARM].median / s['@hey-api/openapi-ts'].median)} hey-api ` +
      `(cache hits ${results[WARM][0].summary.cacheHits ?? '?'}).`
    : '';

  // vcgen's stages, median of each over the runs; "startup" is what the summary does not see
  // (node start, loading dist/cli.js and its dependencies).
  const variants = names.filter((n) => tools[n].env);
  const stageNames = [...new Set(variants.flatMap((n) => results[n].flatMap((r) => Object.keys(r.summary.stages))))];
  const stageOf = (n, st) => median(results[n].map((r) => r.summary.stages[st]));
  const stageRows = [
    ['startup + module loading', ...variants.map((n) => fmt.ms(median(results[n].map((r) => r.ms - r.summary.total))))],
    ...stageNames.map((st) => [st, ...variants.map((n) => fmt.ms(stageOf(n, st)))]),
    ['whole process (wall)', ...variants.map((n) => fmt.ms(s[n].median))],
  ];
  const first = results[COLD][0].summary;
  return [
    `Input: vcgen ${first.services} services / ${first.operations} operations / ${first.structures} structures → ${first.files} files; ` +
      `peers: ${spec.operations} operations.`,
    `Note: ${spec.note}.`,
    '',
    table(['tool', 'median wall', 'min – max', 'CPU (user+sys)', 'peak RSS', 'vcgen ÷ tool', 'target'], rows),
    '',
    leanNote,
    warmNote,
    '',
    `vcgen per stage (median of ${runs}; from its summary line; stages that ran on the worker thread overlap):`,
    '',
    table(['stage', ...variants], stageRows),
    noisy.length ? `\nWarning: runs started on a busy machine: ${noisy.join(', ')}; re-run for clean numbers.` : '',
  ].join('\n');
}

function pct(part, whole) {
  return `${((part / whole) * 100).toFixed(0)}%`;
}
