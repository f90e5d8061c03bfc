// Consumer type-check cost: `tsc --noEmit` on a consumer that calls the same 10 operations through
// vcgen's package (by package name, through a node_modules link), through openapi-typescript's
// types + openapi-fetch, through hey-api's generated SDK, and with plain fetch and no API types.
import { cpSync, mkdirSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as consumers from './consumers.mjs';
import {
  BIN,
  fmt,
  heySdk,
  interleave,
  measure,
  median,
  NM,
  openapiTypes,
  pkgVersion,
  rm,
  runsOf,
  stats,
  table,
  tail,
  vcgenPackage,
  workDir,
  write,
} from './lib.mjs';

export const title = 'Consumer type-check cost (tsc --noEmit, 10 operations)';

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

function link(dir, name, target) {
  const p = join(dir, 'node_modules', name);
  mkdirSync(dirname(p), { recursive: true });
  symlinkSync(target, p, 'dir');
}

/** Builds the four consumer projects under bench/.work/typecheck/. */
export function setup(log) {
  const base = workDir('typecheck');
  const make = (name, source, extra) => {
    const dir = join(base, name);
    rm(dir);
    write(join(dir, 'package.json'), JSON.stringify({ name: `consumer-${name}`, private: true, type: 'module' }));
    write(join(dir, 'tsconfig.json'), JSON.stringify(TSCONFIG, null, 2));
    write(join(dir, 'main.ts'), source);
    link(dir, '@types/node', join(NM, '@types/node'));
    extra?.(dir);
    return dir;
  };
  const pkg = vcgenPackage(log);
  const schema = openapiTypes(log);
  const hey = heySdk(log);
  return {
    'vcgen (@vcgen/vcenter-vm)': make('vcgen', consumers.vcgen, (dir) => link(dir, '@vcgen/vcenter-vm', pkg)),
    [`openapi-typescript + openapi-fetch ${pkgVersion('openapi-fetch')}`]: make(
      'openapi-fetch',
      consumers.openapiFetch,
      (dir) => {
        cpSync(schema, join(dir, 'schema.d.ts'));
        link(dir, 'openapi-fetch', join(NM, 'openapi-fetch'));
        link(dir, 'openapi-typescript-helpers', join(NM, 'openapi-typescript-helpers'));
      },
    ),
    'hey-api sdk (generated .ts compiled along)': make('hey-api', consumers.heyApi, (dir) =>
      cpSync(hey, join(dir, 'hey'), { recursive: true }),
    ),
    'plain fetch, no API types (baseline)': make('plain-fetch', consumers.plainFetch),
  };
}

/** Files, lines, types, instantiations and check time from one `--extendedDiagnostics` run. */
function diagnostics(dir) {
  const r = measure(
    process.execPath,
    [BIN.tsc, '--noEmit', '-p', join(dir, 'tsconfig.json'), '--extendedDiagnostics'],
    { cwd: dir },
  );
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
  const projects = setup(log);
  const names = Object.keys(projects);
  for (const n of names) {
    const r = measure(process.execPath, [BIN.tsc, '--noEmit', '-p', join(projects[n], 'tsconfig.json')], {
      cwd: projects[n],
    });
    if (r.status !== 0) throw new Error(`consumer "${n}" does not type-check:\n${tail(r.stdout + r.stderr)}`);
  }
  log(`  ${runs} runs each, interleaved (typescript ${pkgVersion('typescript')})`);
  const { results, noisy } = interleave(
    runs,
    names,
    (n) => {
      const r = measure(process.execPath, [BIN.tsc, '--noEmit', '-p', join(projects[n], 'tsconfig.json')], {
        cwd: projects[n],
      });
      return { ms: r.ms, rssKB: r.rssKB };
    },
    { log },
  );
  const baseline = names.at(-1);
  const bMs = median(results[baseline].map((r) => r.ms));
  const bKB = median(results[baseline].map((r) => r.rssKB));
  const rows = names.map((n) => {
    const s = stats(results[n].map((r) => r.ms));
    const kb = median(results[n].map((r) => r.rssKB));
    const d = diagnostics(projects[n]);
    return [
      n,
      fmt.ms(s.median),
      `${fmt.ms(s.min)} – ${fmt.ms(s.max)}`,
      n === baseline ? '–' : delta(fmt.ms, s.median - bMs),
      fmt.mb(kb),
      n === baseline ? '–' : delta(fmt.mb, kb - bKB),
      `${d.files} / ${fmt.int(d.lines)}`,
      fmt.int(d.types),
      fmt.int(d.instantiations),
      `${(d.checkS * 1000).toFixed(0)} ms`,
    ];
  });
  return [
    'Each consumer: strict NodeNext project, skipLibCheck, @types/node; the same 10 calls (cdrom get/list/update, serial disconnect, ' +
      'power start/get, guest processes create, disk create, tools get, console tickets create). Wall time of the whole tsc process.',
    '',
    table(
      [
        'consumer',
        'median wall',
        'min – max',
        'over baseline',
        'peak RSS',
        'over baseline',
        'files / lines',
        'types',
        'instantiations',
        'check time',
      ],
      rows,
    ),
    noisy.length ? `\nWarning: runs started on a busy machine: ${noisy.join(', ')}; re-run for clean numbers.` : '',
  ].join('\n');
}

function delta(f, d) {
  return `${d < 0 ? '−' : '+'}${f(Math.abs(d))}`;
}
