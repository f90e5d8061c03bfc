// Naming rules of ir/names.ts, table-driven, and the names the naming stage decides.
import { describe, expect, it } from 'vitest';
import {
  accessorPath,
  camel,
  errorClassName,
  identifier,
  NameRegistry,
  pascal,
  resourceIdName,
  serviceModule,
  typeNameFor,
} from '../../generator/ir/names.js';
import { commentText, objectKey, propertyKey, stringLiteral } from '../../generator/emit/syntax.js';
import { buildIr } from '../../generator/ir/build.js';
import { loadSpec } from '../../generator/spec/load.js';
import { checkSpec } from '../../generator/spec/validate.js';
import { irOf } from '../setup/emit.js';
import { fixtureDir } from '../setup/generate.js';

const VM = 'com.vmware.vcenter.vm';

describe('names', () => {
  it.each([
    ['backing_info', 'BackingInfo'],
    ['ISO_FILE', 'IsoFile'],
    ['getFoo', 'GetFoo'],
    ['get_foo', 'GetFoo'],
    ['IP_settings', 'IpSettings'],
    ['size_MiB', 'SizeMiB'],
    ['a*/b', 'AB'],
  ])('pascal(%j) = %j', (input, out) => expect(pascal(input)).toBe(out));

  it.each([
    ['create_temporary', 'createTemporary'],
    ['local_filesystem', 'localFilesystem'],
  ])('camel(%j) = %j', (input, out) => expect(camel(input)).toBe(out));

  it.each([
    ['class', 'class_'],
    ['123abc', '_123abc'],
    ['', 'value'],
    ['a-b', 'ab'],
    ['default', 'default_'],
  ])('identifier(%j) = %j', (input, out) => expect(identifier(input)).toBe(out));

  it('types, errors, ids, accessors and modules', () => {
    expect(typeNameFor(`${VM}.hardware.cdrom.backing_info`, VM)).toBe('HardwareCdromBackingInfo');
    expect(typeNameFor('com.vmware.vapi.std.localizable_message', VM)).toBe('VapiStdLocalizableMessage');
    expect(errorClassName('com.vmware.vapi.std.errors.not_found')).toBe('NotFoundError');
    expect(errorClassName('com.vmware.vapi.std.errors.error')).toBe('VapiStdError');
    expect(resourceIdName('com.vmware.vcenter.vm.hardware.SerialPort')).toBe('SerialPortId');
    expect(resourceIdName('com.vmware.vcenter.compute.Resources.COMPUTE_POLICY')).toBe('ComputePolicyId');
    expect(accessorPath(`${VM}.guest.local_filesystem`, VM)).toEqual(['guest', 'localFilesystem']);
    expect(accessorPath(`${VM}.class.then`, VM)).toEqual(['class', 'then_']);
    expect(serviceModule(`${VM}.guest.local_filesystem`, VM)).toBe('services/guest/local-filesystem');
  });

  it('quotes what is not an identifier, and keeps __proto__ from setting a prototype', () => {
    expect(propertyKey('size_MiB')).toBe('size_MiB');
    expect(propertyKey('a-b')).toBe('"a-b"');
    expect(propertyKey('__proto__')).toBe('"__proto__"');
    expect(objectKey('__proto__')).toBe('["__proto__"]');
    expect(stringLiteral('a\u2028b</script>')).toBe('"a\\u2028b<\\/script>"');
    expect(commentText('x */ y /* z\u2029w\0')).toBe('x *\\/ y /\\* z\nw');
  });

  it('hands out unique names, in the order asked', () => {
    const r = new NameRegistry(['Taken']);
    expect([r.claim('Taken'), r.claim('A'), r.claim('A'), r.claim('A')]).toEqual(['Taken2', 'A', 'A2', 'A3']);
  });
});

