// Every operation of the package, called through the generated client against the fake with
// arguments made from the manifest alone (two variants: each union case and enum value by turn,
// optional parameters set and unset), with the VM powered off and on, in both wire styles. A
// result must satisfy the operation's result type (the OpenAPI document's response schema, and
// the manifest read by this test); an error must be one the operation documents, or one of the
// generic ones every call can get. Each operation must also succeed at least once.
import { describe, expect, it } from 'vitest';
import {
  call,
  clientOf,
  conforms,
  createFake,
  documented,
  GENERIC,
  manifest,
  opId,
  parse,
  responseSchema,
  sample,
  schemas,
  vc,
  type Fake,
  type ManifestOp,
  type SampleContext,
} from './support.js';

const ALL_DEVICES = {
  scsi: [{}],
  sata: [{}],
  nvme: [{}],
  disk: [{}],
  cdrom: [{}],
  ethernet: [{}],
  floppy: [{}],
  serial: [{}],
  parallel: [{}],
};
const UUID = 'aa6d5a82-1c88-45da-85d3-3d74b91a5bad';
const creds = { interactive_session: false, type: 'USERNAME_PASSWORD', user_name: 'root', password: 'VMware1!' };

type Args = Record<string, unknown>;
const folderOf = (fake: Fake, type: string) => fake.objects('Folder').find((f) => f.attrs.type == type)!.id;

/**
 * Values the manifest cannot know: paths that exist in the guest, a variable that is set, a
 * process; a folder of the kind an operation needs, a host outside clusters, a disconnected host,
 * a VM whose files are there to register.
 */
const OVERRIDES: Record<string, (args: Args, pid: number, fake: Fake) => void> = {
  'guest.filesystem.directories.create_temporary': (a) => (a.parent_path = '/tmp'),
  'guest.filesystem.files.create_temporary': (a) => (a.parent_path = '/tmp'),
  'guest.processes.create': (a) => Object.assign(a.spec as object, { path: '/bin/sh' }),
  'guest.processes.get': (a, pid) => (a.pid = pid),
  'guest.processes.delete': (a, pid) => (a.pid = pid),
  'guest.environment.get': (a) => (a.name = 'PATH'),
  'guest.filesystem.directories.create': (a) => (a.path = '/tmp/made-by-test'),
  'guest.filesystem.directories.delete': (a) => (a.path = '/root'),
  'guest.filesystem.directories.move': (a) => Object.assign(a, { path: '/root', new_path: '/tmp/root' }),
  'guest.filesystem.files.delete': (a) => (a.path = '/etc/hostname'),
  'guest.filesystem.files.get': (a) => (a.path = '/bin/sh'),
  'guest.filesystem.files.list': (a) => (a.path = '/etc'),
  'guest.filesystem.files.move': (a) => Object.assign(a, { path: '/usr/bin/env', new_path: '/tmp/env' }),
  'guest.filesystem.files.update': (a) => (a.path = '/bin/bash'),
  'guest.filesystem.transfers.create': (a) => Object.assign(a.spec as object, { path: '/etc/hostname' }),
  'hardware.boot.device.set': (a) => (a.devices = [{ type: 'CDROM' }]),
  'datacenters.create': (a, _, fake) => ((a.spec as Args).folder = folderOf(fake, 'DATACENTER')),
  'datacenters.delete': (a) => (a.force = true),
  'hosts.create': (a, _, fake) => ((a.spec as Args).folder = folderOf(fake, 'HOST')),
  'hosts.delete': (a, _, fake) => (a.host = fake.addObject('HostSystem', 'esx-09.fake')),
  'hosts.connect': (_, __, fake) => fake.setObject('esx-01.fake', { connection_state: 'DISCONNECTED' }),
  'resourcePools.delete': (a, _, fake) => (a.resource_pool = fake.addObject('ResourcePool', 'pool-1')),
  'vms.register': (a, _, fake) => {
    const spec = a.spec as Args;
    delete spec.datastore;
    delete spec.path;
    spec.datastore_path = fake.addVm({ name: 'old-vm', registered: false }).vmx;
    spec.placement ??= {
      folder: folderOf(fake, 'VIRTUAL_MACHINE'),
      cluster: fake.objects('ClusterComputeResource')[0]!.id,
    };
  },
};

function context(fake: Fake, variant: number): SampleContext {
  const vm = fake.vm;
  const device = (kind: Parameters<typeof vm.devices>[0]) => vm.devices(kind)[0]?.id;
  const hw = 'com.vmware.vcenter.vm.hardware.';
  const first = (kind: string) => fake.objects(kind)[0]!.id;
  const ids: Record<string, () => string | undefined> = {
    VirtualMachine: () => vm.id,
    Network: () => first('Network'),
    Datacenter: () => first('Datacenter'),
    Folder: () => folderOf(fake, 'VIRTUAL_MACHINE'),
    ClusterComputeResource: () => first('ClusterComputeResource'),
    HostSystem: () => first('HostSystem'),
    ResourcePool: () => first('ResourcePool'),
    Datastore: () => first('Datastore'),
    [`${hw}Cdrom`]: () => device('cdrom'),
    [`${hw}Disk`]: () => device('disk'),
    [`${hw}Ethernet`]: () => device('ethernet'),
    [`${hw}Floppy`]: () => device('floppy'),
    [`${hw}SerialPort`]: () => device('serial'),
    [`${hw}ParallelPort`]: () => device('parallel'),
    [`${hw}ScsiAdapter`]: () => device('scsi'),
    [`${hw}SataAdapter`]: () => device('sata'),
    [`${hw}NvmeAdapter`]: () => device('nvme'),
  };
  return { variant, id: (r) => ids[r]?.() ?? (/Policy|POLICY|Item/.test(r) ? UUID : undefined) };
}

