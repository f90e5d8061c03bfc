// Shared helpers of the benchmarks: paths, process timing with peak memory, statistics, tables and
// a quiet-machine gate (the prepared inputs are in inputs.mjs). Work files go to bench/.work/
// (gitignored).
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
