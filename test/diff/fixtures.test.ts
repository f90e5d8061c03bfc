// The fixture pairs under fixtures/<pair>/{old,new}: every change class of generator/diff/README.md,
// classified as documented; the JSON and Markdown reports exactly (snapshots under __snapshots__/,
// read them when they change); the suggested version.
import { describe, expect, it } from 'vitest';
import { loadSurface } from '../../generator/diff/load.js';
import { diffReport, reportJson, reportMarkdown, type DiffReport } from '../../generator/diff/report.js';
import { pairDir, PAIRS, type Pair } from './util.js';

const reports = new Map<Pair, DiffReport>();
function report(pair: Pair): DiffReport {
  if (!reports.has(pair))
    reports.set(pair, diffReport(loadSurface(pairDir(pair, 'old')), loadSurface(pairDir(pair, 'new'))));
  return reports.get(pair)!;
}

const VM = 'com.vmware.vcenter.vm';
const CDROM = `${VM}.hardware.cdrom`;
const PROC = `${VM}.guest.processes`;
const STD = 'com.vmware.vapi.std.errors';
const MEM = `${VM}.hardware.memory`;
const DS = `${VM}.data_sets`;

/** [what the brief calls it, pair, declaration id, rule, member, class] */
const CASES: [string, Pair, string, string, string | undefined, string][] = [
  // breaking
  ['operation removed', 'ops', `${CDROM}.find`, 'operation-removed', undefined, 'breaking'],
  ['service removed', 'ops', `${VM}.hardware.serial`, 'service-removed', undefined, 'breaking'],
  ['client accessor changed', 'ops', `${VM}.hardware.boot`, 'service-accessor-changed', undefined, 'breaking'],
  ['field removed', 'types', `${CDROM}.info`, 'field-removed', 'size_MiB', 'breaking'],
  [
    'field optional→required in a request type',
    'types',
    `${CDROM}.update_spec`,
    'field-required',
    'backing',
    'breaking',
  ],
  ['field required→optional in a response type', 'types', `${CDROM}.info`, 'field-optional', 'label', 'breaking'],
  ['required field added to a request type', 'types', `${CDROM}.create_spec`, 'field-added', 'label', 'breaking'],
  ['field type changed', 'types', `${CDROM}.info`, 'field-type-changed', 'state', 'breaking'],
  ['parameter type changed', 'ops', `${PROC}.create`, 'param-type-changed', 'vm', 'breaking'],
  ['enum value removed', 'types', `${CDROM}.backing_type`, 'value-removed', 'CLIENT_DEVICE', 'breaking'],
  ['enum removed', 'types', `${CDROM}.legacy_kind`, 'enum-removed', undefined, 'breaking'],
  ['structure removed', 'types', `${CDROM}.legacy_info`, 'structure-removed', undefined, 'breaking'],
  [
    'parameter added (even optional: parameters are positional)',
    'ops',
    `${CDROM}.connect`,
    'param-added',
    'force',
    'breaking',
  ],
  ['parameter removed', 'ops', `${PROC}.delete`, 'param-removed', 'credentials', 'breaking'],
  ['parameters reordered', 'ops', `${CDROM}.update`, 'params-reordered', undefined, 'breaking'],
  ['parameter optional→required', 'ops', `${PROC}.get`, 'param-required', 'detail', 'breaking'],
  ['error added to an operation', 'ops', `${CDROM}.get`, 'error-added', `${STD}.unsupported`, 'breaking'],
  ['error data type changed', 'ops', `${PROC}.create`, 'error-data-changed', `${STD}.not_found`, 'breaking'],
  ['HTTP binding changed', 'ops', `${CDROM}.list`, 'binding-changed', 'api', 'breaking'],
  [
    'parameter moved between path, query and body',
    'ops',
    `${PROC}.create`,
    'param-location-changed',
    'spec',
    'breaking',
  ],
  ['result type changed', 'ops', `${CDROM}.list`, 'result-type-changed', undefined, 'breaking'],
  ['result removed', 'ops', `${PROC}.create`, 'result-removed', undefined, 'breaking'],
  [
    'union case drops a field (construction and narrowing break)',
    'types',
    `${CDROM}.backing_spec`,
    'case-field-dropped',
    'HOST_DEVICE',
    'breaking',
  ],
  [
    'union case requires another field (request type)',
    'types',
    `${CDROM}.backing_spec`,
    'case-field-required',
    'HOST_DEVICE',
    'breaking',
  ],
  ['tagged union removed', 'types', `${CDROM}.backing_info`, 'union-changed', 'type', 'breaking'],
  // a newer API version, as VMware's files of 9.x differ from 7.x
  [
    'field renamed only in case (another key on the wire)',
    'versions',
    `${MEM}.info`,
    'field-renamed',
    'size_MiB',
    'breaking',
  ],
  ['the same in a request type', 'versions', `${MEM}.update_spec`, 'field-renamed', 'size_MiB', 'breaking'],
  [
    'union case field now required in its case (not the field everywhere)',
    'versions',
    `${MEM}.update_spec`,
    'case-field-required',
    'MANUAL',
    'breaking',
  ],
  ['operation now only a task (returns the task id)', 'versions', `${DS}.clone`, 'task-changed', 'task', 'breaking'],
  ['operation also a task', 'versions', `${DS}.relocate`, 'task-changed', 'task', 'non-breaking'],
  [
    'parameter renamed in place, same type: positional calls unaffected',
    'versions',
    `${DS}.delete`,
    'param-renamed',
    'dataSet',
    'non-breaking',
  ],
  [
    'operations that lose their /rest paths: one entry for the API',
    'versions',
    VM,
    'rest-bindings-dropped',
    'rest',
    'non-breaking',
  ],
  ['error type removed', 'ops', `${STD}.timed_out`, 'error-type-removed', undefined, 'breaking'],
  // non-breaking
  ['service added', 'ops', `${VM}.hardware.floppy`, 'service-added', undefined, 'non-breaking'],
  ['operation added', 'ops', `${CDROM}.create`, 'operation-added', undefined, 'non-breaking'],
  ['structure added', 'types', `${CDROM}.filter_spec`, 'structure-added', undefined, 'non-breaking'],
  ['enum added', 'types', `${CDROM}.device_access_type`, 'enum-added', undefined, 'non-breaking'],
  ['optional field added', 'types', `${CDROM}.update_spec`, 'field-added', 'start_connected', 'non-breaking'],
  [
    'required field added to a response type',
    'types',
    `${CDROM}.info`,
    'field-added',
    'allow_guest_control',
    'non-breaking',
  ],
  [
    'field optional→required in a response type',
    'types',
    `${CDROM}.backing_info`,
    'field-required',
    'host_device',
    'non-breaking',
  ],
  [
    'field required→optional in a request type',
    'types',
    `${CDROM}.create_spec`,
    'field-optional',
    'backing',
    'non-breaking',
  ],
  ['enum value added (vAPI enums are open)', 'types', `${CDROM}.backing_type`, 'value-added', 'REMOTE', 'non-breaking'],
  [
    'union case allows another optional field',
    'types',
    `${CDROM}.backing_spec`,
    'case-field-allowed',
    'ISO_FILE',
    'non-breaking',
  ],
  ['parameter required→optional', 'ops', `${PROC}.create`, 'param-optional', 'spec', 'non-breaking'],
  ['result added', 'ops', `${PROC}.delete`, 'result-added', undefined, 'non-breaking'],
  ['result always set now', 'ops', `${PROC}.get`, 'result-always-set', undefined, 'non-breaking'],
  ['error removed from an operation', 'ops', `${CDROM}.get`, 'error-removed', `${STD}.unauthenticated`, 'non-breaking'],
  [
    'error now carries typed data',
    'ops',
    `${PROC}.delete`,
    'error-data-added',
    `${STD}.unauthenticated`,
    'non-breaking',
  ],
  ['binding added on the /rest style', 'ops', `${CDROM}.connect`, 'binding-added', 'rest', 'non-breaking'],
  ['privileges changed', 'ops', `${PROC}.create`, 'privileges-changed', undefined, 'non-breaking'],
  ['error type added', 'ops', `${STD}.already_exists`, 'error-type-added', undefined, 'non-breaking'],
  ['since of an operation', 'ops', `${PROC}.delete`, 'since-changed', undefined, 'non-breaking'],
  ['since of a structure', 'types', `${CDROM}.info`, 'since-changed', undefined, 'non-breaking'],
  ['since of a field', 'types', `${CDROM}.backing_spec`, 'since-changed', 'auto_detect', 'non-breaking'],
  ['since of an enum value', 'types', `${CDROM}.backing_type`, 'since-changed', 'HOST_DEVICE', 'non-breaking'],
  ['no longer deprecated', 'deprecations', `${VM}.power.info`, 'undeprecated', 'legacy_flag', 'non-breaking'],
  // deprecation
  ['operation deprecated', 'deprecations', `${VM}.power.start`, 'deprecated', undefined, 'deprecation'],
  ['structure deprecated', 'deprecations', `${VM}.power.start_spec`, 'deprecated', undefined, 'deprecation'],
  ['field deprecated', 'deprecations', `${VM}.power.info`, 'deprecated', 'clean_power_off', 'deprecation'],
  ['enum deprecated', 'deprecations', `${VM}.power.stop_mode`, 'deprecated', undefined, 'deprecation'],
  ['enum value deprecated', 'deprecations', `${VM}.power.state`, 'deprecated', 'SUSPENDED', 'deprecation'],
];

