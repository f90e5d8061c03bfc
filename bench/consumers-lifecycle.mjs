// Consumer sources of the typecheck bench's second row set: a VM's lifecycle in 10 calls, written
// for each client as its users would write it. Find a VM by name (`vms.list`), read its whole
// configuration (`vms.get`, whose result reaches every hardware type), find the placement by name
// (folders, resource pools, datastores), clone it as a task and wait for the task, move the copy's
// disks (`vms.relocate`), power the copy off and wait until it is off, delete it. The peers read the
// package's own openapi.json (the same operations); they have no task or waiting helpers and no
// types for `/api/cis/tasks`, so those are small polling loops over fetch, as their users write them.

/** vcgen's package, imported by its package name. */
export const vcgen = `import { createClient, isCase, login, waitForPowerState } from '@vcgen/vcenter-vm';

const client = createClient({
  baseUrl: 'https://vcenter.example.com',
  auth: login({ username: 'administrator@vsphere.local', password: process.env.VC_PASSWORD ?? '' }),
});

export async function main(): Promise<void> {
  const [source] = await client.vms.list({ names: ['web-01'], power_states: ['POWERED_OFF'] });
  if (!source) throw new Error('no powered-off VM is named web-01');
  const info = await client.vms.get(source.vm);
  const files = Object.values(info.disks).flatMap((d) => (isCase(d.backing, 'type', 'VMDK_FILE') ? [d.backing.vmdk_file] : []));
  console.log(info.guest_OS, info.cpu.count, info.memory.size_MiB, Object.keys(info.nics).length, files);

  const [folder] = await client.folders.list({ names: ['Web'], type: 'VIRTUAL_MACHINE' });
  const [pool] = await client.resourcePools.list({ names: ['web-pool'] });
  const [datastore] = await client.datastores.list({ names: ['datastore2'], types: ['VMFS'] });
  if (!folder || !pool || !datastore) throw new Error('placement not found');

  const task = await client.vms.cloneTask({
    source: source.vm,
    name: 'web-02',
    placement: { folder: folder.folder, resource_pool: pool.resource_pool },
    power_on: true,
  });
  const copy = await task.wait({
    timeoutMs: 30 * 60_000,
    onProgress: ({ status, progress }) => console.log(status, progress?.completed, progress?.total),
  });
  await client.vms.relocate(copy, {
    placement: { datastore: datastore.datastore },
    disks: Object.fromEntries(Object.keys(info.disks).map((disk) => [disk, { datastore: datastore.datastore }])),
  });
  await client.power.stop(copy);
  await waitForPowerState(client, copy, 'POWERED_OFF', { timeoutMs: 120_000 });
  await client.vms.delete(copy);
  await client.logout();
}
`;

// The peers' polling loops: a task's state from /api/cis/tasks (no types for it in the document),
// bounded in time, with a growing interval; and a bounded wait for a condition.
const POLLING = `const base = 'https://vcenter.example.com';
const session = process.env.VC_SESSION ?? '';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface TaskInfo {
  status: 'PENDING' | 'RUNNING' | 'BLOCKED' | 'SUCCEEDED' | 'FAILED';
  progress?: { total: number; completed: number };
  result?: unknown;
  error?: unknown;
}

async function waitForTask(task: string, timeoutMs: number, onProgress: (info: TaskInfo) => void): Promise<unknown> {
  const deadline = Date.now() + timeoutMs;
  for (let interval = 500; Date.now() < deadline; interval = Math.min(interval * 2, 5_000)) {
    const res = await fetch(\`\${base}/api/cis/tasks/\${encodeURIComponent(task)}\`, { headers: { 'vmware-api-session-id': session } });
    if (!res.ok) throw new Error(\`task \${task}: HTTP \${res.status}\`);
    const info = (await res.json()) as TaskInfo;
    if (info.status === 'SUCCEEDED') return info.result;
    if (info.status === 'FAILED') throw new Error(\`task \${task} failed: \${JSON.stringify(info.error)}\`);
    onProgress(info);
    await sleep(interval);
  }
  throw new Error(\`task \${task}: still running after \${timeoutMs} ms\`);
}

async function waitUntil<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (let interval = 500; Date.now() < deadline; interval = Math.min(interval * 2, 5_000)) {
    const value = await read();
    if (done(value)) return value;
    await sleep(interval);
  }
  throw new Error(\`condition not met after \${timeoutMs} ms\`);
}
`;

