// Type-level tests over the real generated package: tagged unions, open enums, resource ids and
// error unions as users meet them. Checked by tsc (npm test runs it over test/).
import { describe, expectTypeOf, it } from 'vitest';
import type * as V from '../../generated/vcenter-vm/dist/index.js';

describe('tagged unions', () => {
  it('a CD-ROM backing of type ISO_FILE must carry iso_file; other cases forbid it', () => {
    const ok: V.HardwareCdromBackingSpec[] = [
      { type: 'ISO_FILE', iso_file: '[ds1] iso/os.iso' },
      { type: 'HOST_DEVICE', host_device: '/dev/cdrom', device_access_type: 'PASSTHRU' },
      { type: 'CLIENT_DEVICE' },
    ];
    // @ts-expect-error ISO_FILE needs iso_file
    const noIso: V.HardwareCdromBackingSpec = { type: 'ISO_FILE' };
    // @ts-expect-error iso_file belongs to the ISO_FILE case
    const wrongCase: V.HardwareCdromBackingSpec = { type: 'CLIENT_DEVICE', iso_file: 'x.iso' };
    void [ok, noIso, wrongCase];
  });

  it('guest credentials require the secret of their case', () => {
    const pw: V.GuestCredentials = {
      interactive_session: false,
      type: 'USERNAME_PASSWORD',
      user_name: 'root',
      password: 'x',
    };
    // @ts-expect-error USERNAME_PASSWORD needs password
    const noPw: V.GuestCredentials = { interactive_session: false, type: 'USERNAME_PASSWORD', user_name: 'root' };
    // @ts-expect-error saml_token is for SAML_BEARER_TOKEN
    const mixed: V.GuestCredentials = {
      interactive_session: false,
      type: 'USERNAME_PASSWORD',
      password: 'x',
      saml_token: 't',
    };
    void [pw, noPw, mixed];
  });

  it('data read from the server narrows precisely with isCase', () => {
    const check = (info: V.HardwareCdromInfo, isCase: typeof V.isCase) => {
      if (isCase(info.backing, 'type', 'ISO_FILE')) expectTypeOf(info.backing.iso_file).toEqualTypeOf<string>();
      if (isCase(info, 'type', 'SATA')) expectTypeOf(info.sata).toEqualTypeOf<V.HardwareSataAddressInfo>();
    };
    expectTypeOf(check).toBeFunction();
  });
});

describe('enums', () => {
  it('are closed when sent and open when read', () => {
    expectTypeOf<V.PowerInfo['state']>().toEqualTypeOf<V.Open<V.PowerState>>();
    // @ts-expect-error no such ticket type
    const bad: V.ConsoleTicketsCreateSpec = { type: 'SSH' };
    void bad;
  });
});

describe('resource ids', () => {
  it('keep a VM id from going where a disk id goes', () => {
    const calls = (c: V.VcenterVmClient, vm: V.VirtualMachineId, disk: V.DiskId) => [
      c.hardware.disk.get(vm, disk),
      // @ts-expect-error a VM id is not a disk id
      c.hardware.disk.get(vm, vm),
      // @ts-expect-error a disk id is not a VM id
      c.power.get(disk),
    ];
    expectTypeOf(calls).toBeFunction();
    expectTypeOf<V.HardwareDiskSummary['disk']>().toEqualTypeOf<V.DiskId>();
  });
});

describe('errors', () => {
  it('each operation has the union of exactly its vAPI errors', () => {
    expectTypeOf<V.HardwareSerialDisconnectError['type']>().toEqualTypeOf<
      | 'ALREADY_IN_DESIRED_STATE'
      | 'ERROR'
      | 'NOT_ALLOWED_IN_CURRENT_STATE'
      | 'NOT_FOUND'
      | 'RESOURCE_BUSY'
      | 'RESOURCE_INACCESSIBLE'
      | 'SERVICE_UNAVAILABLE'
      | 'UNAUTHENTICATED'
      | 'UNAUTHORIZED'
    >();
    expectTypeOf<V.ComputePoliciesGetError>().toEqualTypeOf<V.NotFoundError | V.UnauthorizedError>();
  });

  it('narrows on type and types error data where the API documents it', () => {
    const handle = (e: V.GuestProcessesGetError) => {
      if (e.type === 'NOT_FOUND') expectTypeOf(e.data).toEqualTypeOf<V.GuestProcessesProcessErrorDetails | undefined>();
      if (e.type === 'UNAUTHENTICATED') expectTypeOf(e.challenge).toEqualTypeOf<string | undefined>();
    };
    expectTypeOf(handle).toBeFunction();
  });
});
