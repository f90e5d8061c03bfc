// Clone a VM as a vCenter task and follow its progress; Ctrl-C cancels the task.
//
//   VC_URL=… VC_USER=… VC_PASSWORD=… SOURCE=web-01 NAME=web-02 [FOLDER=Web] [DATASTORE=datastore2] \
//   [POWER_ON=1] npx tsx examples/clone-task.ts
//
// (connect.ts lists the connection settings; README.md how to run the examples.) The copy goes
// where the source is, unless FOLDER (a VM folder) or DATASTORE names another place; POWER_ON=1
// powers it on once it exists.
import {
  TransportError,
  type VcenterVmClient,
  type VirtualMachineId,
  type VmClonePlacementSpec,
} from '@vcgen/vcenter-vm';
import { connect, isMain, need } from './connect.js';
import { findVm } from './iso-and-guest.js';

export interface Settings {
  source: string;
  name: string;
  folder?: string;
  datastore?: string;
  powerOn?: boolean;
  /** How long to wait for the clone, in ms (default 30 minutes). */
  timeoutMs?: number;
  /** Aborts the wait, and cancels the task. */
  signal?: AbortSignal;
  log?: (line: string) => void;
}

/** The one inventory object of a name, by a list call with a name filter. */
function one<T>(found: T[], what: string): T {
  if (found.length !== 1) throw new Error(`${found.length ? 'more than one' : 'no'} ${what}`);
  return found[0]!;
}

export async function run(client: VcenterVmClient, s: Settings): Promise<VirtualMachineId> {
  const log = s.log ?? console.log;
  const source = await findVm(client, s.source);
  // Placement by name: folders and datastores are found like VMs, with typed ids.
  const placement: VmClonePlacementSpec = {};
  if (s.folder)
    placement.folder = one(
      await client.folders.list({ names: [s.folder], type: 'VIRTUAL_MACHINE' }),
      `VM folder ${s.folder}`,
    ).folder;
  if (s.datastore)
    placement.datastore = one(
      await client.datastores.list({ names: [s.datastore] }),
      `datastore ${s.datastore}`,
    ).datastore;

  const task = await client.vms.cloneTask({ source, name: s.name, placement, power_on: s.powerOn ?? false });
  log(`cloning ${s.source} to ${s.name}: task ${task.id}`);
  try {
    const vm = await task.wait({
      timeoutMs: s.timeoutMs ?? 30 * 60_000,
      signal: s.signal,
      onProgress: ({ status, progress }) =>
        log(`${status}${progress ? ` ${Math.round((100 * progress.completed) / (progress.total || 1))}%` : ''}`),
    });
    log(`${s.name} is ${vm}`);
    return vm;
  } catch (e) {
    // Given up waiting (Ctrl-C, or the timeout): the task goes on in vCenter unless cancelled.
    if (e instanceof TransportError && (e.kind === 'aborted' || e.kind === 'timeout')) {
      await task.cancel().catch(() => undefined);
      log(`task ${task.id} cancelled`);
    }
    throw e;
  }
}

if (isMain(import.meta.url)) {
  const env = process.env;
  const client = connect(env);
  const stop = new AbortController();
  process.once('SIGINT', () => stop.abort());
  try {
    await run(client, {
      source: need(env, 'SOURCE'),
      name: need(env, 'NAME'),
      folder: env.FOLDER,
      datastore: env.DATASTORE,
      powerOn: env.POWER_ON === '1',
      signal: stop.signal,
    });
  } finally {
    await client.logout();
  }
}
