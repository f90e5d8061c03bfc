// The prose readers and name conversions, table-driven. Inputs are short made-up sentences in the
// shapes VMware's files use; only the facts read from them are asserted.
import { describe, expect, it } from 'vitest';
import {
  canonicalResourceType,
  dottedPascalToCanonical,
  normalizeVersion,
  pascalToSnake,
  snakeToPascal,
} from '../../generator/import/shared/names.js';
import {
  deprecationOf,
  enumProse,
  errorsInDescription,
  privilegesOf,
  resourceTypes,
  saysMayBeUnset,
  sinceOf,
  unionCondition,
} from '../../generator/import/prose/facts.js';

describe('names', () => {
  it.each([
    ['GlobalDNSSettings', 'global_DNS_settings'],
    ['IPSettings', 'IP_settings'],
    ['GuestOSFamily', 'guest_OS_family'],
    ['Ipv6Address', 'ipv6_address'],
    ['NSXTier0Gateway', 'NSX_tier0_gateway'],
    ['X509CertChain', 'x509_cert_chain'],
    ['createTemporary', 'create_temporary'],
    ['VM', 'VM'],
    ['already_snake', 'already_snake'],
  ])('pascalToSnake(%s) = %s', (from, to) => expect(pascalToSnake(from)).toBe(to));

  it.each([
    ['global_DNS_settings', 'GlobalDNSSettings'],
    ['vcenter.vm.hardware.cdrom.backing_info', 'VcenterVmHardwareCdromBackingInfo'],
    ['vcenter.vm.guest_OS', 'VcenterVmGuestOS'],
  ])('snakeToPascal(%s) = %s', (from, to) => expect(snakeToPascal(from)).toBe(to));

  it.each([
    ['Vcenter.Vm.Hardware.Cdrom.BackingInfo', 'vcenter.vm.hardware.cdrom.backing_info'],
    ['Vcenter.VM.Info', 'vcenter.VM.info'],
    ['Vapi.Std.Errors.Error.Type', 'vapi.std.errors.error.type'],
  ])('dottedPascalToCanonical(%s) = %s', (from, to) => expect(dottedPascalToCanonical(from)).toBe(to));

  it.each([
    ['vcenter.vm.hardware.Cdrom.', 'com.vmware.vcenter.vm.hardware.Cdrom'],
    ['`com.vmware.vcenter.vm.hardware.Disk`', 'com.vmware.vcenter.vm.hardware.Disk'],
    ['VirtualMachine', 'VirtualMachine'],
    ['Network:VCenter', 'Network:VCenter'],
    ['ClusterComputeResource.name', 'ClusterComputeResource.name'],
  ])('canonicalResourceType(%s) = %s', (from, to) => expect(canonicalResourceType(from)).toBe(to));

  it.each([
    ['7.0.3.0', '7.0.3'],
    ['7.0.0.1', '7.0.0.1'],
    ['6.7', '6.7'],
  ])('normalizeVersion(%s) = %s', (from, to) => expect(normalizeVersion(from)).toBe(to));
});

describe('resource types', () => {
  it.each([
    ['x.\nThe parameter must be an identifier for the resource type: VirtualMachine.', { self: 'VirtualMachine' }],
    [
      'The result will be an identifier for the resource type: vcenter.vm.hardware.Cdrom.',
      { self: 'com.vmware.vcenter.vm.hardware.Cdrom' },
    ],
    [
      'The response will contain identifiers for the resource type: `com.vmware.vcenter.vm.hardware.Disk`.',
      { self: 'com.vmware.vcenter.vm.hardware.Disk' },
    ],
    [
      'When clients pass a value of this structure as a parameter, the key in the field map must be an identifier for the resource type: vcenter.vm.hardware.Disk. When operations return a value of this structure as a result, the key in the field map will be an identifier for the resource type: vcenter.vm.hardware.Disk.',
      { key: 'com.vmware.vcenter.vm.hardware.Disk' },
    ],
    [
      'The values in this map are x. They will be identifiers for the resource type:vcenter.StoragePolicy If the map is empty.',
      { value: 'com.vmware.vcenter.StoragePolicy' },
    ],
    [
      'The parameter must be an identifier for the resource type: A. The parameter must be an identifier for the resource type: B.',
      { self: 'A', conflict: ['A', 'B'] },
    ],
    ['nothing here', {}],
  ])('%s', (text, want) => expect(resourceTypes(text)).toEqual(want));
});