describe('classification', () => {
  it.each(CASES)('%s', (_what, pair, id, rule, member, cls) => {
    const found = report(pair).changes.filter((c) => c.id === id && c.rule === rule && c.member === member);
    expect(
      found,
      JSON.stringify(
        report(pair).changes.filter((c) => c.id === id),
        null,
        1,
      ),
    ).toHaveLength(1);
    expect(found[0]!.class).toBe(cls);
  });

  it('reports nothing else: every change of every pair is in the table', () => {
    const listed = new Set(CASES.map(([, pair, id, rule, member]) => `${pair} ${id} ${rule} ${member}`));
    const extra = PAIRS.flatMap((pair) =>
      report(pair).changes.map((c) => `${pair} ${c.id} ${c.rule} ${c.member}`),
    ).filter((k) => !listed.has(k));
    // Side effects of the table's changes, each real: the standard error enum follows the error types,
    // the new `boot` operation of hardware is what moves the boot service's accessor, and the new
    // cdrom.create brings its create_spec.
    expect(extra.sort()).toEqual([
      `ops ${STD}.error.type value-added ALREADY_EXISTS`,
      `ops ${STD}.error.type value-removed TIMED_OUT`,
      `ops ${VM}.hardware.boot operation-added undefined`,
      `ops ${CDROM}.create_spec structure-added undefined`,
    ]);
  });

  it('ignores descriptions (the manifest does not carry them) and operations of added or removed services', () => {
    for (const pair of PAIRS) expect(report(pair).changes.filter((c) => /description/i.test(c.message))).toEqual([]);
    expect(
      report('ops').changes.filter(
        (c) => c.id.startsWith(`${VM}.hardware.floppy.`) || c.id.startsWith(`${VM}.hardware.serial.`),
      ),
    ).toEqual([]);
  });
});

describe('reports', () => {
  it.each(PAIRS)('%s: JSON and Markdown', async (pair) => {
    const r = report(pair);
    await expect(reportJson(r)).toMatchFileSnapshot(`__snapshots__/${pair}.json`);
    await expect(reportMarkdown(r)).toMatchFileSnapshot(`__snapshots__/${pair}.md`);
  });

  it('suggests the next version: major for breaking, minor for additions and deprecations, 0.x shifted', () => {
    expect(report('ops').semver).toEqual({ bump: 'major', from: '1.4.2', to: '2.0.0' });
    expect(report('types').semver).toEqual({ bump: 'major', from: '0.3.1', to: '0.4.0' });
    expect(report('deprecations').semver).toEqual({ bump: 'minor', from: '2.1.0', to: '2.2.0' });
    expect(report('deprecations').summary).toEqual({
      total: 6,
      breaking: 0,
      deprecation: 5,
      nonBreaking: 1,
      added: 0,
      removed: 0,
      changed: 6,
    });
  });

  it('is the same whichever order the spec files are read in, and the same twice', () => {
    const a = reportJson(diffReport(loadSurface(pairDir('types', 'old')), loadSurface(pairDir('types', 'new'))));
    expect(a).toBe(reportJson(report('types')));
  });
});
