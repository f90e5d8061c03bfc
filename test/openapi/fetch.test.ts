// (4) openapi-fetch against the emitted `paths`: typed calls compile (and wrong ones do not), and
// at run time the requests it builds are the ones the API expects, `?action=` paths included.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import createClient, { type Middleware } from 'openapi-fetch';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../setup/generate.js';
import { docOf, irOf, SPECS, typecheck } from './helpers.js';

/** The ts blocks of README.md's "OpenAPI" section: the openapi-fetch example, then the middleware. */
const README = (/\n## OpenAPI\n([\s\S]*?)\n## /.exec(readFileSync(join(ROOT, 'README.md'), 'utf8'))?.[1] ?? '')
  .split('```ts\n')
  .slice(1)
  .map((b) => b.slice(0, b.indexOf('```')));

const errorTypes = (id: string): string => {
  const op = irOf(SPECS.real)
    .services.flatMap((s) => s.operations)
    .find((o) => o.id === id)!;
  return op.errors.map((e) => JSON.stringify(e.errorType)).join(' | ');
};

const CONSUMER = () => `import createClient from 'openapi-fetch';
import type { components, paths } from './openapi.js';

type S = components['schemas'];
type Equals<A, B> = (<G>() => G extends A ? 1 : 2) extends (<G>() => G extends B ? 1 : 2) ? true : false;
const exact = <A, B>(ok: Equals<A, B>): Equals<A, B> => ok;
// openapi-fetch passes bodies through Readable<T> (a mapped type): compare those by assignability.
type Mutual<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const same = <A, B>(ok: Mutual<A, B>): Mutual<A, B> => ok;

const client = createClient<paths>({ baseUrl: 'https://vcenter.example.com', headers: { 'vmware-api-session-id': 'sid' } });

export async function readCdrom(vm: string, cdrom: string): Promise<string | undefined> {
  const { data, error } = await client.GET('/api/vcenter/vm/{vm}/hardware/cdrom/{cdrom}', { params: { path: { vm, cdrom } } });
  if (error) {
    // Every error the operation documents, told apart by error_type.
    exact<typeof error.error_type, ${errorTypes('com.vmware.vcenter.vm.hardware.cdrom.get')}>(true);
    if (error.error_type === 'NOT_FOUND') same<typeof error, S['NotFoundError']>(true);
    return undefined;
  }
  same<typeof data, S['HardwareCdromInfo']>(true);
  // Enums read from the server are open: any string.
  exact<typeof data.state, string>(true);
  // A union read from the server may hold a case this API version does not know, so a tag test
  // keeps the unknown case beside the known one: its fields are there, possibly undefined.
  const b = data.backing;
  if (b.type === 'ISO_FILE') exact<typeof b.iso_file, string | undefined>(true);
  return b.type === 'HOST_DEVICE' ? b.host_device : undefined;
}

export async function disconnect(vm: string, port: string): Promise<void> {
  const { data, error, response } = await client.POST('/api/vcenter/vm/{vm}/hardware/serial/{port}?action=disconnect', {
    params: { path: { vm, port } },
  });
  exact<typeof error extends infer E ? (E extends { error_type: infer T } ? T : never) : never, ${errorTypes('com.vmware.vcenter.vm.hardware.serial.disconnect')}>(true);
  if (error?.error_type === 'ALREADY_IN_DESIRED_STATE') return;
  if (error) throw new Error(error.messages[0]?.default_message ?? error.error_type);
  void [data, response.status];
}

export async function run(vm: string): Promise<number | undefined> {
  const { data } = await client.POST('/api/vcenter/vm/{vm}/guest/processes?action=create', {
    params: { path: { vm } },
    body: { credentials: { interactive_session: false, type: 'USERNAME_PASSWORD', user_name: 'root', password: 'secret' }, spec: { path: '/bin/true' } },
  });
  return data;
}

export function mistakes(vm: string): unknown[] {
  return [
    // @ts-expect-error a path parameter is missing
    client.GET('/api/vcenter/vm/{vm}/hardware/cdrom/{cdrom}', { params: { path: { vm } } }),
    // @ts-expect-error no such path
    client.GET('/api/vcenter/vm/{vm}/hardware/cdroms', { params: { path: { vm } } }),
    // @ts-expect-error disconnect is a POST
    client.GET('/api/vcenter/vm/{vm}/hardware/serial/{port}?action=disconnect', { params: { path: { vm, port: '1' } } }),
    client.POST('/api/vcenter/vm/{vm}/guest/processes?action=create', {
      params: { path: { vm } },
      // @ts-expect-error USERNAME_PASSWORD credentials need the password
      body: { credentials: { interactive_session: false, type: 'USERNAME_PASSWORD', user_name: 'root' }, spec: { path: '/bin/true' } },
    }),
    client.POST('/api/vcenter/vm/{vm}/guest/processes?action=create', {
      params: { path: { vm } },
      // @ts-expect-error saml_token belongs to the other case
      body: { credentials: { interactive_session: false, type: 'USERNAME_PASSWORD', password: 'p', saml_token: 't' }, spec: { path: '/bin/true' } },
    }),
  ];
}
`;

describe('openapi-fetch with openapi.d.ts of spec/7.0.3', () => {
  it('type-checks typed calls (GET with path parameters, POST with ?action=, a body), rejects wrong ones, and the README example', async () => {
    const example = README[0]!.replace("from '@vcgen/vcenter-vm/openapi'", "from './openapi.js'");
    expect(example).toContain("from './openapi.js'");
    const r = await typecheck(docOf(SPECS.real), {
      'consumer.ts': CONSUMER(),
      'readme.ts': `declare const sessionId: string;\n${example}\nexport {};\n`,
    });
    expect(r.output).toBe('');
    expect(r.code).toBe(0);
  }, 120_000);
});

/** A fetch that records the request and answers with the given status and JSON body. */
function fake(status: number, body?: unknown) {
  const seen: { method: string; url: string; body: string; type: string | null; session: string | null }[] = [];
  const fetch = async (input: Request): Promise<Response> => {
    seen.push({
      method: input.method,
      url: input.url,
      body: await input.text(),
      type: input.headers.get('content-type'),
      session: input.headers.get('vmware-api-session-id'),
    });
    return new Response(body === undefined ? null : JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json' },
    });
  };
  return { seen, fetch };
}

