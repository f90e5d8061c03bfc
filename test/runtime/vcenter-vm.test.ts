// The real generated client (generated/vcenter-vm) against the package's fake vCenter: the wire
// facts of the REST reference pages (serial and CD-ROM disconnect, console tickets, guest process
// delete) as the client hands them to fetch, and the answers of a server that keeps the VM's state.
import { describe, expect, it } from 'vitest';
import { fakeClient, vc } from './fake.js';

const SESSION = 'vmware-api-session-id';
const styles = { api: vc.api, rest: vc.rest };

describe('hardware.serial.disconnect', () => {
  const port = vc.id('com.vmware.vcenter.vm.hardware.SerialPort', '9000');
  /** A running VM with a connected serial port (9000, the first key of its kind). */
  const withPort = (style: 'api' | 'rest') =>
    fakeClient(
      { style: styles[style] },
      { vms: [{ power: 'POWERED_ON', devices: { serial: [{ start_connected: true }] } }] },
    );

  it.each([
    ['api', '/api/vcenter/vm/{vm}/hardware/serial/9000?action=disconnect', 204],
    ['rest', '/rest/vcenter/vm/{vm}/hardware/serial/9000/disconnect', 200],
  ] as const)('%s style: POST %s with the session header', async (style, path, status) => {
    const { fake, c, sent, vm } = withPort(style);
    await expect(c.hardware.serial.disconnect(vm, port)).resolves.toBeUndefined();
    expect(sent[1]).toMatchObject({ method: 'POST', url: path.replace('{vm}', fake.vm.id), body: '', status });
    expect(sent[1]!.headers[SESSION]).toBe(c.transport.sessionId());
    expect((await c.hardware.serial.get(vm, port)).state).toBe('NOT_CONNECTED');
  });

  it('maps 400 ALREADY_IN_DESIRED_STATE to its class, inside the operation union', async () => {
    const { c, sent, vm } = withPort('api');
    await c.hardware.serial.disconnect(vm, port);
    const e = await c.hardware.serial.disconnect(vm, port).catch((x: unknown) => x);
    expect(sent.at(-1)!.status).toBe(400);
    expect(JSON.parse(sent.at(-1)!.text)).toMatchObject({ error_type: 'ALREADY_IN_DESIRED_STATE' });
    expect(e).toBeInstanceOf(vc.AlreadyInDesiredStateError);
    expect(vc.isErrorOf(e, c.hardware.serial, 'disconnect')).toBe(true);
  });
});

describe('hardware.cdrom.disconnect', () => {
  it('api style: POST …/hardware/cdrom/{cdrom}?action=disconnect; 500 RESOURCE_BUSY is typed', async () => {
    const { fake, c, sent, vm } = fakeClient();
    fake.fail('hardware.cdrom.disconnect', { type: 'RESOURCE_BUSY' });
    const e = await c.hardware.cdrom
      .disconnect(vm, vc.id('com.vmware.vcenter.vm.hardware.Cdrom', '3000'))
      .catch((x: unknown) => x);
    expect(sent[1]).toMatchObject({
      method: 'POST',
      url: `/api/vcenter/vm/${fake.vm.id}/hardware/cdrom/3000?action=disconnect`,
      status: 500,
    });
    expect(e).toBeInstanceOf(vc.ResourceBusyError);
  });
});

describe('console.tickets.create', () => {
  it('api style sends the spec as the body and returns the summary', async () => {
    const { fake, c, sent, vm } = fakeClient();
    const summary = await c.console.tickets.create(vm, { type: 'VMRC' });
    expect(sent[1]).toMatchObject({ method: 'POST', url: `/api/vcenter/vm/${fake.vm.id}/console/tickets` });
    expect(JSON.parse(sent[1]!.body)).toEqual({ type: 'VMRC' });
    expect(summary).toEqual(JSON.parse(sent[1]!.text));
    expect(summary.ticket).toMatch(/^vmrc:\/\//);
  });

  it('rest style wraps the spec and unwraps { value }', async () => {
    // A WebMKS ticket needs the VM running.
    const { fake, c, sent, vm } = fakeClient({ style: vc.rest }, { vms: [{ power: 'POWERED_ON' }] });
    const summary = await c.console.tickets.create(vm, { type: 'WEBMKS' });
    expect(sent[1]).toMatchObject({ method: 'POST', url: `/rest/vcenter/vm/${fake.vm.id}/console/tickets` });
    expect(JSON.parse(sent[1]!.body)).toEqual({ spec: { type: 'WEBMKS' } });
    const answered = JSON.parse(sent[1]!.text) as { value: unknown };
    expect(Object.keys(answered)).toEqual(['value']);
    expect(summary).toEqual(answered.value);
    expect(summary.ticket).toMatch(/^wss:\/\//);
  });
});

describe('guest.processes.delete', () => {
  const credentials = {
    interactive_session: false,
    type: 'USERNAME_PASSWORD',
    user_name: 'root',
    password: 'VMware1!',
  } as const;
  /** A running VM (Tools up, the default guest user root) with a process started in it. */
  async function withProcess(style: 'api' | 'rest') {
    const f = fakeClient({ style: styles[style] }, { vms: [{ power: 'POWERED_ON' }] });
    const pid = await f.c.guest.processes.create(f.vm, credentials, { path: '/bin/sh' });
    return { ...f, pid };
  }

  it('api style: pid in the path, credentials wrapped in the body', async () => {
    const { fake, c, sent, vm, pid } = await withProcess('api');
    await c.guest.processes.delete(vm, credentials, pid);
    expect(sent.at(-1)).toMatchObject({
      method: 'POST',
      url: `/api/vcenter/vm/${fake.vm.id}/guest/processes/${pid}?action=delete`,
      status: 204,
    });
    expect(JSON.parse(sent.at(-1)!.body)).toEqual({ credentials });
  });

  it('has no /rest binding in 7.0.3, so the rest style uses /api', async () => {
    const { fake, c, sent, vm, pid } = await withProcess('rest');
    await c.guest.processes.delete(vm, credentials, pid);
    expect(sent.at(-1)!.url).toBe(`/api/vcenter/vm/${fake.vm.id}/guest/processes/${pid}?action=delete`);
    expect(sent.at(-1)!.status).toBe(204);
  });

  it('types the data of NOT_FOUND as the process error details', async () => {
    const { c, vm, pid } = await withProcess('api');
    const e = await c.guest.processes.delete(vm, credentials, pid + 1).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(vc.NotFoundError);
    expect((e as vc.NotFoundError).data).toEqual({ pid: pid + 1 });
  });
});
