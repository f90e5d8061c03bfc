// The surface read from manifest.json, and rules best shown on edited manifests: names the
// generator decides (client methods, exported type and error class names), error wire types,
// manifests written before a key existed, directions, and the semver table.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { semverOf, type Change } from '../../generator/diff/classify.js';
import { compareSurfaces } from '../../generator/diff/compare.js';
import { surfaceFromManifest } from '../../generator/diff/surface.js';
import { manifestDir, pairDir } from './util.js';

type Manifest = {
  packageVersion?: string;
  operations: { name: string; method: string; since?: string }[];
  structures: { id: string; name: string; since?: string; fields: { since?: string }[] }[];
  enums: { id: string; name: string; since?: string; valueSince?: unknown }[];
  errors: { id: string; type: string; name: string }[];
};
const manifest = (): Manifest =>
  JSON.parse(readFileSync(join(manifestDir(pairDir('types', 'old')), 'manifest.json'), 'utf8')) as Manifest;
const rules = (cs: Change[]): string[] =>
  cs.map((c) => `${c.class} ${c.rule} ${c.id}${c.member ? ` ${c.member}` : ''}: ${c.message}`);

describe('surface', () => {
  it('reports names the client exports: methods, types, error classes and wire types', () => {
    const a = manifest();
    const b = manifest();
    b.operations.find((o) => o.name === 'get')!.method = 'fetch';
    b.structures.find((s) => s.id.endsWith('.info'))!.name = 'HardwareCdromInfo2';
    b.enums.find((e) => e.id.endsWith('.backing_type'))!.name = 'CdromBackingType';
    const nf = b.errors.find((e) => e.id.endsWith('.not_found'))!;
    nf.type = 'MISSING';
    nf.name = 'MissingError';
    expect(rules(compareSurfaces(surfaceFromManifest(a), surfaceFromManifest(b)))).toEqual([
      'breaking method-changed com.vmware.vcenter.vm.hardware.cdrom.get: client method `get` → `fetch`',
      'breaking type-name-changed com.vmware.vcenter.vm.hardware.cdrom.info: exported TypeScript name `HardwareCdromInfo` → `HardwareCdromInfo2`',
      'breaking type-name-changed com.vmware.vcenter.vm.hardware.cdrom.backing_type: exported TypeScript name `HardwareCdromBackingType` → `CdromBackingType`',
      'breaking error-type-changed com.vmware.vapi.std.errors.not_found class: exported class `NotFoundError` → `MissingError`',
      'breaking error-type-changed com.vmware.vapi.std.errors.not_found type: wire type `NOT_FOUND` → `MISSING`',
    ]);
  });

  it('reads manifests written before since, packageVersion and valueSince existed; they compare as unknown', () => {
    const a = manifest();
    const old = JSON.parse(JSON.stringify(a)) as Manifest;
    delete old.packageVersion;
    for (const s of old.structures) {
      delete s.since;
      for (const f of s.fields) delete f.since;
    }
    for (const e of old.enums) delete e.valueSince;
    const s = surfaceFromManifest(old);
    expect(s.packageVersion).toBeUndefined();
    expect(surfaceFromManifest(old, '0.3.1').packageVersion).toBe('0.3.1');
    expect(rules(compareSurfaces(s, surfaceFromManifest(a)))).toEqual([
      'non-breaking since-changed com.vmware.vcenter.vm.hardware.cdrom.info: since unknown → 7.0.0',
      'non-breaking since-changed com.vmware.vcenter.vm.hardware.cdrom.backing_type HOST_DEVICE: value `HOST_DEVICE`: since unknown → 7.0.0',
    ]);
    expect(() => surfaceFromManifest({ name: 'not a manifest' })).toThrow(/not a vcgen manifest/);
  });

  it('derives which way each type travels from the operations that reach it', () => {
    const s = surfaceFromManifest(manifest());
    const dir = (id: string) =>
      s.structures.get(`com.vmware.vcenter.vm.hardware.cdrom.${id}`)?.direction ??
      s.enums.get(`com.vmware.vcenter.vm.hardware.cdrom.${id}`)?.direction;
    expect(dir('info')).toEqual({ input: false, output: true });
    expect(dir('backing_info')).toEqual({ input: false, output: true });
    expect(dir('update_spec')).toEqual({ input: true, output: false });
    expect(dir('backing_spec')).toEqual({ input: true, output: false });
    expect(dir('backing_type')).toEqual({ input: true, output: true });
    expect(dir('legacy_info')).toEqual({ input: false, output: false });
  });
});

describe('semverOf', () => {
  const change = (cls: Change['class'], rule: Change['rule'] = 'since-changed'): Change => ({
    class: cls,
    rule,
    kind: 'operation',
    id: 'x',
    action: 'changed',
    message: '',
  });
  it.each([
    ['1.4.2', [change('breaking')], { bump: 'major', to: '2.0.0' }],
    ['1.4.2', [change('deprecation', 'deprecated')], { bump: 'minor', to: '1.5.0' }],
    ['1.4.2', [change('non-breaking', 'operation-added')], { bump: 'minor', to: '1.5.0' }],
    ['1.4.2', [change('non-breaking', 'error-removed')], { bump: 'patch', to: '1.4.3' }],
    ['1.4.2', [], { bump: 'none', to: '1.4.2' }],
    ['0.3.1', [change('breaking')], { bump: 'major', to: '0.4.0' }],
    ['0.3.1', [change('non-breaking', 'operation-added')], { bump: 'minor', to: '0.3.2' }],
    ['0.3.1', [change('non-breaking', 'since-changed')], { bump: 'patch', to: '0.3.2' }],
    ['1.0.0-rc.1', [change('breaking')], { bump: 'major', to: '2.0.0' }],
  ] as const)('%s with %j', (from, changes, want) => {
    expect(semverOf([...changes], from)).toEqual({ from, ...want });
  });

  it('gives the level alone when the old version is unknown', () => {
    expect(semverOf([change('breaking')])).toEqual({ bump: 'major' });
  });
});
