// Type-level tests of the tagged unions of the generated package, one per kind VMware's bindings
// define (spec/overlays/bindings/7.0.3.yaml): optional case fields, cases with only optional
// fields, optional discriminants, several unions in one structure, fields that are vAPI errors,
// requests strict and data read from the server open to unknown cases. Checked by tsc (npm test
// runs it over test/); unions-all.test.ts checks every union of the package the same way.
import { describe, expectTypeOf, it } from 'vitest';
import type * as V from '../../generated/vcenter-vm/dist/index.js';

describe('optional case fields belong to their case', () => {
  it('a CD-ROM host device only with HOST_DEVICE, optional there', () => {
    const ok: V.HardwareCdromBackingSpec[] = [
      { type: 'HOST_DEVICE' },
      { type: 'HOST_DEVICE', host_device: '/dev/cdrom', device_access_type: 'EMULATION' },
      { type: 'CLIENT_DEVICE', device_access_type: 'PASSTHRU' },
    ];
    // @ts-expect-error host_device belongs to HOST_DEVICE (the issue's example)
    const iso: V.HardwareCdromBackingSpec = { type: 'ISO_FILE', iso_file: 'x.iso', host_device: '/dev/cdrom' };
    // @ts-expect-error device_access_type belongs to HOST_DEVICE and CLIENT_DEVICE
    const access: V.HardwareCdromBackingSpec = { type: 'ISO_FILE', iso_file: 'x.iso', device_access_type: 'EMULATION' };
    void [ok, iso, access];
  });

  it('serial proxy only for network backings, no_rx_loss only for pipes', () => {
    const ok: V.HardwareSerialBackingSpec[] = [
      { type: 'NETWORK_SERVER', network_location: 'telnet://:9000', proxy: 'telnet://proxy:7000' },
      { type: 'PIPE_CLIENT', pipe: '\\\\.\\pipe\\p', no_rx_loss: true },
    ];
    // @ts-expect-error proxy belongs to NETWORK_SERVER and NETWORK_CLIENT
    const proxy: V.HardwareSerialBackingSpec = { type: 'FILE', file: '[ds] a.log', proxy: 'telnet://p:1' };
    // @ts-expect-error no_rx_loss belongs to PIPE_SERVER and PIPE_CLIENT
    const loss: V.HardwareSerialBackingSpec = { type: 'NETWORK_CLIENT', network_location: 'x', no_rx_loss: true };
    void [ok, proxy, loss];
  });

  it('a wrong case names the case the field belongs to', () => {
    expectTypeOf<V.HardwareCdromBackingSpecIsoFile['host_device']>().toEqualTypeOf<
      V.OnlyWhen<'type', 'HOST_DEVICE'> | undefined
    >();
    expectTypeOf<V.HardwareCdromCreateSpecSata['ide']>().toEqualTypeOf<V.OnlyWhen<'type', 'IDE'> | undefined>();
  });

  it('cdrom.create: an IDE position with a SATA adapter is an error (the issue example)', () => {
    const calls = (c: V.VcenterVmClient, vm: V.VirtualMachineId) => [
      c.hardware.cdrom.create(vm, { type: 'SATA', sata: { bus: 0 } }),
      c.hardware.cdrom.create(vm, {}),
      // @ts-expect-error ide belongs to IDE
      c.hardware.cdrom.create(vm, { type: 'SATA', ide: { primary: true, master: true } }),
    ];
    void calls;
  });

  it('a field required in its case is required there (disk info positions)', () => {
    expectTypeOf<V.HardwareDiskInfoIde['ide']>().toEqualTypeOf<V.HardwareIdeAddressInfo>();
    expectTypeOf<V.HardwareDiskInfoScsi['scsi']>().toEqualTypeOf<V.HardwareScsiAddressInfo>();
    expectTypeOf<V.HardwareDiskInfoIde['scsi']>().toEqualTypeOf<undefined>();
  });
});

describe('unions whose cases have only optional fields', () => {
  it('boot: EFI settings only with EFI', () => {
    const ok: V.HardwareBootUpdateSpec[] = [{}, { type: 'EFI', efi_legacy_boot: true }, { type: 'BIOS', delay: 10 }];
    // @ts-expect-error efi_legacy_boot belongs to EFI
    const bios: V.HardwareBootUpdateSpec = { type: 'BIOS', efi_legacy_boot: true };
    void [ok, bios];
  });

  it('guest customization info: error and times only in the states that have them', () => {
    const read = (info: V.GuestCustomizationInfo, isCase: typeof V.isCase) => {
      if (isCase(info, 'status', 'FAILED')) expectTypeOf(info.error).toEqualTypeOf<string | undefined>();
      if (isCase(info, 'status', 'IDLE')) expectTypeOf(info.error).toEqualTypeOf<undefined>();
      if (isCase(info, 'status', 'RUNNING')) expectTypeOf(info.end_time).toEqualTypeOf<undefined>();
    };
    void read;
  });
});

