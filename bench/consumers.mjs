// Consumer sources shared by the typecheck bench: the same 10 operations called through each
// client, with realistic argument literals. Each is a whole `main.ts` for a consumer project.

/** vcgen's package, imported by its package name (a node_modules link, as users do). */
export const vcgen = `import { createClient, id, isCase, login } from '@vcgen/vcenter-vm';

const client = createClient({
  baseUrl: 'https://vcenter.example.com',
  auth: login({ username: 'administrator@vsphere.local', password: process.env.VC_PASSWORD ?? '' }),
});
const vm = id('VirtualMachine', 'vm-42');
const cdrom = id('com.vmware.vcenter.vm.hardware.Cdrom', '3000');

export async function main(): Promise<void> {
  const cdroms = await client.hardware.cdrom.list(vm);
  const info = await client.hardware.cdrom.get(vm, cdrom);
  if (isCase(info.backing, 'type', 'ISO_FILE')) console.log(info.backing.iso_file);
  await client.hardware.cdrom.update(vm, cdrom, {
    backing: { type: 'ISO_FILE', iso_file: '[datastore1] iso/tools.iso' },
    start_connected: true,
  });
  await client.hardware.serial.disconnect(vm, id('com.vmware.vcenter.vm.hardware.SerialPort', '9000'));
  await client.power.start(vm);
  const power = await client.power.get(vm);
  const pid = await client.guest.processes.create(
    vm,
    { type: 'USERNAME_PASSWORD', user_name: 'root', password: 'secret', interactive_session: false },
    { path: '/bin/tar', arguments: 'czf /tmp/logs.tgz /var/log', working_directory: '/tmp' },
  );
  const disk = await client.hardware.disk.create(vm, {
    type: 'SCSI',
    scsi: { bus: 0, unit: 1 },
    new_vmdk: { name: 'data-1', capacity: 16 * 2 ** 30 },
  });
  const tools = await client.tools.get(vm);
  const ticket = await client.console.tickets.create(vm, { type: 'WEBMKS' });
  console.log(cdroms.length, power.state, pid, disk, tools.run_state, ticket.ticket);
  await client.logout();
}
`;

/** openapi-typescript's paths + openapi-fetch (schema.d.ts generated next to main.ts). */
export const openapiFetch = `import createClient from 'openapi-fetch';
import type { paths } from './schema.js';

const client = createClient<paths>({
  baseUrl: 'https://vcenter.example.com',
  headers: { 'vmware-api-session-id': process.env.VC_SESSION ?? '' },
});
const vm = 'vm-42';
const cdrom = '3000';

export async function main(): Promise<void> {
  const { data: cdroms } = await client.GET('/api/vcenter/vm/{vm}/hardware/cdrom', { params: { path: { vm } } });
  const { data: info } = await client.GET('/api/vcenter/vm/{vm}/hardware/cdrom/{cdrom}', { params: { path: { vm, cdrom } } });
  if (info?.backing.type === 'ISO_FILE') console.log(info.backing.iso_file);
  await client.PATCH('/api/vcenter/vm/{vm}/hardware/cdrom/{cdrom}', {
    params: { path: { vm, cdrom } },
    body: { backing: { type: 'ISO_FILE', iso_file: '[datastore1] iso/tools.iso' }, start_connected: true },
  });
  await client.POST('/api/vcenter/vm/{vm}/hardware/serial/{port}?action=disconnect', { params: { path: { vm, port: '9000' } } });
  await client.POST('/api/vcenter/vm/{vm}/power?action=start', { params: { path: { vm } } });
  const { data: power } = await client.GET('/api/vcenter/vm/{vm}/power', { params: { path: { vm } } });
  const { data: pid } = await client.POST('/api/vcenter/vm/{vm}/guest/processes?action=create', {
    params: { path: { vm } },
    body: {
      credentials: { type: 'USERNAME_PASSWORD', user_name: 'root', password: 'secret', interactive_session: false },
      spec: { path: '/bin/tar', arguments: 'czf /tmp/logs.tgz /var/log', working_directory: '/tmp' },
    },
  });
  const { data: disk } = await client.POST('/api/vcenter/vm/{vm}/hardware/disk', {
    params: { path: { vm } },
    body: { type: 'SCSI', scsi: { bus: 0, unit: 1 }, new_vmdk: { name: 'data-1', capacity: 16 * 2 ** 30 } },
  });
  const { data: tools } = await client.GET('/api/vcenter/vm/{vm}/tools', { params: { path: { vm } } });
  const { data: ticket } = await client.POST('/api/vcenter/vm/{vm}/console/tickets', {
    params: { path: { vm } },
    body: { type: 'WEBMKS' },
  });
  console.log(cdroms?.length, power?.state, pid, disk, tools?.run_state, ticket?.ticket);
}
`;

