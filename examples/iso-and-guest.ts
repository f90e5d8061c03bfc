// Find a VM by name, attach an ISO image to its CD-ROM drive, power it on, wait for VMware Tools,
// run a program in the guest and read its exit code, then shut the guest down.
//
//   VC_URL=… VC_USER=… VC_PASSWORD=… VM_NAME=web-01 ISO='[datastore1] iso/tools.iso' \
//   GUEST_USER=root GUEST_PASSWORD=… npx tsx examples/iso-and-guest.ts
//
// (connect.ts lists the connection settings; README.md how to run the examples.) The VM must
// have VMware Tools installed. PROGRAM and ARGS choose the program (default /bin/uname -a).
import {
  NotAllowedInCurrentStateError,
  TransportError,
  waitFor,
  waitForGuestIp,
  waitForPowerState,
  waitForToolsRunning,
  type GuestCredentials,
  type VcenterVmClient,
  type VirtualMachineId,
} from '@vcgen/vcenter-vm';
import { connect, isMain, need } from './connect.js';

export interface Settings {
  vmName: string;
  /** Datastore path of the ISO image, `[datastore1] iso/tools.iso`. */
  iso: string;
  guest: { user: string; password: string };
  /** The program to run in the guest, and its arguments. */
  program?: { path: string; arguments?: string };
  /** How long to wait for each step, in ms (default 5 minutes). */
  timeoutMs?: number;
  log?: (line: string) => void;
}

/** What the run found and did. */
export interface Outcome {
  vm: VirtualMachineId;
  ip: string;
  exitCode: number;
}

/** Finds a VM by its exact name: `list` with a name filter returns zero or one VM (names are unique per folder). */
export async function findVm(client: VcenterVmClient, name: string): Promise<VirtualMachineId> {
  const [found, ...more] = await client.vms.list({ names: [name] });
  if (!found) throw new Error(`no VM is named ${name}`);
  if (more.length) throw new Error(`${more.length + 1} VMs are named ${name}; filter by folder or datacenter too`);
  return found.vm;
}

export async function run(client: VcenterVmClient, s: Settings): Promise<Outcome> {
  const log = s.log ?? console.log;
  const wait = { timeoutMs: s.timeoutMs ?? 300_000 };
  const vm = await findVm(client, s.vmName);
  log(`${s.vmName} is ${vm}`);

  // The ISO on the first CD-ROM drive, connected at power-on; a drive is added when there is none.
  const backing = { type: 'ISO_FILE', iso_file: s.iso } as const;
  const [drive] = await client.hardware.cdrom.list(vm);
  if (drive) await client.hardware.cdrom.update(vm, drive.cdrom, { backing, start_connected: true });
  else await client.hardware.cdrom.create(vm, { backing, start_connected: true });
  log(`${s.iso} attached`);

  const power = await client.power.get(vm);
  if (power.state !== 'POWERED_ON') await client.power.start(vm);
  await waitForPowerState(client, vm, 'POWERED_ON', wait);
  const tools = await waitForToolsRunning(client, vm, wait);
  log(`VMware Tools ${tools.version ?? ''} running`);
  const ip = await waitForGuestIp(client, vm, { ...wait, family: 'IPV4' });
  log(`guest address ${ip}`);

  // A program in the guest: started at once; its exit code once it has finished.
  const credentials: GuestCredentials = {
    type: 'USERNAME_PASSWORD',
    user_name: s.guest.user,
    password: s.guest.password,
    interactive_session: false,
  };
  const program = s.program ?? { path: '/bin/uname', arguments: '-a' };
  const pid = await client.guest.processes.create(vm, credentials, program);
  const done = await waitFor(
    (o) => client.guest.processes.get(vm, credentials, pid, o),
    (p) => p.exit_code !== undefined,
    { ...wait, what: `process ${pid} in ${vm} to finish` },
  );
  log(`${program.path} exited with ${done.exit_code}`);

  // An orderly shutdown through VMware Tools; power off when the guest does not go down in time.
  try {
    await client.guest.power.shutdown(vm);
    await waitForPowerState(client, vm, 'POWERED_OFF', wait);
  } catch (e) {
    if (!(e instanceof TransportError && e.kind === 'timeout') && !(e instanceof NotAllowedInCurrentStateError))
      throw e;
    log(`the guest did not shut down (${e.message}); powering off`);
    await client.power.stop(vm);
  }
  log(`${s.vmName} is off`);
  return { vm, ip, exitCode: done.exit_code! };
}

if (isMain(import.meta.url)) {
  const env = process.env;
  const client = connect(env);
  try {
    await run(client, {
      vmName: need(env, 'VM_NAME'),
      iso: need(env, 'ISO'),
      guest: { user: need(env, 'GUEST_USER'), password: need(env, 'GUEST_PASSWORD') },
      ...(env.PROGRAM ? { program: { path: env.PROGRAM, arguments: env.ARGS ?? '' } } : {}),
    });
  } finally {
    await client.logout();
  }
}