describe('optional discriminants: unset, no case field', () => {
  it('hardware upgrade: upgrade_version only with AFTER_CLEAN_SHUTDOWN or ALWAYS', () => {
    const ok: V.HardwareUpdateSpec[] = [
      {},
      { upgrade_policy: 'NEVER' },
      { upgrade_policy: 'ALWAYS', upgrade_version: 'VMX_19' },
      { upgrade_policy: 'AFTER_CLEAN_SHUTDOWN' },
    ];
    // @ts-expect-error without a policy there is no upgrade version
    const none: V.HardwareUpdateSpec = { upgrade_version: 'VMX_19' };
    // @ts-expect-error NEVER takes no version
    const never: V.HardwareUpdateSpec = { upgrade_policy: 'NEVER', upgrade_version: 'VMX_19' };
    void [ok, none, never];
    expectTypeOf<V.HardwareUpdateSpecWithoutUpgradePolicy['upgrade_version']>().toEqualTypeOf<
      V.OnlyWhen<'upgrade_policy', 'AFTER_CLEAN_SHUTDOWN' | 'ALWAYS'> | undefined
    >();
  });
});

describe('several unions in one structure', () => {
  it('ethernet create spec: type (UPT with VMXNET3) and mac_type (MANUAL needs the address)', () => {
    const ok: V.HardwareEthernetCreateSpec[] = [
      {},
      { type: 'VMXNET3', upt_compatibility_enabled: true, mac_type: 'MANUAL', mac_address: '00:50:56:00:00:01' },
      { type: 'E1000', mac_type: 'GENERATED', start_connected: true },
    ];
    // @ts-expect-error MANUAL needs mac_address
    const noMac: V.HardwareEthernetCreateSpec = { mac_type: 'MANUAL' };
    // @ts-expect-error a MAC address only with MANUAL
    const mac: V.HardwareEthernetCreateSpec = { mac_address: '00:50:56:00:00:01' };
    // @ts-expect-error UPT compatibility only with VMXNET3
    const upt: V.HardwareEthernetCreateSpec = { type: 'E1000', upt_compatibility_enabled: true };
    void [ok, noMac, mac, upt];
  });

  it('hardware info: each union narrows on its own', () => {
    const read = (info: V.HardwareInfo, isCase: typeof V.isCase) => {
      if (isCase(info, 'upgrade_status', 'FAILED')) expectTypeOf(info.upgrade_error).toEqualTypeOf<V.VapiErrorValue>();
      if (isCase(info, 'upgrade_policy', 'NEVER')) expectTypeOf(info.upgrade_version).toEqualTypeOf<undefined>();
    };
    void read;
  });
});

describe('vAPI errors as data', () => {
  it('tools info error is a typed error value, not a string', () => {
    expectTypeOf<V.ToolsInfo['error']>().toEqualTypeOf<V.VapiErrorValue | undefined>();
    const explain = (info: V.ToolsInfo): string | undefined =>
      info.error && `${info.error.error_type ?? 'ERROR'}: ${info.error.messages[0]?.default_message ?? ''}`;
    expectTypeOf<V.VapiErrorValue['error_type']>().toEqualTypeOf<V.Open<V.VapiStdErrorsErrorType> | undefined>();
    void explain;
  });
});

describe('requests strict, data read from the server open', () => {
  it('a backing of a type this client does not know is read, not sent', () => {
    const future = { type: 'CLOUD_DRIVE', iso_file: 'x' } as const;
    const read: V.HardwareCdromBackingInfo = future;
    // @ts-expect-error requests take the known cases only
    const sent: V.HardwareCdromBackingSpec = future;
    void [read, sent];
  });

  it('isCase narrows exactly, to the known case only', () => {
    const check = (b: V.HardwareEthernetBackingInfo, isCase: typeof V.isCase) => {
      if (isCase(b, 'type', 'DISTRIBUTED_PORTGROUP')) {
        expectTypeOf(b).toEqualTypeOf<V.HardwareEthernetBackingInfoDistributedPortgroup>();
        expectTypeOf(b.distributed_port).toEqualTypeOf<string | undefined>();
      }
      if (isCase(b, 'type', 'STANDARD_PORTGROUP')) expectTypeOf(b.distributed_port).toEqualTypeOf<undefined>();
      // @ts-expect-error no such case
      isCase(b, 'type', 'CLOUD');
    };
    void check;
  });

  it('a structure both sent and read is sent with its known cases only', () => {
    type Set = V.VcenterVmClient['hardware']['boot']['device']['set'];
    expectTypeOf<Parameters<Set>[1]>().toEqualTypeOf<V.HardwareBootDeviceEntryKnown[]>();
    const read: V.HardwareBootDeviceEntry = { type: 'NVME_DRIVE' };
    // @ts-expect-error an unknown device type cannot be sent
    const sent: V.HardwareBootDeviceEntryKnown = { type: 'NVME_DRIVE' };
    void [read, sent];
  });
});
