// Shared helpers of the benchmarks: paths, process timing with peak memory, statistics, tables,
// a quiet-machine gate, and the prepared inputs every bench needs (the vcgen package, the peers'
// OpenAPI 3 file). Work files go to bench/.work/ (gitignored).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const WORK = join(ROOT, 'bench/.work');
export const NM = join(ROOT, 'node_modules');
/**
 * VMware's files: $VCGEN_REFERENCE, or shared/reference beside the repository or beside a directory
 * above it (a git worktree, a clone one level down); the same lookup as test/setup/requires.ts.
 */
export const REF =
  process.env.VCGEN_REFERENCE ??
  [1, 2, 3].map((up) => join(ROOT, ...Array(up).fill('..'), 'shared', 'reference')).find((d) => existsSync(d)) ??
  join(ROOT, '..', 'shared', 'reference');
export const REF_VM = join(REF, 'vcenter-vm-7.0.3.swagger.json');
export const REF_ALL = join(REF, 'vcenter-7.0.3.swagger.json');
export const BIN = {
  vcgen: join(ROOT, 'bin/vcgen.js'),
  openapiTypescript: join(NM, 'openapi-typescript/bin/cli.js'),
  heyApi: join(NM, '@hey-api/openapi-ts/bin/run.js'),
  swagger2openapi: join(NM, 'swagger2openapi/swagger2openapi.js'),
  tsc: join(NM, 'typescript/bin/tsc'),
};
const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

// ---------------------------------------------------------------- options

/** Repetitions: --runs N wins, else the bench's normal count (or fewer with --quick). */
export function runsOf(opts, normal, quick = Math.min(3, normal)) {
  return opts.runs ?? (opts.quick ? quick : normal);
}

// ---------------------------------------------------------------- files

export function workDir(...parts) {
  const dir = join(WORK, ...parts);
  mkdirSync(dir, { recursive: true });
  return dir;
}

export function freshDir(prefix) {
  mkdirSync(join(WORK, 'tmp'), { recursive: true });
  return mkdtempSync(join(WORK, 'tmp', `${prefix}-`));
}

export function rm(path) {
  rmSync(path, { recursive: true, force: true });
}

export function write(path, text) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

export function pkgVersion(name) {
  return JSON.parse(readFileSync(join(NM, name, 'package.json'), 'utf8')).version;
}

// ---------------------------------------------------------------- processes

/**
 * Runs a command to completion (a new process: cold) and returns wall ms, CPU ms (user+sys, of
 * the process and its children), peak RSS in KiB (the largest of the process tree, from GNU
 * time's wait4 rusage), exit status and output.
 */
export function measure(cmd, args, { cwd = ROOT, env, timeoutMs = 600_000 } = {}) {
  const stats = join(WORK, `.time-${process.pid}`);
  const argv = GNU_TIME ? [GNU_TIME, '-f', '%U %S %M', '-o', stats, cmd, ...args] : [cmd, ...args];
  const t0 = performance.now();
  const r = spawnSync(argv[0], argv.slice(1), {
    cwd,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    timeout: timeoutMs,
  });
  const ms = performance.now() - t0;
  let cpuMs = NaN;
  let rssKB = NaN;
  if (GNU_TIME && existsSync(stats)) {
    const last = readFileSync(stats, 'utf8').trim().split('\n').pop() ?? '';
    const [u, s, m] = last.split(/\s+/).map(Number);
    cpuMs = (u + s) * 1000;
    rssKB = m;
    rmSync(stats, { force: true });
  }
  return { ms, cpuMs, rssKB, status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '', error: r.error };
}

/** Like measure, but throws with the output when the command fails. */
export function mustMeasure(label, cmd, args, opts) {
  const r = measure(cmd, args, opts);
  if (r.status !== 0) {
    throw new Error(
      `${label} failed (exit ${r.status}${r.error ? `, ${r.error.message}` : ''}):\n${tail(r.stderr || r.stdout)}`,
    );
  }
  return r;
}

export function tail(text, lines = 20) {
  return text.trim().split('\n').slice(-lines).join('\n');
}

// ---------------------------------------------------------------- quiet machine

/** Fraction of all cores busy during `ms` (from /proc/stat), i.e. other people's load when we are idle. */
export function busyCores(ms = 500) {
  const read = () => {
    const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    const idle = f[3] + (f[4] ?? 0);
    return { idle, total: f.reduce((a, b) => a + b, 0) };
  };
  if (!existsSync('/proc/stat')) return NaN;
  const a = read();
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
  const b = read();
  const total = b.total - a.total;
  return total > 0 ? ((total - (b.idle - a.idle)) / total) * cpus().length : NaN;
}

