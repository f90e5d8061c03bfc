// The real generated client (generated/vcenter-vm) against a local server: the wire facts of the
// REST reference pages (serial and CD-ROM disconnect, console tickets, guest process delete).
import { afterEach, describe, expect, it } from 'vitest';
import * as vc from '../../generated/vcenter-vm/dist/index.js';
import { startServer, type Handler, type TestServer } from './server.js';

const vm = vc.id('VirtualMachine', 'vm-42');
let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});
async function client(handler: Handler, style: 'api' | 'rest' = 'api') {
  server = await startServer(handler);
  return {
    c: vc.createClient({
      baseUrl: server.url,
      sessionId: 'b00db39f948d13ea1e59b4d6fce56389',
      style: style === 'rest' ? vc.rest : vc.api,
    }),
    s: server,
  };
}

describe('hardware.serial.disconnect', () => {
  const port = vc.id('com.vmware.vcenter.vm.hardware.SerialPort', '9000');
  it.each([
    ['api', '/api/vcenter/vm/vm-42/hardware/serial/9000?action=disconnect', 204],
    ['rest', '/rest/vcenter/vm/vm-42/hardware/serial/9000/disconnect', 200],
  ] as const)('%s style: POST %s with the session header', async (style, path, status) => {
    const { c, s } = await client(() => ({ status }), style);
    await expect(c.hardware.serial.disconnect(vm, port)).resolves.toBeUndefined();
    expect(s.requests[0]).toMatchObject({ method: 'POST', url: path, body: '' });
    expect(s.requests[0]!.headers['vmware-api-session-id']).toBe('b00db39f948d13ea1e59b4d6fce56389');
  });

  it('maps 400 ALREADY_IN_DESIRED_STATE to its class, inside the operation union', async () => {
    const { c } = await client(() => ({
      status: 400,
      body: {
        error_type: 'ALREADY_IN_DESIRED_STATE',
        messages: [{ id: 'x', default_message: 'already disconnected', args: [] }],
      },
    }));
    const e = await c.hardware.serial.disconnect(vm, port).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(vc.AlreadyInDesiredStateError);
    expect(vc.isErrorOf(e, c.hardware.serial, 'disconnect')).toBe(true);
  });
});

describe('hardware.cdrom.disconnect', () => {
  it('api style: POST …/hardware/cdrom/{cdrom}?action=disconnect; 500 RESOURCE_BUSY is typed', async () => {
    const { c, s } = await client(() => ({ status: 500, body: { error_type: 'RESOURCE_BUSY', messages: [] } }));
    const e = await c.hardware.cdrom
      .disconnect(vm, vc.id('com.vmware.vcenter.vm.hardware.Cdrom', '3002'))
      .catch((x: unknown) => x);
    expect(s.requests[0]!.url).toBe('/api/vcenter/vm/vm-42/hardware/cdrom/3002?action=disconnect');
    expect(e).toBeInstanceOf(vc.ResourceBusyError);
  });
});

describe('console.tickets.create', () => {
  it('api style sends the spec as the body and returns the summary', async () => {
    const { c, s } = await client(() => ({ status: 201, body: { ticket: 'vmrc://clone:abc@vc/?moid=vm-42' } }));
    await expect(c.console.tickets.create(vm, { type: 'VMRC' })).resolves.toEqual({
      ticket: 'vmrc://clone:abc@vc/?moid=vm-42',
    });
    expect(s.requests[0]).toMatchObject({ method: 'POST', url: '/api/vcenter/vm/vm-42/console/tickets' });
    expect(JSON.parse(s.requests[0]!.body)).toEqual({ type: 'VMRC' });
  });

  it('rest style wraps the spec and unwraps { value }', async () => {
    const { c, s } = await client(() => ({ body: { value: { ticket: 't' } } }), 'rest');
    await expect(c.console.tickets.create(vm, { type: 'WEBMKS' })).resolves.toEqual({ ticket: 't' });
    expect(s.requests[0]).toMatchObject({ method: 'POST', url: '/rest/vcenter/vm/vm-42/console/tickets' });
    expect(JSON.parse(s.requests[0]!.body)).toEqual({ spec: { type: 'WEBMKS' } });
  });
});

describe('guest.processes.delete', () => {
  const credentials = {
    interactive_session: false,
    type: 'USERNAME_PASSWORD',
    user_name: 'root',
    password: 'secret',
  } as const;
  it('api style: pid in the path, credentials wrapped in the body', async () => {
    const { c, s } = await client(() => ({ status: 204 }));
    await c.guest.processes.delete(vm, credentials, 4711);
    expect(s.requests[0]).toMatchObject({
      method: 'POST',
      url: '/api/vcenter/vm/vm-42/guest/processes/4711?action=delete',
    });
    expect(JSON.parse(s.requests[0]!.body)).toEqual({ credentials });
  });

  it('has no /rest binding in 7.0.3, so the rest style uses /api', async () => {
    const { c, s } = await client(() => ({ status: 204 }), 'rest');
    await c.guest.processes.delete(vm, credentials, 1);
    expect(s.requests[0]!.url).toBe('/api/vcenter/vm/vm-42/guest/processes/1?action=delete');
  });

  it('types the data of NOT_FOUND as the process error details', async () => {
    const { c } = await client(() => ({
      status: 404,
      body: { error_type: 'NOT_FOUND', messages: [], data: { pid: 1 } },
    }));
    const e = await c.guest.processes.delete(vm, credentials, 1).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(vc.NotFoundError);
    expect((e as vc.NotFoundError).data).toEqual({ pid: 1 });
  });
});
