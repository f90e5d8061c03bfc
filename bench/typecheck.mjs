// Consumer type-check cost: `tsc --noEmit` on consumers written against vcgen's package (by package
// name, through a node_modules link), openapi-typescript's types + openapi-fetch, hey-api's
// generated SDK, and plain fetch with no API types. Two consumers: the same 10 operations of
// vcenter.vm (cdrom, serial, power, guest processes, disk, tools, console), and a VM's lifecycle in
// 10 calls (find, get, placement, clone as a task, relocate, power off and wait, delete).
// `--before <git ref>` adds rows for the package committed at that ref (its generated/vcenter-vm),
// measured in the same rounds, with the ratio of the current package to it paired by round.
import { cpSync, mkdirSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as lifecycle from './consumers-lifecycle.mjs';
import * as ops from './consumers.mjs';
import {
  BIN,
  fmt,
  interleave,
  measure,
  median,
  NM,
  pkgVersion,
  rm,
  runsOf,
  stats,
  table,
  tail,
  workDir,
  write,
} from './lib.mjs';
import { heySdk, openapiTypes, vcgenPackage } from './inputs.mjs';
import { committedTree } from './refs.mjs';

export const title = 'Consumer type-check cost (tsc --noEmit; 10 operations, and a VM lifecycle in 10 calls)';

// The consumer settings of test/package (strict, NodeNext, skipLibCheck as most apps have it).
const TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    lib: ['ES2023', 'DOM'],
    strict: true,
    noUncheckedIndexedAccess: true,
    verbatimModuleSyntax: true,
    skipLibCheck: true,
    types: ['node'],
    noEmit: true,
  },
  include: ['main.ts'],
};

const SETS = {
  ops: {
    heading: '10 operations',
    sources: ops,
    about:
      'the same 10 calls (cdrom get/list/update, serial disconnect, power start/get, guest processes create, disk create, ' +
      "tools get, console tickets create); the peers read VMware's vcenter-vm-7.0.3.swagger.json (converted, see gen)",
  },
  lifecycle: {
    heading: 'a VM lifecycle in 10 calls',
    sources: lifecycle,
    about:
      'vms.list by name, vms.get (the whole configuration: every hardware type), folders/resourcePools/datastores.list, ' +
      'vms.cloneTask + task.wait, vms.relocate, power.stop, waitForPowerState, vms.delete; the peers read the package’s ' +
      'openapi.json and poll /api/cis/tasks and the power state with fetch loops of their own',
  },
};
const VCGEN = 'vcgen (@vcgen/vcenter-vm)';
const BASELINE = 'plain fetch, no API types (baseline)';

function link(dir, name, target) {
  const p = join(dir, 'node_modules', name);
  mkdirSync(dirname(p), { recursive: true });
  symlinkSync(target, p, 'dir');
}

/**
 * Builds the consumer projects under bench/.work/typecheck/<set>/<client>/. Returns a list of
 * { set, name, dir, before } (before: the rows of the package at `before`).
 */
export function setup(log, { before } = {}) {
  const base = workDir('typecheck');
  const pkg = vcgenPackage(log);
  const old = before ? committedTree(before, 'generated/vcenter-vm') : undefined;
  const own = { input: join(pkg, 'openapi.json') };
  const peers = {
    ops: { schema: openapiTypes(log), hey: heySdk(log) },
    lifecycle: {
      schema: openapiTypes(log, { ...own, name: 'openapi-typescript-package' }),
      hey: heySdk(log, { ...own, name: 'hey-api-package' }),
    },
  };
  const projects = [];
  for (const [set, { sources }] of Object.entries(SETS)) {
    const make = (name, dirName, source, extra, more = {}) => {
      const dir = join(base, set, dirName);
      rm(dir);
      write(
        join(dir, 'package.json'),
        JSON.stringify({ name: `consumer-${set}-${dirName}`, private: true, type: 'module' }),
      );
      write(join(dir, 'tsconfig.json'), JSON.stringify(TSCONFIG, null, 2));
      write(join(dir, 'main.ts'), source);
      link(dir, '@types/node', join(NM, '@types/node'));
      extra?.(dir);
      projects.push({ set, name, dir, ...more });
    };
    make(VCGEN, 'vcgen', sources.vcgen, (dir) => link(dir, '@vcgen/vcenter-vm', pkg));
    if (old) {
      const label = `vcgen, package at ${old.commit.startsWith(before) ? old.commit.slice(0, 7) : `${before} (${old.commit.slice(0, 7)})`}`;
      make(label, 'vcgen-before', sources.vcgen, (dir) => link(dir, '@vcgen/vcenter-vm', old.path), { before: true });
    }
    make(
      `openapi-typescript + openapi-fetch ${pkgVersion('openapi-fetch')}`,
      'openapi-fetch',
      sources.openapiFetch,
      (dir) => {
        cpSync(peers[set].schema, join(dir, 'schema.d.ts'));
        link(dir, 'openapi-fetch', join(NM, 'openapi-fetch'));
        link(dir, 'openapi-typescript-helpers', join(NM, 'openapi-typescript-helpers'));
      },
    );
    make('hey-api sdk (generated .ts compiled along)', 'hey-api', sources.heyApi, (dir) =>
      cpSync(peers[set].hey, join(dir, 'hey'), { recursive: true }),
    );
    make(BASELINE, 'plain-fetch', sources.plainFetch);
  }
  return projects;
}

