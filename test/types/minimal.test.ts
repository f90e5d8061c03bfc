// Type-level tests over the minimal fixture's generated package. `npm test` type-checks this file
// (tsc --noEmit): every @ts-expect-error must be an error, every expectTypeOf must hold.
import { describe, expectTypeOf, it } from 'vitest';
import type * as M from '../scenarios/__snapshots__/minimal/dist/index.js';
import { minimal } from '../runtime/load.js';

const { id, isCase, HardwareCdromBackingType } = minimal;
type Client = M.VcenterVmClient;

describe('tagged unions', () => {
  it('requires the fields of the chosen case and forbids the fields of other cases (input)', () => {
    const iso: M.HardwareCdromBackingSpec = { type: 'ISO_FILE', iso_file: '[ds] x.iso' };
    const host: M.HardwareCdromBackingSpec = { type: 'HOST_DEVICE', host_device: '/dev/cdrom' };
    // @ts-expect-error ISO_FILE needs iso_file
    const missing: M.HardwareCdromBackingSpec = { type: 'ISO_FILE' };
    // @ts-expect-error iso_file is not allowed when type is HOST_DEVICE
    const wrong: M.HardwareCdromBackingSpec = { type: 'HOST_DEVICE', iso_file: 'x.iso' };
    // @ts-expect-error input types are closed: an unknown case is a typo
    const typo: M.HardwareCdromBackingSpec = { type: 'ISO' };
    void [iso, host, missing, wrong, typo];
  });

  it('narrows input unions with ===', () => {
    const spec = {} as M.HardwareCdromBackingSpec;
    if (spec.type === 'ISO_FILE') expectTypeOf(spec.iso_file).toEqualTypeOf<string>();
  });

  it('keeps unknown cases for data read from the server; isCase narrows exactly', () => {
    const info = {
      label: 'cd',
      state: 'CONNECTED',
      backing: { type: 'ISO_FILE', iso_file: 'x.iso' },
    } as M.HardwareCdromInfo;
    expectTypeOf(info.backing).toExtend<
      | M.HardwareCdromBackingInfoOther
      | M.HardwareCdromBackingInfoIsoFile
      | M.HardwareCdromBackingInfoHostDevice
      | M.HardwareCdromBackingInfoClientDevice
    >();
    expectTypeOf<M.HardwareCdromBackingInfoOther['type']>().toEqualTypeOf<M.Open<M.HardwareCdromBackingType>>();
    // The discriminant keeps the known values visible to editors.
    expectTypeOf<'ISO_FILE'>().toExtend<M.HardwareCdromBackingInfo['type']>();
    if (isCase(info.backing, 'type', 'ISO_FILE')) {
      expectTypeOf(info.backing.iso_file).toEqualTypeOf<string>();
      expectTypeOf(info.backing.auto_detect).toEqualTypeOf<undefined>();
    }
    if (isCase(info.backing, 'type', 'HOST_DEVICE')) expectTypeOf(info.backing.auto_detect).toEqualTypeOf<boolean>();
    // @ts-expect-error isCase only takes tags the union knows
    isCase(info.backing, 'type', 'ISO');
  });
});

describe('enums', () => {
  it('exposes values as a const object and a literal union', () => {
    expectTypeOf(HardwareCdromBackingType.ISO_FILE).toEqualTypeOf<'ISO_FILE'>();
    expectTypeOf<M.HardwareCdromBackingType>().toEqualTypeOf<'ISO_FILE' | 'HOST_DEVICE' | 'CLIENT_DEVICE'>();
  });

  it('is open for data read from the server and closed for data sent', () => {
    expectTypeOf<M.HardwareCdromInfo['state']>().toEqualTypeOf<M.Open<M.HardwareCdromConnectionState>>();
    const fromNewerServer: M.HardwareCdromInfo['state'] = 'SOME_FUTURE_STATE';
    const known: M.HardwareCdromInfo['state'] = 'CONNECTED';
    // @ts-expect-error a filter (sent to the server) only takes known values
    const filter: M.HardwareCdromFilterSpec = { types: ['ISO', 'HOST_DEVICE'] };
    void [fromNewerServer, known, filter];
  });
});

