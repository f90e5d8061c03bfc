// The real thing: spec/7.0.2 → spec/7.0.3. Every change reported is one VMware's files show (the
// NVMe adapter service, guest customization status, cloud-init customization, NVMe disks and
// adapters); nothing is an artefact of 7.0.2's thinner Swagger (spec/7.0.2 is imported with
// --facts-from spec/7.0.3, which gives it the privileges its prose leaves out too).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSurface } from '../../generator/diff/load.js';
import { diffReport, summaryLine } from '../../generator/diff/report.js';
import { ROOT } from './util.js';

const OLD = join(ROOT, 'spec/7.0.2');
const NEW = join(ROOT, 'spec/7.0.3');

describe('spec/7.0.2 → spec/7.0.3', () => {
  const r = diffReport(loadSurface(OLD), loadSurface(NEW));
  const lines = r.changes.map((c) => `${c.class} ${c.rule} ${c.id}${c.member ? ` ${c.member}` : ''}`);

  it('is 18 additions, nothing breaking: a patch release in 0.x', () => {
    expect(r.summary).toEqual({
      total: 18,
      breaking: 0,
      deprecation: 0,
      nonBreaking: 18,
      added: 18,
      removed: 0,
      changed: 0,
    });
    expect(r.semver).toEqual({ bump: 'minor', from: '0.1.0', to: '0.1.1' });
    expect(summaryLine(r)).toBe(
      '18 changes: 0 breaking, 0 deprecations, 18 non-breaking (18 added, 0 removed, 0 changed). Suggested version: 0.1.0 → 0.1.1 (minor level; in 0.x a breaking change bumps the minor, anything else the patch).',
    );
  });

  it('lists exactly what 7.0.3 adds', () => {
    const vm = 'com.vmware.vcenter.vm';
    expect(lines).toEqual([
      `non-breaking service-added ${vm}.hardware.adapter.nvme`,
      `non-breaking operation-added ${vm}.guest.customization.get`,
      'non-breaking field-added com.vmware.vcenter.VM.create_spec nvme_adapters',
      'non-breaking field-added com.vmware.vcenter.VM.info nvme_adapters',
      'non-breaking structure-added com.vmware.vcenter.guest.cloud_configuration',
      'non-breaking structure-added com.vmware.vcenter.guest.cloudinit_configuration',
      'non-breaking field-added com.vmware.vcenter.guest.configuration_spec cloud_config',
      `non-breaking structure-added ${vm}.guest.customization.info`,
      `non-breaking structure-added ${vm}.hardware.adapter.nvme.create_spec`,
      `non-breaking structure-added ${vm}.hardware.adapter.nvme.info`,
      `non-breaking structure-added ${vm}.hardware.adapter.nvme.summary`,
      `non-breaking field-added ${vm}.hardware.disk.create_spec nvme`,
      `non-breaking field-added ${vm}.hardware.disk.info nvme`,
      `non-breaking structure-added ${vm}.hardware.nvme_address_info`,
      `non-breaking structure-added ${vm}.hardware.nvme_address_spec`,
      'non-breaking enum-added com.vmware.vcenter.guest.cloud_configuration.type',
      `non-breaking enum-added ${vm}.guest.customization.info.status`,
      `non-breaking value-added ${vm}.hardware.disk.host_bus_adapter_type NVME`,
    ]);
    const nvme = r.changes.find((c) => c.rule === 'service-added')!;
    expect(nvme.message).toBe('service added (`client.hardware.adapter.nvme`) with create, delete, get, list');
    // The NVMe field of disk info is required in the NVME case of a response type: not breaking.
    expect(r.changes.find((c) => c.member === 'nvme' && c.id.endsWith('disk.info'))!.message).toBe(
      'field `nvme` added (required, in case NVME)',
    );
  });

  it('reversed (7.0.3 → 7.0.2) is the same 18, each a breaking removal', () => {
    const back = diffReport(loadSurface(NEW), loadSurface(OLD));
    expect(back.summary).toMatchObject({ total: 18, removed: 18, breaking: 18 });
    expect(back.semver).toEqual({ bump: 'major', from: '0.4.0', to: '0.5.0' }); // 7.0.3's package is at 0.4.0
  });
});