const tsc = (dir, ...extra) =>
  measure(process.execPath, [BIN.tsc, '--noEmit', '-p', join(dir, 'tsconfig.json'), ...extra], { cwd: dir });

/** Files, lines, types, instantiations and check time from one `--extendedDiagnostics` run. */
function diagnostics(dir) {
  const r = tsc(dir, '--extendedDiagnostics');
  const get = (k) => r.stdout.match(new RegExp(`^${k}:\\s+([\\d.]+)`, 'm'))?.[1];
  return {
    files: Number(get('Files')),
    lines: Number(get('Lines of TypeScript') ?? 0) + Number(get('Lines of Definitions') ?? 0),
    types: Number(get('Types')),
    instantiations: Number(get('Instantiations')),
    checkS: Number(get('Check time')),
  };
}

export async function run(opts, log) {
  const runs = runsOf(opts, 5);
  const all = setup(log, { before: opts.before });
  const notes = [];
  const projects = all.filter((p) => {
    const r = tsc(p.dir);
    if (r.status === 0) return true;
    const first = (r.stdout + r.stderr).split('\n').find((l) => /error TS/.test(l)) ?? tail(r.stdout + r.stderr, 1);
    // The package before may lack what a consumer calls (the lifecycle services): a note, not a failure.
    if (p.before) notes.push(`${SETS[p.set].heading}: ${p.name} does not compile this consumer (${first.trim()}).`);
    else throw new Error(`consumer "${p.set}/${p.name}" does not type-check:\n${tail(r.stdout + r.stderr)}`);
    return false;
  });
  const key = (p) => `${p.set}: ${p.name}`;
  const byKey = Object.fromEntries(projects.map((p) => [key(p), p]));
  log(`  ${runs} runs each, interleaved (typescript ${pkgVersion('typescript')})`);
  const { results, noisy } = interleave(
    runs,
    Object.keys(byKey),
    (k) => {
      const r = tsc(byKey[k].dir);
      return { ms: r.ms, cpuMs: r.cpuMs, rssKB: r.rssKB };
    },
    { log },
  );

  const out = [];
  for (const [set, { heading, about }] of Object.entries(SETS)) {
    const mine = projects.filter((p) => p.set === set);
    const bMs = median(results[`${set}: ${BASELINE}`].map((r) => r.ms));
    const bKB = median(results[`${set}: ${BASELINE}`].map((r) => r.rssKB));
    const rows = mine.map((p) => {
      const list = results[key(p)];
      const s = stats(list.map((r) => r.ms));
      const kb = median(list.map((r) => r.rssKB));
      const d = diagnostics(p.dir);
      const base = p.name === BASELINE;
      return [
        p.name,
        fmt.ms(s.median),
        `${fmt.ms(s.min)} – ${fmt.ms(s.max)}`,
        base ? '–' : delta(fmt.ms, s.median - bMs),
        fmt.ms(median(list.map((r) => r.cpuMs))),
        fmt.mb(kb),
        base ? '–' : delta(fmt.mb, kb - bKB),
        `${d.files} / ${fmt.int(d.lines)}`,
        fmt.int(d.types),
        fmt.int(d.instantiations),
        `${(d.checkS * 1000).toFixed(0)} ms`,
      ];
    });
    out.push(
      `### ${heading}`,
      '',
      `Each consumer: strict NodeNext project, skipLibCheck, @types/node; ${about}. Wall time of the whole tsc process; ` +
        'CPU = its user+sys time (median), which others’ load on the machine disturbs less.',
      '',
      table(
        [
          'consumer',
          'median wall',
          'min – max',
          'over baseline',
          'CPU',
          'peak RSS',
          'over baseline',
          'files / lines',
          'types',
          'instantiations',
          'check time',
        ],
        rows,
      ),
      '',
    );
    const old = mine.find((p) => p.before);
    if (old) out.push(paired(results[`${set}: ${VCGEN}`], results[key(old)], results[`${set}: ${BASELINE}`]), '');
  }
  out.push(...notes);
  if (noisy.length)
    out.push(`\nWarning: runs started on a busy machine: ${noisy.join(', ')}; re-run for clean numbers.`);
  return out.join('\n');
}

/** The current package's wall and CPU time over the one before, paired by round (and the wall over the baseline). */
function paired(now, before, baseline) {
  const ratio = (f) => {
    const r = stats(now.map((x, i) => f(x) / f(before[i])));
    return `${fmt.x(r.median)} (${fmt.x(r.min)} – ${fmt.x(r.max)})`;
  };
  const over = (list) => delta(fmt.ms, stats(list.map((r, i) => r.ms - baseline[i].ms)).median);
  return (
    `Current package ÷ package before, paired by round: wall ${ratio((r) => r.ms)}, CPU ${ratio((r) => r.cpuMs)}; ` +
    `wall over the baseline, paired: ${over(now)} now, ${over(before)} before.`
  );
}

function delta(f, d) {
  return `${d < 0 ? '−' : '+'}${f(Math.abs(d))}`;
}