/** openapi-typescript's paths of the package's openapi.json + openapi-fetch. */
export const openapiFetch = `import createClient from 'openapi-fetch';
import type { paths } from './schema.js';

${POLLING}
const client = createClient<paths>({ baseUrl: base, headers: { 'vmware-api-session-id': session } });

export async function main(): Promise<void> {
  const { data: found } = await client.GET('/api/vcenter/vm', { params: { query: { names: ['web-01'], power_states: ['POWERED_OFF'] } } });
  const source = found?.[0];
  if (!source) throw new Error('no powered-off VM is named web-01');
  const { data: info } = await client.GET('/api/vcenter/vm/{vm}', { params: { path: { vm: source.vm } } });
  if (!info) throw new Error('no configuration');
  const files = Object.values(info.disks).flatMap((d) => (d.backing.type === 'VMDK_FILE' ? [d.backing.vmdk_file] : []));
  console.log(info.guest_OS, info.cpu.count, info.memory.size_MiB, Object.keys(info.nics).length, files);

  const { data: folders } = await client.GET('/api/vcenter/folder', { params: { query: { names: ['Web'], type: 'VIRTUAL_MACHINE' } } });
  const { data: pools } = await client.GET('/api/vcenter/resource-pool', { params: { query: { names: ['web-pool'] } } });
  const { data: datastores } = await client.GET('/api/vcenter/datastore', { params: { query: { names: ['datastore2'], types: ['VMFS'] } } });
  const folder = folders?.[0];
  const pool = pools?.[0];
  const datastore = datastores?.[0];
  if (!folder || !pool || !datastore) throw new Error('placement not found');

  const { data: task } = await client.POST('/api/vcenter/vm?action=clone&vmw-task=true', {
    body: { source: source.vm, name: 'web-02', placement: { folder: folder.folder, resource_pool: pool.resource_pool }, power_on: true },
  });
  if (!task) throw new Error('clone not started');
  const copy = (await waitForTask(task, 30 * 60_000, (i) => console.log(i.status, i.progress?.completed, i.progress?.total))) as string;
  await client.POST('/api/vcenter/vm/{vm}?action=relocate', {
    params: { path: { vm: copy } },
    body: {
      placement: { datastore: datastore.datastore },
      disks: Object.fromEntries(Object.keys(info.disks).map((disk) => [disk, { datastore: datastore.datastore }])),
    },
  });
  await client.POST('/api/vcenter/vm/{vm}/power?action=stop', { params: { path: { vm: copy } } });
  await waitUntil(
    async () => (await client.GET('/api/vcenter/vm/{vm}/power', { params: { path: { vm: copy } } })).data,
    (power) => power?.state === 'POWERED_OFF',
    120_000,
  );
  await client.DELETE('/api/vcenter/vm/{vm}', { params: { path: { vm: copy } } });
}
`;

