// Wire shapes of operations outside vcenter.vm, over real HTTP on 127.0.0.1. A form-encoded body
// (`form: true` on the /api binding; RFC 6749's token endpoint, `authentication.token.issue`): the
// structure's fields as `application/x-www-form-urlencoded` fields, unset ones left out, lists
// repeated, text escaped; without `form` the same binding sends JSON. A parameter only one
// binding's path holds (`iso.image.mount`: /rest `id:{library_item}`, /api the body): each style
// sends it where its binding says, once. The operation infos are what the generator emits for
// such operations (test/emit/bindings.test.ts holds the emitter to them).
import { describe, expect, it } from 'vitest';
import { encodeParts } from '../scenarios/__snapshots__/minimal/dist/runtime/parts.js';
import type { OperationInfo } from '../scenarios/__snapshots__/minimal/dist/runtime/wire.js';
import { minimal } from './load.js';
import { serverPerTest } from './server.js';

const { createClient, rest } = minimal;

const issue: OperationInfo = {
  id: 'com.vmware.vcenter.authentication.token.issue',
  params: [['spec', 'body']],
  api: ['POST', ['/api/vcenter/authentication/token'], 'spec', true],
  rest: null,
  parts: encodeParts,
  result: 'struct',
};
const spec = {
  grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
  subject_token: 'a+b/c= d&e',
  subject_token_type: 'urn:ietf:params:oauth:token-type:saml2',
  resource: undefined,
  scope: ['one', 'two'],
};

const start = serverPerTest();

describe('form-encoded bodies', () => {
  for (const style of ['api', 'rest'] as const) {
    it(`sends the body structure's fields as form fields (${style} client)`, async () => {
      const server = await start(() => ({ body: { access_token: 't', token_type: 'Bearer' } }));
      const c = createClient({ baseUrl: server.url, sessionId: 's', ...(style === 'rest' ? { style: rest } : {}) });
      await expect(c.transport.call(issue, [spec])).resolves.toEqual({ access_token: 't', token_type: 'Bearer' });
      const req = server.requests[0]!;
      expect(req).toMatchObject({ method: 'POST', url: '/api/vcenter/authentication/token' });
      expect(req.headers['content-type']).toBe('application/x-www-form-urlencoded');
      expect(req.body).toBe(
        'grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Atoken-exchange&subject_token=a%2Bb%2Fc%3D%20d%26e' +
          '&subject_token_type=urn%3Aietf%3Aparams%3Aoauth%3Atoken-type%3Asaml2&scope=one&scope=two',
      );
      const fields = new URLSearchParams(req.body);
      expect(fields.get('subject_token')).toBe('a+b/c= d&e');
      expect(fields.has('resource')).toBe(false);
    });
  }

  it('sends JSON when the binding does not say form', async () => {
    const server = await start(() => ({ body: {} }));
    const c = createClient({ baseUrl: server.url, sessionId: 's' });
    await c.transport.call({ ...issue, api: ['POST', ['/api/vcenter/authentication/token'], 'spec'] }, [spec]);
    expect(server.requests[0]!.headers['content-type']).toBe('application/json');
    expect(JSON.parse(server.requests[0]!.body)).toEqual({ ...spec, resource: undefined });
  });
});

describe("a parameter in one binding's path only", () => {
  const mount: OperationInfo = {
    id: 'com.vmware.vcenter.iso.image.mount',
    params: [
      ['library_item', 'body'],
      ['vm', 'body'],
    ],
    api: ['POST', ['/api/vcenter/iso/image?action=mount']],
    rest: ['POST', ['/rest/com/vmware/vcenter/iso/image/id:', 0, '?~action=mount']],
    parts: encodeParts,
    result: 'string',
  };

  it('travels in the /api body and in the /rest path, not also in its body', async () => {
    const server = await start((req) => ({ body: req.url.startsWith('/rest') ? { value: 'cd-1' } : '"cd-1"' }));
    const a = createClient({ baseUrl: server.url, sessionId: 's' });
    await expect(a.transport.call(mount, ['lib-1', 'vm-1'])).resolves.toBe('cd-1');
    const r = createClient({ baseUrl: server.url, sessionId: 's', style: rest });
    await expect(r.transport.call(mount, ['lib-1', 'vm-1'])).resolves.toBe('cd-1');
    const [api, legacy] = server.requests;
    expect([api!.url, JSON.parse(api!.body)]).toEqual([
      '/api/vcenter/iso/image?action=mount',
      { library_item: 'lib-1', vm: 'vm-1' },
    ]);
    expect([legacy!.url, JSON.parse(legacy!.body)]).toEqual([
      '/rest/com/vmware/vcenter/iso/image/id:lib-1?~action=mount',
      { vm: 'vm-1' },
    ]);
  });
});