// spec/7.0.3 → spec/9.1.0: what a client regenerated for a 9.1 vCenter meets. The 9.1 file has no
// /rest paths, lowercases six wire names and names some parameters differently; none of that is an
// API change (the importer keeps the canonical names), so the breaking entries are the API's own,
// and the services VMware's 9.1 file (the vcenter.vm publication) does not have: the VM itself
// and the placement inventory, which spec/7.0.3 imports from the whole 7.0.3 file.
const V91 = join(ROOT, 'spec/9.1.0');
const INVENTORY =
  /^com\.vmware\.vcenter\.(VM|cluster|datacenter|datastore|folder|host|network|resource_pool|vm\.identity\.info|vm\.hardware\.boot\.create_spec|vm\.hardware\.boot\.device\.entry_create_spec)\./;

describe('spec/7.0.3 → spec/9.1.0', () => {
  const r = diffReport(loadSurface(NEW), loadSurface(V91));

  it('lists every breaking change with its reason', () => {
    const breaking = r.changes.filter((c) => c.class === 'breaking');
    expect(breaking.filter((c) => !INVENTORY.test(`${c.id}.`)).map((c) => [c.id, c.message])).toEqual([
      ['com.vmware.vcenter.vm.guest.networking.get', 'may now raise `com.vmware.vapi.std.errors.unauthenticated`'],
      ['com.vmware.vcenter.vm.guest.power.shutdown', 'may now raise `com.vmware.vapi.std.errors.unauthenticated`'],
    ]);
    // The rest: the 8 services, the 3 types only they reach below the root, their own types.
    expect(breaking.filter((c) => INVENTORY.test(`${c.id}.`)).every((c) => c.rule.endsWith('-removed'))).toBe(true);
    expect(breaking.filter((c) => c.rule === 'service-removed')).toHaveLength(8);
    expect(r.semver).toEqual({ bump: 'major', from: '0.4.0', to: '0.5.0' });
  });

  it('groups the operations that lost their /rest paths in one entry that says what it means', () => {
    const rest = r.changes.filter((c) => c.rule === 'rest-bindings-dropped');
    expect(rest).toHaveLength(1);
    expect(rest[0]).toMatchObject({ class: 'non-breaking', kind: 'api', id: 'com.vmware.vcenter.vm' });
    expect(rest[0]!.ids).toHaveLength(92);
    expect(rest[0]!.message).toBe(
      '92 operations no longer have a `/rest` path: a client created with `style: rest` calls them on their `/api` paths, which every vCenter since 7.0U2 (API 7.0.2) serves; only older servers, which have no `/api`, cannot answer. Clients on the default `/api` style are unaffected',
    );
    expect(r.changes.filter((c) => c.rule === 'binding-changed')).toEqual([]);
  });

  it('sees no renamed wire name or parameter, and the new operations and fields as additions', () => {
    expect(r.changes.filter((c) => /renamed/.test(c.rule))).toEqual([]);
    expect(r.summary).toMatchObject({ total: 131, breaking: 63, deprecation: 0 });
    const added = (rule: string) =>
      r.changes.filter((c) => c.rule === rule).map((c) => c.id.replace('com.vmware.vcenter.', ''));
    expect(added('service-added')).toEqual([
      'vm.data_sets',
      'vm.data_sets.entries',
      'vm.evc_mode',
      'vm.guest.customization_live',
    ]);
    // Fields 9.1 adds to structures 7.0.3 has are optional (a client of the older API builds them).
    expect(
      r.changes
        .filter((c) => c.rule === 'field-added')
        .map((c) => `${c.id.replace('com.vmware.vcenter.', '')}.${c.member} ${c.after}`),
    ).toEqual([
      'guest.domain.domain_ou optional',
      'guest.linux_configuration.compatible_customization_method optional',
      'vm.hardware.ethernet.create_spec.upt_v2_compatibility_enabled optional',
      'vm.hardware.ethernet.info.upt_v2_compatibility_enabled optional',
      'vm.hardware.ethernet.update_spec.upt_v2_compatibility_enabled optional',
      'vm.tools.info.guest_reboot_status optional',
    ]);
  });
});