/** hey-api's SDK generated from the package's openapi.json (its .ts sources compiled along). */
export const heyApi = `import { client } from './hey/client.gen.js';
import {
  vcenterDatastoreList,
  vcenterFolderList,
  vcenterResourcePoolList,
  vcenterVmCloneTask,
  vcenterVmDelete,
  vcenterVmGet,
  vcenterVmList,
  vcenterVmPowerGet,
  vcenterVmPowerStop,
  vcenterVmRelocate,
} from './hey/sdk.gen.js';

${POLLING}
client.setConfig({ baseUrl: base, headers: { 'vmware-api-session-id': session } });

export async function main(): Promise<void> {
  const { data: found } = await vcenterVmList({ query: { names: ['web-01'], power_states: ['POWERED_OFF'] } });
  const source = found?.[0];
  if (!source) throw new Error('no powered-off VM is named web-01');
  const { data: info } = await vcenterVmGet({ path: { vm: source.vm } });
  if (!info) throw new Error('no configuration');
  const files = Object.values(info.disks).flatMap((d) => (d.backing.type === 'VMDK_FILE' ? [d.backing.vmdk_file] : []));
  console.log(info.guest_OS, info.cpu.count, info.memory.size_MiB, Object.keys(info.nics).length, files);

  const { data: folders } = await vcenterFolderList({ query: { names: ['Web'], type: 'VIRTUAL_MACHINE' } });
  const { data: pools } = await vcenterResourcePoolList({ query: { names: ['web-pool'] } });
  const { data: datastores } = await vcenterDatastoreList({ query: { names: ['datastore2'], types: ['VMFS'] } });
  const folder = folders?.[0];
  const pool = pools?.[0];
  const datastore = datastores?.[0];
  if (!folder || !pool || !datastore) throw new Error('placement not found');

  const { data: task } = await vcenterVmCloneTask({
    body: { source: source.vm, name: 'web-02', placement: { folder: folder.folder, resource_pool: pool.resource_pool }, power_on: true },
  });
  if (!task) throw new Error('clone not started');
  const copy = (await waitForTask(task, 30 * 60_000, (i) => console.log(i.status, i.progress?.completed, i.progress?.total))) as string;
  await vcenterVmRelocate({
    path: { vm: copy },
    body: {
      placement: { datastore: datastore.datastore },
      disks: Object.fromEntries(Object.keys(info.disks).map((disk) => [disk, { datastore: datastore.datastore }])),
    },
  });
  await vcenterVmPowerStop({ path: { vm: copy } });
  await waitUntil(
    async () => (await vcenterVmPowerGet({ path: { vm: copy } })).data,
    (power) => power?.state === 'POWERED_OFF',
    120_000,
  );
  await vcenterVmDelete({ path: { vm: copy } });
}
`;

/** Baseline: plain fetch, no API types. */
export const plainFetch = `${POLLING}
async function call(method: string, path: string, body?: unknown): Promise<any> {
  const res = await fetch(base + path, {
    method,
    headers: { accept: 'application/json', 'content-type': 'application/json', 'vmware-api-session-id': session },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(\`\${method} \${path}: HTTP \${res.status}\`);
  const text = await res.text();
  return text ? JSON.parse(text) : undefined;
}

export async function main(): Promise<void> {
  const [source] = await call('GET', '/api/vcenter/vm?names=web-01&power_states=POWERED_OFF');
  if (!source) throw new Error('no powered-off VM is named web-01');
  const info = await call('GET', \`/api/vcenter/vm/\${source.vm}\`);
  const files = Object.values<any>(info.disks).flatMap((d) => (d.backing.type === 'VMDK_FILE' ? [d.backing.vmdk_file] : []));
  console.log(info.guest_OS, info.cpu.count, info.memory.size_MiB, Object.keys(info.nics).length, files);

  const [folder] = await call('GET', '/api/vcenter/folder?names=Web&type=VIRTUAL_MACHINE');
  const [pool] = await call('GET', '/api/vcenter/resource-pool?names=web-pool');
  const [datastore] = await call('GET', '/api/vcenter/datastore?names=datastore2&types=VMFS');
  if (!folder || !pool || !datastore) throw new Error('placement not found');

  const task = await call('POST', '/api/vcenter/vm?action=clone&vmw-task=true', {
    source: source.vm,
    name: 'web-02',
    placement: { folder: folder.folder, resource_pool: pool.resource_pool },
    power_on: true,
  });
  const copy = (await waitForTask(task, 30 * 60_000, (i) => console.log(i.status, i.progress?.completed, i.progress?.total))) as string;
  await call('POST', \`/api/vcenter/vm/\${copy}?action=relocate\`, {
    placement: { datastore: datastore.datastore },
    disks: Object.fromEntries(Object.keys(info.disks).map((disk) => [disk, { datastore: datastore.datastore }])),
  });
  await call('POST', \`/api/vcenter/vm/\${copy}/power?action=stop\`);
  await waitUntil(() => call('GET', \`/api/vcenter/vm/\${copy}/power\`), (power) => power.state === 'POWERED_OFF', 120_000);
  await call('DELETE', \`/api/vcenter/vm/\${copy}\`);
}
`;
