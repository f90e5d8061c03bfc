// A path parameter is always exactly one path segment, in both wire styles and with both fetches:
// the request line the server receives is recorded for ids made of dots, slashes and escapes.
// URLs resolve `.` and `..` segments (percent-encoded ones too), so those ids are refused before
// anything is sent.
import { describe, expect, it } from 'vitest';
import { createNodeFetch } from '../scenarios/__snapshots__/minimal/dist/runtime/node-fetch.js';
import { minimal } from './load.js';
import { serverPerTest } from './server.js';

const { api, createClient, id, rest } = minimal;

const start = serverPerTest();

describe.each([
  ['api', api, '/api'],
  ['rest', rest, '/rest'],
] as const)('%s style', (_, style, prefix) => {
  describe.each([
    ['the global fetch', undefined],
    ['createNodeFetch', createNodeFetch({})],
  ] as const)('with %s', (__, fetch) => {
    async function client() {
      const server = await start((r) =>
        r.url.includes('/cdrom/')
          ? { body: { value: { label: 'x' }, label: 'x' } }
          : { body: style === rest ? { value: [] } : [] },
      );
      return { c: createClient({ baseUrl: server.url, sessionId: 's', style, fetch }), s: server };
    }

    it.each(['.', '..'])('refuses the VM id %j and sends nothing', async (bad) => {
      const { c, s } = await client();
      await expect(c.hardware.cdrom.list(id('VirtualMachine', bad))).rejects.toThrow(
        new TypeError(
          `com.vmware.vcenter.vm.hardware.cdrom.list: path parameter 'vm' cannot be '${bad}' (it would name another resource)`,
        ),
      );
      await expect(
        c.hardware.cdrom.get(id('VirtualMachine', 'vm-1'), id('com.vmware.vcenter.vm.hardware.Cdrom', bad)),
      ).rejects.toThrow(/path parameter 'cdrom' cannot be/);
      expect(s.requests).toHaveLength(0);
    });

    it.each([
      ['...', '...'],
      ['.hidden', '.hidden'],
      ['..a', '..a'],
      ['%2e', '%252e'],
      ['%2E%2E', '%252E%252E'],
      ['.%2e', '.%252e'],
      ['a/..', 'a%2F..'],
      ['../vm-2', '..%2Fvm-2'],
      ['..\\', '..%5C'],
      ['vm 4?x=1#f', 'vm%204%3Fx%3D1%23f'],
      ['\u00e9t\u00e9', '%C3%A9t%C3%A9'],
    ])('sends the VM id %j as the one segment %s', async (vmId, segment) => {
      const { c, s } = await client();
      await c.hardware.cdrom.list(id('VirtualMachine', vmId));
      await c.hardware.cdrom.get(id('VirtualMachine', 'vm-1'), id('com.vmware.vcenter.vm.hardware.Cdrom', vmId));
      expect(s.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
        `GET ${prefix}/vcenter/vm/${segment}/hardware/cdrom`,
        `GET ${prefix}/vcenter/vm/vm-1/hardware/cdrom/${segment}`,
      ]);
    });
  });
});
