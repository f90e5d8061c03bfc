// How the importer writes a type reference: the target's name in its unit when the target lives in
// the unit of the place of use or in an enclosing unit; otherwise its full canonical id.
import { describe, expect, it } from 'vitest';
import { Relativizer } from '../../generator/import/units/relative.js';
import { SymbolTable } from '../../generator/spec/symbols.js';

const HW = 'com.vmware.vcenter.vm.hardware';
const CDROM = `${HW}.cdrom`;
const STD = 'com.vmware.vapi.std';
const ERR = `${STD}.errors`;

/** Declared type id → its unit. */
const UNITS = new Map<string, string>([
  [`${CDROM}.info`, CDROM],
  [`${CDROM}.info.status`, CDROM],
  [`${CDROM}.backing_info`, CDROM],
  [`${CDROM}.create_spec`, CDROM],
  [`${HW}.ide_address_spec`, HW],
  [`${HW}.connection_state`, HW],
  [`${STD}.localizable_message`, STD],
  [`${ERR}.error`, ERR],
  [`${ERR}.error.type`, ERR],
  [`${ERR}.not_found`, ERR],
  ['com.vmware.vcenter.compute.policies.object_compliance', 'com.vmware.vcenter.compute.policies'],
  ['com.vmware.vcenter.guest.customization_spec', 'com.vmware.vcenter.guest'],
  ['com.vmware.vcenter.vm.guest.credentials', 'com.vmware.vcenter.vm.guest'],
  [`${HW}.string`, HW],
]);
const rel = new Relativizer(UNITS);

describe('type references', () => {
  it.each([
    ['same unit, from an operation', `${CDROM}.info`, CDROM, 'info'],
    ['same unit, from a declaration', `${CDROM}.backing_info`, `${CDROM}.info`, 'backing_info'],
    ['nested, from its parent', `${CDROM}.info.status`, `${CDROM}.info`, 'info.status'],
    ['nested, from elsewhere in the unit', `${CDROM}.info.status`, CDROM, 'info.status'],
    ['enclosing package', `${HW}.ide_address_spec`, `${CDROM}.create_spec`, 'ide_address_spec'],
    [
      'enclosing package, from a service',
      'com.vmware.vcenter.vm.guest.credentials',
      'com.vmware.vcenter.vm.guest.processes',
      'credentials',
    ],
    ['enclosing package of the error package', `${STD}.localizable_message`, `${ERR}.not_found`, 'localizable_message'],
    ['the enum nested in error, from error', `${ERR}.error.type`, `${ERR}.error`, 'error.type'],
    ['the enum nested in error, from another error', `${ERR}.error.type`, `${ERR}.not_found`, 'error.type'],
    [
      'another package',
      `${STD}.localizable_message`,
      'com.vmware.vcenter.vm.guest.identity',
      `${STD}.localizable_message`,
    ],
    [
      'a sibling package',
      'com.vmware.vcenter.compute.policies.object_compliance',
      'com.vmware.vcenter.vm.compute.policies',
      'com.vmware.vcenter.compute.policies.object_compliance',
    ],
    [
      'a package of a parent',
      'com.vmware.vcenter.guest.customization_spec',
      'com.vmware.vcenter.vm.guest.customization',
      'com.vmware.vcenter.guest.customization_spec',
    ],
    ['a unit below the place of use', `${CDROM}.info`, HW, `${CDROM}.info`],
    ['a name the type language reserves', `${HW}.string`, CDROM, `${HW}.string`],
  ])('%s', (_what, id, scope, written) => {
    expect(rel.name(id, scope)).toBe(written);
    // What is written resolves back to the target under the loader's scope rule.
    expect(rel.resolve(written, scope)).toBe(id);
  });

  it('writes the full id when the short name would mean something closer', () => {
    const shadowed = new Relativizer(new Map([...UNITS, [`${CDROM}.ide_address_spec`, CDROM]]));
    expect(shadowed.name(`${HW}.ide_address_spec`, `${CDROM}.create_spec`)).toBe(`${HW}.ide_address_spec`);
    expect(shadowed.name(`${CDROM}.ide_address_spec`, `${CDROM}.create_spec`)).toBe('ide_address_spec');
  });

  it('rewrites whole expressions; names it does not know stay as they are', () => {
    expect(rel.type(`optional<list<${STD}.localizable_message>>`, CDROM)).toBe(
      `optional<list<${STD}.localizable_message>>`,
    );
    expect(rel.type(`map<string,${CDROM}.info.status>`, CDROM)).toBe('map<string,info.status>');
    expect(rel.type('optional<id:com.vmware.vcenter.vm.hardware.Cdrom>', CDROM)).toBe(
      'optional<id:com.vmware.vcenter.vm.hardware.Cdrom>',
    );
    expect(rel.type('com.example.unknown', CDROM)).toBe('com.example.unknown');
  });

  it('resolves exactly like the spec loader', () => {
    const table = new SymbolTable();
    for (const id of UNITS.keys()) table.byId.set(id, { kind: 'structure', id } as never);
    for (const [id] of UNITS) {
      for (const scope of [CDROM, `${CDROM}.info`, `${ERR}.error`, 'com.vmware.vcenter.vm.compute.policies']) {
        const written = rel.name(id, scope);
        expect(table.resolve(written, scope)?.id).toBe(id);
      }
    }
  });
});