describe('the naming stage', () => {
  const ir = buildIr(checkSpec(loadSpec(fixtureDir('hostile'))));
  const service = (id: string) => ir.services.find((s) => s.id === `${VM}.${id}`)!;

  it('gives services accessors apart from the client members and the parent service methods', () => {
    expect(Object.fromEntries(ir.services.map((s) => [s.id.slice(VM.length + 1), s.accessor.join('.')]))).toEqual({
      class: 'class',
      'class.then': 'class.thenService',
      login: 'loginService',
      'login.session': 'loginService.session',
      logout: 'logoutService',
      transport: 'transportService',
      with_result: 'withResultService',
    });
    expect(ir.clientName).toBe('VcenterVmClient');
  });

  it('names the common part of a structure with several unions like no other type', () => {
    const pair = ir.structures.find((s) => s.id === `${VM}.login.pair`)!;
    expect([pair.tsName, pair.commonName]).toEqual(['LoginPair', 'LoginPairCommon2']);
    expect(ir.structures.find((s) => s.id === `${VM}.login.pair_common`)!.tsName).toBe('LoginPairCommon');
    expect(pair.unions.map((u) => [...u.cases.map((c) => c.tsName), u.otherName])).toEqual([
      ['LoginPairShapeCircle', 'LoginPairShapeSquare', 'LoginPairShapeOther'],
      ['LoginPairColorRed', 'LoginPairColorGreen', 'LoginPairColorOther'],
    ]);
  });

  it('decides method, function, constant, parameter and OpenAPI names per operation', () => {
    const get = service('login').operations[0]!;
    expect([get.method, get.functionName, get.errorTypeName, get.constName]).toEqual([
      'get',
      'loginGet',
      'LoginGetError',
      'OP_GET',
    ]);
    expect(get.params.map((p) => p.tsName)).toEqual(['transport2', 'loginGet2']);
    expect(get.operationId).toEqual({ api: 'Vcenter.Vm.Login_get' });
    expect(service('login').tag).toBe('Vcenter.Vm.Login');
    const ops = ir.services.flatMap((s) => s.operations);
    expect(new Set(ops.map((o) => o.operationId.api)).size).toBe(ops.length);
    expect(service('class').operations.map((o) => [o.method, o.constName])).toEqual([
      ['constructor_', 'OP_CONSTRUCTOR_'],
      ['delete', 'OP_DELETE'],
      ['getFoo', 'OP_GET_FOO'],
      ['getFoo2', 'OP_GET_FOO2'],
      ['then_', 'OP_THEN_'],
    ]);
  });

  it('keeps apart the accessors, classes and modules of two ids that camelCase alike', () => {
    const two = irOf({
      'a.yaml': 'service: com.vmware.vcenter.vm.guest.local_filesystem\n',
      'b.yaml': 'service: com.vmware.vcenter.vm.guest.localFilesystem\n',
    });
    expect(two.services.map((s) => [s.accessor.join('.'), s.className, s.module])).toEqual([
      ['guest.localFilesystem', 'GuestLocalFilesystemService', 'services/guest/localfilesystem'],
      ['guest.localFilesystem2', 'GuestLocalFilesystemService2', 'services/guest/local-filesystem'],
    ]);
  });

  it('makes a service and a package that camelCase alike one accessor, the service with the others below it', () => {
    const whole = irOf({
      'api.yaml': 'apiVersion: 7.0.3\nroot: com.vmware.vcenter\npackage: { name: "@test/pkg", version: 1.0.0 }\n',
      'a.yaml': 'service: com.vmware.vcenter.VM\n',
      'b.yaml': 'service: com.vmware.vcenter.vm.hardware\n',
      'c.yaml': 'service: com.vmware.vcenter.vm.guest.environment\n',
    });
    expect(whole.services.map((s) => [s.id, s.accessor.join('.')])).toEqual([
      ['com.vmware.vcenter.VM', 'vm'],
      ['com.vmware.vcenter.vm.guest.environment', 'vm.guest.environment'],
      ['com.vmware.vcenter.vm.hardware', 'vm.hardware'],
    ]);
    // Two services stay two accessors.
    const two = irOf({
      'api.yaml': 'apiVersion: 7.0.3\nroot: com.vmware.vcenter\npackage: { name: "@test/pkg", version: 1.0.0 }\n',
      'a.yaml': 'service: com.vmware.vcenter.VM\n',
      'b.yaml': 'service: com.vmware.vcenter.vm\n',
      'c.yaml': 'service: com.vmware.vcenter.vm.hardware\n',
    });
    expect(two.services.map((s) => s.accessor.join('.'))).toEqual(['vm', 'vm2', 'vm2.hardware']);
  });

  it('reserves Rest, which openapi.json appends to error names', () => {
    expect(new NameRegistry(['Rest']).claim('Rest')).toBe('Rest2');
    expect(ir.structures.map((s) => s.tsName)).not.toContain('Rest');
  });
});