describe('union conditions', () => {
  it.each([
    [
      'x\nThis field is optional and it is only relevant when the value of Cdrom.BackingInfo.type is ISO_FILE.',
      { discriminant: 'type', values: ['ISO_FILE'], optionalInCase: false },
    ],
    [
      'This field is optional and it is only relevant when the value of X.type is one of A, B, or C.',
      { discriminant: 'type', values: ['A', 'B', 'C'], optionalInCase: false },
    ],
    [
      'This field is optional and it is only relevant when the value of Files.FileAttributesInfo.filesystem-family is WINDOWS.',
      { discriminant: 'filesystem_family', values: ['WINDOWS'], optionalInCase: false },
    ],
    [
      'This field is optional and it is only relevant when the value of CommonInfo#status is one of A or B.',
      { discriminant: 'status', values: ['A', 'B'], optionalInCase: false },
    ],
    [
      'This property is optional and it is only relevant when the value of type is one of *Vcenter.X.Type.HOST_DEVICE* or *Vcenter.X.Type.CLIENT_DEVICE*.',
      { discriminant: 'type', values: ['HOST_DEVICE', 'CLIENT_DEVICE'], optionalInCase: false },
    ],
    [
      'This field is optional and it is only relevant when the value of X.type is A.\nIf unset, nothing happens.',
      { discriminant: 'type', values: ['A'], optionalInCase: true },
    ],
  ])('%s', (text, want) => expect(unionCondition(text)).toEqual(want));

  it('is undefined without the sentence', () => expect(unionCondition('If unset, x.')).toBeUndefined());
});

describe('other prose', () => {
  it('reads versions, deprecations and unset results', () => {
    expect(sinceOf('x\n\nThis operation was added in __vSphere API 7.0.2.0__.')).toBe('7.0.2');
    expect(
      sinceOf('This field is optional because it was added in a newer version than its parent node.'),
    ).toBeUndefined();
    expect(sinceOf('This constant was added in __vSphere API 8.0.0.1__.')).toBeUndefined();
    expect(deprecationOf('This operation was deprecated in __vSphere API 8.0.0.0__.')).toEqual({ since: '8.0.0' });
    expect(deprecationOf('This operation has been deprecated in the 7.0 U2 release.')).toBe(true);
    expect(deprecationOf('An address that is deprecated.')).toBeUndefined();
    expect(saysMayBeUnset('x\nIf unset, neither is set.')).toBe(true);
    expect(saysMayBeUnset('If missing or `null`, nothing.')).toBe(true);
    expect(saysMayBeUnset('Information about the item.')).toBe(false);
  });

  it('reads privilege lists', () => {
    const text =
      'x\nif you do not have all of the privileges described as follows: \n   -  The resource `VirtualMachine` referenced by the parameter vm requires `A.B` and `C.D`. \n   -  Operation execution requires System.Read. \n   -  If partial is true, then more.\n';
    expect(privilegesOf(text)).toEqual({
      privileges: [{ param: 'vm', resource: 'VirtualMachine', require: ['A.B', 'C.D'] }, { require: ['System.Read'] }],
      unparsed: ['If partial is true, then more.'],
    });
  });

  it('reads enum values from "Possible values" with per-value versions', () => {
    const text =
      'x\n\nPossible values:\n  - `A`: a.\n  - `B`: b.\n\nThis constant was added in __vSphere API 7.0.1.0__.\n  - `C`: c.\n\n\nFor more information see: *Vcenter.Vm.GuestOS*.';
    expect(enumProse(text)).toEqual({
      values: [{ value: 'A' }, { value: 'B', since: '7.0.1' }, { value: 'C' }],
      id: 'com.vmware.vcenter.vm.guest_OS',
    });
    expect(enumProse('Value is one of: `X`, `Y` or `Z`.')).toEqual({
      values: [{ value: 'X' }, { value: 'Y' }, { value: 'Z' }],
    });
    expect(enumProse('no list')).toBeUndefined();
  });

  it('reads the errors a status description lists', () => {
    expect(
      errorsInDescription('***Vapi.Std.Errors.AlreadyInDesiredState*** if x.\n\n***Vapi.Std.Errors.NotFound*** if y.'),
    ).toEqual(['com.vmware.vapi.std.errors.already_in_desired_state', 'com.vmware.vapi.std.errors.not_found']);
  });
});