/**
 * README.md's middleware for `?action=` paths with query parameters (openapi-fetch appends the
 * query with `?` even when the path key already holds `?action=x`), run as written.
 */
const actionQuery = ((): Middleware => {
  const code = /vc\.use\((\{[\s\S]*\})\);/.exec(README[1] ?? '')?.[1];
  if (!code) throw new Error('README.md: no vc.use({...}) middleware in the OpenAPI section');
  return new Function(`return (${code});`)() as Middleware;
})();

describe('openapi-fetch at run time', () => {
  // The document's types are checked above; here only the requests matter.
  type Loose = any;
  const options = { baseUrl: 'https://vc.example', headers: { 'vmware-api-session-id': 'sid' } };

  it('GET with path parameters; the result is the body', async () => {
    const f = fake(200, { label: 'CD/DVD drive 1' });
    const client = createClient<Loose>({ ...options, fetch: f.fetch });
    const { data } = await client.GET('/api/vcenter/vm/{vm}/hardware/cdrom/{cdrom}', {
      params: { path: { vm: 'vm-1', cdrom: '3000' } },
    });
    expect(f.seen).toEqual([
      {
        method: 'GET',
        url: 'https://vc.example/api/vcenter/vm/vm-1/hardware/cdrom/3000',
        body: '',
        type: null,
        session: 'sid',
      },
    ]);
    expect(data).toEqual({ label: 'CD/DVD drive 1' });
  });

  it('POST to an ?action= path; errors arrive as the typed body', async () => {
    const f = fake(400, { error_type: 'NOT_ALLOWED_IN_CURRENT_STATE', messages: [] });
    const client = createClient<Loose>({ ...options, fetch: f.fetch });
    const { error, response } = await client.POST('/api/vcenter/vm/{vm}/hardware/serial/{port}?action=disconnect', {
      params: { path: { vm: 'vm-1', port: '9000' } },
    });
    expect(f.seen[0]!.url).toBe('https://vc.example/api/vcenter/vm/vm-1/hardware/serial/9000?action=disconnect');
    expect([response.status, error.error_type]).toEqual([400, 'NOT_ALLOWED_IN_CURRENT_STATE']);
  });

  it('POST with a body keyed by parameter names', async () => {
    const f = fake(200, 4242);
    const client = createClient<Loose>({ ...options, fetch: f.fetch });
    const body = {
      credentials: { interactive_session: false, type: 'USERNAME_PASSWORD', user_name: 'root', password: 'p' },
      spec: { path: '/bin/true' },
    };
    const { data } = await client.POST('/api/vcenter/vm/{vm}/guest/processes?action=create', {
      params: { path: { vm: 'vm-1' } },
      body,
    });
    expect(f.seen[0]).toMatchObject({
      method: 'POST',
      url: 'https://vc.example/api/vcenter/vm/vm-1/guest/processes?action=create',
      type: 'application/json',
    });
    expect(JSON.parse(f.seen[0]!.body)).toEqual(body);
    expect(data).toBe(4242);
  });

  it('an ?action= path with query parameters needs the README middleware (none in spec/7.0.3)', async () => {
    const path = '/api/vcenter/vm/{vm}/hardware/cdrom?action=find';
    expect(Object.keys(docOf(SPECS.minimal).paths as object)).toContain(path);
    const query = { labels: ['a', 'b'], connected: true };
    const plain = fake(200, null);
    await createClient<Loose>({ ...options, fetch: plain.fetch }).GET(path, {
      params: { path: { vm: 'vm-1' }, query },
    });
    expect(plain.seen[0]!.url).toBe(
      'https://vc.example/api/vcenter/vm/vm-1/hardware/cdrom?action=find?labels=a&labels=b&connected=true',
    );
    const fixed = fake(200, null);
    const client = createClient<Loose>({ ...options, fetch: fixed.fetch });
    client.use(actionQuery);
    await client.GET(path, { params: { path: { vm: 'vm-1' }, query } });
    expect(fixed.seen[0]!.url).toBe(
      'https://vc.example/api/vcenter/vm/vm-1/hardware/cdrom?action=find&labels=a&labels=b&connected=true',
    );
    const spec = docOf(SPECS.real) as { paths: Record<string, Record<string, { parameters?: { in: string }[] }>> };
    const actionWithQuery = Object.entries(spec.paths).filter(
      ([p, item]) => p.includes('?') && Object.values(item).some((op) => op.parameters?.some((x) => x.in === 'query')),
    );
    expect(actionWithQuery).toEqual([]);
  });
});
