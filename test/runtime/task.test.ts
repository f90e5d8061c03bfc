// An operation that exists only as a task (`task: only`): the client calls its task form (the plain
// binding with vmw-task=true added to the query) and returns the id of the task the server started,
// on both wire styles, over real HTTP on 127.0.0.1.
import { describe, expect, expectTypeOf, it } from 'vitest';
import type * as M from '../scenarios/__snapshots__/minimal/dist/index.js';
import { minimal, minimalClients } from './load.js';

const { id, NotFoundError } = minimal;
const vm = id('VirtualMachine', 'vm-42');
const cd = id('com.vmware.vcenter.vm.hardware.Cdrom', '3000');

const client = minimalClients();

describe('task-only operations', () => {
  it('are typed to return the task id', () => {
    expectTypeOf<ReturnType<M.VcenterVmClient['hardware']['cdrom']['eject']>>().toEqualTypeOf<Promise<M.TaskId>>();
  });

  it('/api: POST the task form, 202 with the task id', async () => {
    const { c, s } = await client(() => ({ status: 202, body: JSON.stringify('task-17:com.vmware.cis') }));
    await expect(c.hardware.cdrom.eject(vm, cd, true)).resolves.toBe('task-17:com.vmware.cis');
    expect(s.requests[0]).toMatchObject({
      method: 'POST',
      url: '/api/vcenter/vm/vm-42/hardware/cdrom/3000?action=eject&vmw-task=true',
    });
    expect(JSON.parse(s.requests[0]!.body)).toEqual({ force: true });
  });

  it('/rest: the task form of the /rest path, its { value } unwrapped', async () => {
    const { c, s } = await client(() => ({ body: { value: 'task-18' } }), 'rest');
    await expect(c.hardware.cdrom.eject(vm, cd)).resolves.toBe('task-18');
    expect(s.requests[0]).toMatchObject({
      method: 'POST',
      url: '/rest/vcenter/vm/vm-42/hardware/cdrom/3000/eject?vmw-task=true',
    });
  });

  it('raise the errors of the operation when the task cannot start', async () => {
    const { c } = await client(() => ({ status: 404, body: { error_type: 'NOT_FOUND', messages: [] } }));
    await expect(c.hardware.cdrom.eject(vm, cd)).rejects.toBeInstanceOf(NotFoundError);
  });
});