/**
 * Waits (up to maxWaitMs) until less than `threshold` cores are busy with other work, so that a
 * measurement starts on a quiet machine. Returns what it saw, for the report. When a wait ran out
 * (the machine stays busy), later waits are cut to 5 s until the machine is seen quiet again.
 */
let stayedBusy = false;
export function waitForQuiet({ threshold = 0.5, maxWaitMs = 60_000, log = () => {} } = {}) {
  const start = Date.now();
  const limit = stayedBusy ? 5_000 : maxWaitMs;
  let busy = busyCores();
  let warned = false;
  while (busy > threshold && Date.now() - start < limit) {
    if (!warned && !stayedBusy)
      log(
        `  (machine busy: ${busy.toFixed(2)} cores in use by others, load ${loadavg()[0].toFixed(2)}; waiting up to ${limit / 1000} s)`,
      );
    warned = true;
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1000);
    busy = busyCores();
  }
  const quiet = !(busy > threshold);
  if (!quiet && !stayedBusy) log('  (still busy: measuring anyway; later waits are cut to 5 s while it stays busy)');
  stayedBusy = !quiet;
  return { busy, load: loadavg()[0], waitedMs: Date.now() - start, quiet };
}

/** Runs every variant once per round, in a rotating order, each after a quiet-machine check. */
export function interleave(rounds, variants, fn, { log } = {}) {
  const results = Object.fromEntries(variants.map((v) => [v, []]));
  const noisy = [];
  for (let r = 0; r < rounds; r++) {
    const order = variants.map((_, i) => variants[(i + r) % variants.length]);
    for (const v of order) {
      const q = waitForQuiet({ log, maxWaitMs: 30_000 });
      if (!q.quiet) noisy.push(`${v}#${r + 1} (${q.busy.toFixed(2)} cores busy)`);
      results[v].push(fn(v, r));
    }
  }
  return { results, noisy };
}

// ---------------------------------------------------------------- statistics and tables

export function median(xs) {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function stats(xs) {
  const s = xs.filter((x) => Number.isFinite(x));
  const med = median(s);
  const min = Math.min(...s);
  const max = Math.max(...s);
  return { n: s.length, median: med, min, max, spread: med ? (max - min) / med : NaN };
}

export const fmt = {
  ms: (x) =>
    Number.isFinite(x)
      ? x >= 10_000
        ? `${(x / 1000).toFixed(1)} s`
        : x >= 1000
          ? `${(x / 1000).toFixed(2)} s`
          : `${x.toFixed(x < 10 ? 1 : 0)} ms`
      : '–',
  mb: (kb) => (Number.isFinite(kb) ? `${(kb / 1024).toFixed(0)} MB` : '–'),
  x: (r) => (Number.isFinite(r) ? `${r.toFixed(2)}×` : '–'),
  int: (n) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : '–'),
  bytes: (n) => (Number.isFinite(n) ? n.toLocaleString('en-US') : '–'),
};

/** A Markdown table (aligned, so it reads in a terminal and pastes into README.md). */
export function table(headers, rows, align = []) {
  const cells = [headers, ...rows].map((r) => r.map((c) => String(c ?? '')));
  const w = headers.map((_, i) => Math.max(3, ...cells.map((r) => r[i].length)));
  const right = (i) => align[i] === 'r' || (align[i] === undefined && i > 0);
  const line = (r) => `| ${r.map((c, i) => (right(i) ? c.padStart(w[i]) : c.padEnd(w[i]))).join(' | ')} |`;
  const sep = `|${w.map((n, i) => (right(i) ? `${'-'.repeat(n + 1)}:` : `${'-'.repeat(n + 2)}`)).join('|')}|`;
  return [line(cells[0]), sep, ...cells.slice(1).map(line)].join('\n');
}

export function machine() {
  const c = cpus();
  return `${c[0]?.model ?? 'cpu'} × ${c.length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}`;
}

// ---------------------------------------------------------------- vcgen's cache

const memo = new Map();
function once(key, fn) {
  if (!memo.has(key)) memo.set(key, fn());
  return memo.get(key);
}

/** Whether this vcgen keeps a cache of formatted output between runs (`generate --no-cache`). */
export function vcgenHasCache() {
  return once('has-cache', () =>
    /--no-cache/.test(
      spawnSync(process.execPath, [BIN.vcgen, 'generate', '--help'], { encoding: 'utf8' }).stdout ?? '',
    ),
  );
}

/**
 * Environment for a vcgen run with its cache in `dir` (a fresh empty dir = a cold cache). Every
 * bench run of vcgen gets one, so that benches never read or warm the project's own
 * node_modules/.cache/vcgen (another person's runs use it).
 */
export function vcgenEnv(dir) {
  return { VCGEN_CACHE_DIR: dir };
}