describe('identifiers', () => {
  it('keeps resource types apart while staying strings', () => {
    const vm = id('VirtualMachine', 'vm-1');
    const cd = id('com.vmware.vcenter.vm.hardware.Cdrom', '3000');
    expectTypeOf(vm).toEqualTypeOf<M.VirtualMachineId>();
    expectTypeOf(vm).toExtend<string>();
    // Type-checked only, never called.
    const calls = (client: Client) => [
      client.hardware.cdrom.get(vm, cd),
      // @ts-expect-error a VM id is not a CD-ROM id
      client.hardware.cdrom.get(vm, vm),
      // @ts-expect-error a plain string is not an id
      client.hardware.cdrom.get('vm-1', cd),
    ];
    expectTypeOf(calls).toBeFunction();
  });
});

describe('operations and errors', () => {
  it('takes parameters positionally then options, and returns the result type', () => {
    expectTypeOf<Client['hardware']['cdrom']['get']>().parameters.toEqualTypeOf<
      [M.VirtualMachineId, M.CdromId, M.CallOptions?]
    >();
    expectTypeOf<Client['hardware']['cdrom']['get']>().returns.toEqualTypeOf<Promise<M.HardwareCdromInfo>>();
    expectTypeOf<Client['hardware']['cdrom']['find']>().returns.toEqualTypeOf<
      Promise<M.HardwareCdromSummary | undefined>
    >();
    expectTypeOf<Client['guest']['processes']['create']>().returns.toEqualTypeOf<Promise<number>>();
    expectTypeOf<Client['hardware']['cdrom']['connect']>().returns.toEqualTypeOf<Promise<void>>();
  });

  it('types each operation error union exactly, discriminated by type', () => {
    expectTypeOf<M.HardwareCdromGetError>().toEqualTypeOf<M.NotFoundError | M.UnauthenticatedError>();
    expectTypeOf<M.HardwareCdromGetError['type']>().toEqualTypeOf<'NOT_FOUND' | 'UNAUTHENTICATED'>();
    const e = {} as M.GuestProcessesCreateError;
    if (e.type === 'NOT_FOUND') expectTypeOf(e.data).toEqualTypeOf<M.GuestProcessesProcessErrorDetails | undefined>();
    if (e.type === 'UNAUTHENTICATED') expectTypeOf(e.challenge).toEqualTypeOf<string | undefined>();
    expectTypeOf<M.NotFoundError>().toExtend<M.VapiError>();
  });
});

describe('the bounds of a call and what plugins see', () => {
  it('names every way a call ends without a result, EndpointNotFoundError among them', () => {
    expectTypeOf<M.TransportError['kind']>().toEqualTypeOf<
      'timeout' | 'aborted' | 'network' | 'protocol' | 'too-large' | 'endpoint'
    >();
    expectTypeOf<M.EndpointNotFoundError>().toExtend<M.TransportError>();
    expectTypeOf<M.EndpointNotFoundError['style']>().toEqualTypeOf<'api' | 'rest'>();
    expectTypeOf<M.CallResult<number, never>>().toExtend<
      { ok: true } | { ok: false; error: M.VapiError | M.TransportError }
    >();
  });

  it('gives plugins the call signal and deadline, and strategies the call scope', () => {
    expectTypeOf<M.ExchangeRequest['signal']>().toEqualTypeOf<AbortSignal>();
    expectTypeOf<M.ExchangeRequest['deadline']>().toEqualTypeOf<number>();
    // @ts-expect-error the exchange's own timeout is gone: the call's deadline bounds it
    expectTypeOf<M.ExchangeRequest['timeoutMs']>().toEqualTypeOf<number>();
    expectTypeOf<M.ExchangeResponse['headers']>().toEqualTypeOf<Headers | undefined>();
    expectTypeOf<M.CallScope>().toEqualTypeOf<{ readonly signal: AbortSignal; readonly deadline: number }>();
    expectTypeOf<M.Authenticator['call']>().parameter(1).toEqualTypeOf<M.CallScope>();
    expectTypeOf<M.ClientOptions['maxResponseBytes']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<M.OperationInfo['result']>().toEqualTypeOf<M.ResultKind | undefined>();
    // @ts-expect-error not a result kind
    const kind: M.ResultKind = 'list';
    void kind;
  });
});
