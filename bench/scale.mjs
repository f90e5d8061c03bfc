// Scaling: generation time and peak memory on bigger specs, against the 1× run (spec/7.0.3):
// the whole vcenter API imported from VMware's file (no --only, no overlays), and synthetic 5× and
// 10× specs made of renamed copies of spec/7.0.3 (bench/make-spec.mjs).
import { join } from 'node:path';
import { parseSummary } from './gen.mjs';
import { makeSpec } from './make-spec.mjs';
import {
  BIN,
  fmt,
  freshDir,
  interleave,
  measure,
  median,
  REF_ALL,
  rm,
  ROOT,
  runsOf,
  stats,
  table,
  tail,
  workDir,
} from './lib.mjs';
import { vcgenEnv } from './inputs.mjs';

export const title = 'Scaling: whole vcenter API and synthetic 5×/10× specs';

export async function run(opts, log) {
  const runs = runsOf(opts, 3, 1);
  const notes = [];
  const specs = { '1× (spec/7.0.3)': join(ROOT, 'spec/7.0.3') };

  // The whole API: import once per run below (timed separately), generate from the last import.
  const specAll = join(workDir('scale'), 'spec-all');
  const emptyOverlays = workDir('scale', 'no-overlays');
  const importArgs = [BIN.vcgen, 'import', REF_ALL, '--out', specAll, '--overlays', emptyOverlays, '--quiet'];
  log('  importing the whole vcenter API (vcenter-7.0.3.swagger.json, no --only, empty --overlays)');
  const imp = measure(process.execPath, importArgs);
  const importLine = imp.stdout.trim().split('\n').pop() ?? '';
  const warnings =
    measure(
      process.execPath,
      importArgs.filter((a) => a !== '--quiet'),
    ).stderr.match(/warning \[[\w-]+\]/g) ?? [];
  if (imp.status !== 0) {
    notes.push(
      `Whole-API import FAILED (exit ${imp.status}); continuing without it:\n\n\`\`\`\n${tail(imp.stderr || imp.stdout)}\n\`\`\``,
    );
  } else {
    specs['whole vcenter API'] = specAll;
    const byRule = {};
    for (const w of warnings) byRule[w.slice(9, -1)] = (byRule[w.slice(9, -1)] ?? 0) + 1;
    notes.push(
      `Whole-API import: ${importLine.replace(/^import: /, '').replace(/ → .*\(/, ' (')}; ${fmt.ms(imp.ms)}, ${fmt.mb(imp.rssKB)} peak. ` +
        `Warnings by rule: ${
          Object.entries(byRule)
            .map(([k, n]) => `${k} ${n}`)
            .join(', ') || 'none'
        }.`,
    );
  }
  for (const factor of [5, 10]) {
    const dir = join(workDir('scale'), `spec-x${factor}`);
    const r = makeSpec(factor, dir, join(ROOT, 'spec/7.0.3'));
    specs[`synthetic ${factor}×`] = dir;
    log(
      `  synthetic ${factor}×: ${r.unitsCopied} units below com.vmware.vcenter.vm × ${factor} → bench/.work/scale/spec-x${factor}`,
    );
  }

  const names = Object.keys(specs);
  log(`  ${runs} runs each, interleaved`);
  const failures = {};
  const { results, noisy } = interleave(
    runs,
    names,
    (name) => {
      const dir = freshDir('scale');
      try {
        // A new process and an empty cache per run: everything is generated from scratch.
        const r = measure(process.execPath, [BIN.vcgen, 'generate', '--spec', specs[name], '--out', join(dir, 'out')], {
          cwd: dir,
          env: vcgenEnv(join(dir, 'cache')),
        });
        if (r.status !== 0) {
          failures[name] = `exit ${r.status}:\n${tail(r.stderr || r.stdout, 12)}`;
          return null;
        }
        return { ms: r.ms, rssKB: r.rssKB, summary: parseSummary(r.stdout) };
      } finally {
        rm(dir);
      }
    },
    { log },
  );
  for (const [name, why] of Object.entries(failures))
    notes.push(`generate on ${name} FAILED (${why.split('\n')[0]}):\n\n\`\`\`\n${why}\n\`\`\``);

  const ok = names.filter((n) => results[n].every(Boolean));
  const base = ok[0] === names[0] ? summarize(results[names[0]]) : null;
  const rows = ok.map((n) => {
    const s = summarize(results[n]);
    const size = base ? s.ops / base.ops : NaN;
    const tRatio = base ? s.ms / base.ms : NaN;
    const mRatio = base ? s.rssKB / base.rssKB : NaN;
    const targetT = n === 'synthetic 5×' ? (tRatio <= 4 ? ' (≤ 4× met)' : ' (≤ 4× MISSED)') : '';
    return [
      n,
      `${s.services} / ${s.ops} / ${s.structures}`,
      fmt.x(size),
      fmt.ms(s.ms),
      `${fmt.ms(s.min)} – ${fmt.ms(s.max)}`,
      fmt.x(tRatio) + targetT,
      `${(s.ms / s.ops).toFixed(1)} ms`,
      fmt.x(base ? s.ms / s.ops / (base.ms / base.ops) : NaN),
      fmt.mb(s.rssKB),
      fmt.x(mRatio) + (n === names[0] ? '' : mRatio <= size ? ' ✓' : ' ✗ (> size)'),
    ];
  });

  // Which stages grow faster than the spec: each stage's median, as a ratio to its 1× median.
  const stageNames = Object.keys(results[ok[0]]?.[0]?.summary.stages ?? {});
  const stageRows = stageNames.map((st) => [
    st,
    ...ok.map((n) => {
      const m = median(results[n].map((r) => r.summary.stages[st]));
      const b = base && median(results[names[0]].map((r) => r.summary.stages[st]));
      return n === names[0] || !b ? fmt.ms(m) : `${fmt.ms(m)} (${fmt.x(m / b)})`;
    }),
  ]);
  const startup = [
    'startup + loading',
    ...ok.map((n) => fmt.ms(median(results[n].map((r) => r.ms - r.summary.total)))),
  ];

  return [
    ...notes,
    '',
    table(
      [
        'spec',
        'services / ops / structures',
        'size (ops)',
        'median wall',
        'min – max',
        'time vs 1×',
        'per op',
        'per op vs 1×',
        'peak RSS',
        'RSS vs 1×',
      ],
      rows,
    ),
    '',
    `Targets: the 5× spec in ≤ 4× the 1× time; peak memory growing no faster than the spec (RSS ratio ≤ size ratio). ${runs} run(s) each.`,
    '',
    `vcgen per stage (median; ratio to 1×):`,
    '',
    table(['stage', ...ok], [startup, ...stageRows]),
    noisy.length ? `\nWarning: runs started on a busy machine: ${noisy.join(', ')}; re-run for clean numbers.` : '',
  ].join('\n');
}

function summarize(rs) {
  const s = stats(rs.map((r) => r.ms));
  const x = rs[0].summary;
  return {
    ...s,
    ms: s.median,
    rssKB: median(rs.map((r) => r.rssKB)),
    ops: x.operations,
    services: x.services,
    structures: x.structures,
  };
}