/** hey-api's generated SDK (its .ts sources next to main.ts, compiled with it). */
export const heyApi = `import { client } from './hey/client.gen.js';
import {
  vmConsoleTicketsCreate,
  vmGuestProcessesCreate,
  vmHardwareCdromGet,
  vmHardwareCdromList,
  vmHardwareCdromUpdate,
  vmHardwareDiskCreate,
  vmHardwareSerialDisconnect,
  vmPowerGet,
  vmPowerStart,
  vmToolsGet,
} from './hey/sdk.gen.js';

client.setConfig({ baseUrl: 'https://vcenter.example.com', headers: { 'vmware-api-session-id': process.env.VC_SESSION ?? '' } });
const vm = 'vm-42';
const cdrom = '3000';

export async function main(): Promise<void> {
  const { data: cdroms } = await vmHardwareCdromList({ path: { vm } });
  const { data: info } = await vmHardwareCdromGet({ path: { vm, cdrom } });
  if (info?.backing.type === 'ISO_FILE') console.log(info.backing.iso_file);
  await vmHardwareCdromUpdate({
    path: { vm, cdrom },
    body: { backing: { type: 'ISO_FILE', iso_file: '[datastore1] iso/tools.iso' }, start_connected: true },
  });
  await vmHardwareSerialDisconnect({ path: { vm, port: '9000' } });
  await vmPowerStart({ path: { vm } });
  const { data: power } = await vmPowerGet({ path: { vm } });
  const { data: pid } = await vmGuestProcessesCreate({
    path: { vm },
    body: {
      credentials: { type: 'USERNAME_PASSWORD', user_name: 'root', password: 'secret', interactive_session: false },
      spec: { path: '/bin/tar', arguments: 'czf /tmp/logs.tgz /var/log', working_directory: '/tmp' },
    },
  });
  const { data: disk } = await vmHardwareDiskCreate({
    path: { vm },
    body: { type: 'SCSI', scsi: { bus: 0, unit: 1 }, new_vmdk: { name: 'data-1', capacity: 16 * 2 ** 30 } },
  });
  const { data: tools } = await vmToolsGet({ path: { vm } });
  const { data: ticket } = await vmConsoleTicketsCreate({ path: { vm }, body: { type: 'WEBMKS' } });
  console.log(cdroms?.length, power?.state, pid, disk, tools?.run_state, ticket?.ticket);
}
`;

/** Baseline: plain fetch, no API types. */
export const plainFetch = `const base = 'https://vcenter.example.com';
const session = process.env.VC_SESSION ?? '';

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

const vm = 'vm-42';
const cdrom = '3000';

export async function main(): Promise<void> {
  const cdroms = await call('GET', \`/api/vcenter/vm/\${vm}/hardware/cdrom\`);
  const info = await call('GET', \`/api/vcenter/vm/\${vm}/hardware/cdrom/\${cdrom}\`);
  if (info.backing.type === 'ISO_FILE') console.log(info.backing.iso_file);
  await call('PATCH', \`/api/vcenter/vm/\${vm}/hardware/cdrom/\${cdrom}\`, {
    backing: { type: 'ISO_FILE', iso_file: '[datastore1] iso/tools.iso' },
    start_connected: true,
  });
  await call('POST', \`/api/vcenter/vm/\${vm}/hardware/serial/9000?action=disconnect\`);
  await call('POST', \`/api/vcenter/vm/\${vm}/power?action=start\`);
  const power = await call('GET', \`/api/vcenter/vm/\${vm}/power\`);
  const pid = await call('POST', \`/api/vcenter/vm/\${vm}/guest/processes?action=create\`, {
    credentials: { type: 'USERNAME_PASSWORD', user_name: 'root', password: 'secret', interactive_session: false },
    spec: { path: '/bin/tar', arguments: 'czf /tmp/logs.tgz /var/log', working_directory: '/tmp' },
  });
  const disk = await call('POST', \`/api/vcenter/vm/\${vm}/hardware/disk\`, {
    type: 'SCSI',
    scsi: { bus: 0, unit: 1 },
    new_vmdk: { name: 'data-1', capacity: 16 * 2 ** 30 },
  });
  const tools = await call('GET', \`/api/vcenter/vm/\${vm}/tools\`);
  const ticket = await call('POST', \`/api/vcenter/vm/\${vm}/console/tickets\`, { type: 'WEBMKS' });
  console.log(cdroms.length, power.state, pid, disk, tools.run_state, ticket.ticket);
}
`;