/** INVALID_ARGUMENT for well-typed values that the operation's own rules refuse (a downgrade). */
const SEMANTIC: RegExp[] = [
  /is no upgrade|predates/,
  // Samples set every optional field, or none: a disk both left out of a clone and moved, a VM
  // without the placement vCenter 7 needs, strings that are no UUID or certificate thumbprint.
  /both removed and updated/,
  /spec\.placement: required/,
  /is not a UUID|is no SHA-1 thumbprint/,
  // instant_clone documents INVALID_ARGUMENT for a source that is not running.
  /spec\.source: vm-\d+ is not powered on/,
];
/**
 * vCenter's legacy endpoints (and so the fake) take and answer a map as a list of `{ key, value }`
 * entries; the client's `/rest` style converts both ways, so no request may be refused for it.
 */
const REST_MAP_GAP = /\/rest form of a map/;

const accessorOf = (op: ManifestOp): string =>
  `${manifest.services.find((s) => s.id == op.service)!.accessor}.${op.method}`;

interface Outcome {
  ok: number;
  errors: Set<string>;
}

async function driveAll(
  style: 'api' | 'rest',
): Promise<{ outcomes: Map<string, Outcome>; problems: string[]; gaps: Set<string> }> {
  const outcomes = new Map<string, Outcome>();
  const problems: string[] = [];
  const gaps = new Set<string>();
  for (const power of ['POWERED_OFF', 'POWERED_ON'] as const)
    for (const variant of [0, 1])
      for (const op of manifest.operations) {
        const fake = createFake({ vms: [{ devices: ALL_DEVICES, values: { hardware: { version: 'VMX_13' } } }] });
        fake.vm.setPower(power);
        const client = clientOf(fake, style);
        const cx = context(fake, variant);
        let pid = 0;
        if (power == 'POWERED_ON') {
          pid = await client.guest.processes.create(vc.id('VirtualMachine', fake.vm.id), creds as never, {
            path: '/bin/sh',
          });
        }
        const args: Record<string, unknown> = {};
        for (const p of op.params) if (!(p.optional && variant % 2)) args[p.name] = sample(parse(p.type), cx, p.name);
        // Guest credentials that the guest accepts (the fake's default guest user).
        if ('credentials' in args) args.credentials = creds;
        OVERRIDES[accessorOf(op)]?.(args, pid, fake);
        // Disconnecting a device needs it connected: connect it first.
        if (op.name == 'disconnect' && op.service.includes('.hardware.') && power == 'POWERED_ON')
          await call(
            client,
            manifest.operations.find((o) => o.service == op.service && o.name == 'connect')!,
            op.params.map((p) => args[p.name]),
          );
        const o = outcomes.get(opId(op)) ?? { ok: 0, errors: new Set() };
        outcomes.set(opId(op), o);
        const where = `${style} ${power} variant ${variant} ${opId(op)}`;
        try {
          const result = await call(
            client,
            op,
            op.params.map((p) => args[p.name]),
          );
          o.ok++;
          if (op.result === null) {
            if (result !== undefined) problems.push(`${where}: void operation answered ${JSON.stringify(result)}`);
            continue;
          }
          // The client hands maps over as objects in both styles (it converts /rest's entry lists).
          const why = conforms(parse(op.result), result, 'result');
          if (why) problems.push(`${where}: ${why}`);
          const schema = style == 'api' ? responseSchema(op, 'api') : undefined;
          // An optional result may be unset (no body), which the manifest check above allows.
          if (schema && result !== undefined && !schemas.check(schema, result))
            problems.push(`${where}: openapi.json rejects ${JSON.stringify(result)}`);
        } catch (e) {
          if (!(e instanceof vc.VapiError)) {
            problems.push(`${where}: ${String(e)}`);
            continue;
          }
          o.errors.add(e.type);
          if (![...documented(op), ...GENERIC].includes(e.type))
            problems.push(`${where}: undocumented ${e.type}: ${e.message}`);
          if (e.type == 'INVALID_ARGUMENT' && REST_MAP_GAP.test(e.message)) gaps.add(`${style} ${opId(op)}`);
          else if (e.type == 'INVALID_ARGUMENT' && !SEMANTIC.some((re) => re.test(e.message)))
            problems.push(`${where}: valid arguments rejected: ${e.message}`);
        }
        if (fake.defects.length) problems.push(`${where}: fake defects ${fake.defects.join('; ')}`);
      }
  return { outcomes, problems, gaps };
}

describe.each(['api', 'rest'] as const)('every operation, %s style', (style) => {
  it('answers within its result type or its documented errors, and succeeds at least once', async () => {
    const { outcomes, problems, gaps } = await driveAll(style);
    expect(problems).toEqual([]);
    expect([...gaps]).toEqual([]);
    expect(outcomes.size).toBe(manifest.operations.length);
    const never = [...outcomes].filter(([, o]) => o.ok == 0).map(([id, o]) => `${id} (${[...o.errors].join(', ')})`);
    expect(never).toEqual([]);
  });
});
