// A soak: thousands of calls from concurrent clients in both styles, with sessions expiring under
// them (on demand and by idle time) and faults injected, bounded in count and time. Every call
// ends in a result or a documented error, the fake reports no defect, memory stays flat (the call
// record is bounded), and over HTTP no socket or server handle is left once it closes.
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { startFakeServer } from '../../generated/vcenter-vm/dist/fake/server.js';
import { clientOf, createFake, credentials, vc } from './support.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heap = (): number => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

const hw = 'com.vmware.vcenter.vm.hardware';
const creds = {
  interactive_session: false,
  type: 'USERNAME_PASSWORD',
  user_name: 'root',
  password: 'VMware1!',
} as const;
type Client = ReturnType<typeof clientOf>;

/** One worker's round of calls: reads, a device added and removed, power, a guest process. */
async function round(c: Client, vm: ReturnType<typeof vc.id<'VirtualMachine'>>, i: number): Promise<number> {
  let calls = 0;
  const go = async (p: Promise<unknown>, documented: string[]) => {
    calls++;
    try {
      await p;
    } catch (e) {
      if (!(e instanceof vc.VapiError) || !documented.includes(e.type)) throw e;
    }
  };
  await go(c.power.get(vm), []);
  await go(c.hardware.cdrom.list(vm), []);
  await go(c.hardware.disk.get(vm, vc.id(`${hw}.Disk`, '2000')), []);
  const nic = await c.hardware.ethernet.create(vm, {}).catch((e: InstanceType<typeof vc.VapiError>) => {
    if (e.type != 'UNABLE_TO_ALLOCATE_RESOURCE') throw e;
    return undefined;
  });
  calls++;
  if (nic) await go(c.hardware.ethernet.delete(vm, nic), ['NOT_FOUND']);
  await go(i % 2 ? c.power.start(vm) : c.power.stop(vm), ['ALREADY_IN_DESIRED_STATE', 'RESOURCE_BUSY']);
  await go(c.guest.processes.create(vm, creds, { path: '/bin/sh' }), [
    'NOT_ALLOWED_IN_CURRENT_STATE',
    'SERVICE_UNAVAILABLE',
  ]);
  await go(c.tools.get(vm), []);
  return calls;
}

describe('soak', () => {
  it('in process: 8 clients, thousands of calls, sessions expiring, faults; flat memory, no defect', async () => {
    const fake = createFake({ maxRecorded: 500, sessionIdleMs: 60_000 });
    const vm = vc.id('VirtualMachine', fake.vm.id);
    const clients = Array.from({ length: 8 }, (_, i) => clientOf(fake, i % 2 ? 'rest' : 'api'));
    const deadline = Date.now() + 30_000;
    let calls = 0;
    let before = 0;
    for (let r = 0; r < 120 && Date.now() < deadline; r++) {
      if (r == 20) before = heap();
      if (r % 10 == 3) fake.expireSessions();
      if (r % 10 == 7) fake.clock.advance(61_000);
      if (r % 5 == 0) fake.fail('power.start', { type: 'RESOURCE_BUSY' }, { times: 2 });
      const counts = await Promise.all(clients.map((c, i) => round(c, vm, r + i)));
      calls += counts.reduce((a, b) => a + b, 0);
    }
    const after = heap();
    expect(calls).toBeGreaterThan(5000);
    expect(fake.defects).toEqual([]);
    expect(fake.calls.length).toBe(500);
    expect(fake.activeSessions).toBeLessThanOrEqual(8);
    // A few MB of noise at most: what grows without bound would be tens of MB over 5000+ calls.
    expect(after - before).toBeLessThan(8 * 1024 * 1024);
    const logins = fake.callsTo('com.vmware.cis.session.create').length;
    expect(logins).toBeGreaterThan(0);
  }, 60_000);

  it('over HTTP: 4 clients, 2000+ calls with sessions expiring; every socket and the server closed after', async () => {
    const resources = () => process.getActiveResourcesInfo().filter((r) => /TCP|Timeout/.test(r)).length;
    const baseline = resources();
    const server = await startFakeServer({ maxRecorded: 200 });
    const vm = vc.id('VirtualMachine', server.fake.vm.id);
    const clients = Array.from({ length: 4 }, (_, i) =>
      vc.createClient({ baseUrl: server.url, style: i % 2 ? vc.rest : vc.api, auth: vc.login(credentials) }),
    );
    let calls = 0;
    const deadline = Date.now() + 30_000;
    for (let r = 0; r < 80 && Date.now() < deadline; r++) {
      if (r % 10 == 5) server.fake.expireSessions();
      const counts = await Promise.all(clients.map((c, i) => round(c, vm, r + i)));
      calls += counts.reduce((a, b) => a + b, 0);
    }
    expect(calls).toBeGreaterThan(2000);
    expect(server.fake.defects).toEqual([]);
    await Promise.all(clients.map((c) => c.logout()));
    await server.close();
    // Sockets close asynchronously; wait (bounded) for the count to come back.
    for (let i = 0; i < 50 && resources() > baseline; i++) await new Promise((r) => setTimeout(r, 20));
    expect(resources()).toBeLessThanOrEqual(baseline);
  }, 60_000);
});