// ---------------------------------------------------------------- prepared inputs

/**
 * Generates the vcgen package from spec/7.0.3 with the generator as it is now (not the committed
 * generated/), outside any timing. Returns its directory.
 */
export function vcgenPackage(log = () => {}) {
  return once('vcgen-pkg', () => {
    const out = join(WORK, 'pkg/vcenter-vm');
    log('  preparing: vcgen generate --spec spec/7.0.3 → bench/.work/pkg/vcenter-vm');
    mustMeasure(
      'vcgen generate',
      process.execPath,
      [BIN.vcgen, 'generate', '--spec', 'spec/7.0.3', '--out', out, '--quiet'],
      {
        env: vcgenEnv(join(WORK, 'vcgen-cache')),
      },
    );
    return out;
  });
}

/**
 * The peers' input: VMware's Swagger 2.0 file of the 111 vcenter.vm operations, converted to
 * OpenAPI 3.0 by swagger2openapi, with operationIds made unique (VMware reuses `get`, `list`, … in
 * every service: 111 operations share 19 ids) as `<tag>_<operationId>` (`vm_hardware_serial_disconnect`).
 */
export function peerSpec(log = () => {}) {
  return once('peer-spec', () => {
    const dir = workDir('peers');
    const converted = join(dir, 'vm.oas3.json');
    const dedup = join(dir, 'vm.oas3.dedup.json');
    if (!existsSync(dedup)) {
      log('  preparing: swagger2openapi vcenter-vm-7.0.3.swagger.json → OpenAPI 3.0, de-duplicated operationIds');
      mustMeasure('swagger2openapi', process.execPath, [BIN.swagger2openapi, REF_VM, '-o', converted]);
      const doc = JSON.parse(readFileSync(converted, 'utf8'));
      const before = new Set();
      const after = new Set();
      let ops = 0;
      for (const item of Object.values(doc.paths)) {
        for (const [method, op] of Object.entries(item)) {
          if (!op || typeof op !== 'object' || !op.operationId || method === 'parameters') continue;
          ops++;
          before.add(op.operationId);
          op.operationId = `${(op.tags?.[0] ?? 'api').replace(/[^A-Za-z0-9]+/g, '_')}_${op.operationId}`;
          after.add(op.operationId);
        }
      }
      if (after.size !== ops)
        throw new Error(`de-duplicated operationIds still collide: ${after.size} ids for ${ops} operations`);
      writeFileSync(dedup, JSON.stringify(doc, null, 1));
      writeFileSync(
        join(dir, 'dedup.json'),
        JSON.stringify({ operations: ops, idsBefore: before.size, idsAfter: after.size }),
      );
    }
    const info = JSON.parse(readFileSync(join(dir, 'dedup.json'), 'utf8'));
    return {
      file: dedup,
      ...info,
      note:
        `peers read VMware's vcenter-vm-7.0.3.swagger.json converted to OpenAPI 3.0 by swagger2openapi ${pkgVersion('swagger2openapi')} (untimed); ` +
        `VMware reuses operationIds (${info.operations} operations share ${info.idsBefore} ids), so each operationId was ` +
        `rewritten to <tag>_<operationId> (e.g. vm_hardware_serial_disconnect) → ${info.idsAfter} unique ids`,
    };
  });
}

/**
 * openapi-typescript's `paths` types (untimed preparation) for an OpenAPI file: by default the
 * peers' spec; `name` keeps the outputs of other inputs apart.
 */
export function openapiTypes(log = () => {}, { input, name = 'openapi-typescript' } = {}) {
  return once(`ot-types:${name}`, () => {
    const out = join(WORK, `peers/${name}/schema.d.ts`);
    log(`  preparing: openapi-typescript → bench/.work/peers/${name}/schema.d.ts`);
    mustMeasure('openapi-typescript', process.execPath, [
      BIN.openapiTypescript,
      input ?? peerSpec(log).file,
      '-o',
      out,
    ]);
    return out;
  });
}

/**
 * hey-api's generated SDK (types + sdk + client-fetch; untimed preparation) for an OpenAPI file: by
 * default the peers' spec; `name` keeps the outputs of other inputs apart.
 */
export function heySdk(log = () => {}, { input, name = 'hey-api' } = {}) {
  return once(`hey-sdk:${name}`, () => {
    const out = join(WORK, `peers/${name}`);
    log(`  preparing: @hey-api/openapi-ts → bench/.work/peers/${name}`);
    mustMeasure('@hey-api/openapi-ts', process.execPath, [
      BIN.heyApi,
      '-i',
      input ?? peerSpec(log).file,
      '-o',
      out,
      '--silent',
    ]);
    return out;
  });
}
