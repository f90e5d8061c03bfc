// The whole vcenter API as one package: VMware's 7.0.3 Swagger imported without --only (as
// `vcgen import vcenter-7.0.3.swagger.json --out …` does, vcgen's own overlays and bindings facts
// applied), generated into a temporary directory, a consumer of calls from several packages
// type-checked against it by name, and those calls made over real HTTP on 127.0.0.1 in both wire
// styles. Skipped without the reference file (VCGEN_REFERENCE, else ../shared/reference beside the
// repository): it is reference material outside the repository.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runImport, type ImportResult } from '../../generator/import/run.js';
import { runPipeline } from '../../generator/pipeline.js';
import { writeTree } from '../../generator/write/atomic.js';
import { consumer, tsc } from '../package/typecheck.js';
import { startServer, type Handler, type TestServer } from '../runtime/server.js';
import { missingReference, REFERENCE, requires } from '../setup/requires.js';

const V703 = join(REFERENCE, 'vcenter-7.0.3.swagger.json');

/** The consumer: list → get with the id from list, a filter of another package, a task-only start, the token endpoint. */
const CONSUMER = `import {
  createClient,
  id,
  rest,
  type AuthenticationTokenIssueSpec,
  type ComputePoliciesSummary,
  type HostFilterSpec,
  type Oauth2TokenInfo,
  type TaskId,
  type VchaClusterDeploySpec,
} from '@vcgen/vmware-vcenter';

export async function calls(baseUrl: string, legacy: boolean): Promise<unknown[]> {
  const client = createClient({ baseUrl, sessionId: 's', ...(legacy ? { style: rest } : {}) });
  const policies: ComputePoliciesSummary[] = await client.compute.policies.list();
  const policy = await client.compute.policies.get(policies[0]!.policy);
  const value: string = await client.vm.guest.environment.get(
    id('VirtualMachine', 'vm-1'),
    { interactive_session: false, type: 'USERNAME_PASSWORD', user_name: 'u', password: 'p' },
    'PATH',
  );
  const filter: HostFilterSpec = { names: ['esx-1', 'esx 2'], connection_states: ['CONNECTED'] };
  const hosts = await client.host.list(filter);
  const clusters = await client.cluster.list({ names: ['c'] });
  // @ts-expect-error a filter's ids are typed: a VM id is no cluster id
  await client.cluster.list({ clusters: [id('VirtualMachine', 'vm-1')] });
  const started: TaskId = await client.vcha.cluster.deploy({} as VchaClusterDeploySpec);
  const spec: AuthenticationTokenIssueSpec = {
    grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
    subject_token: 'saml+token/=',
    subject_token_type: 'urn:ietf:params:oauth:token-type:saml2',
  };
  const token: Oauth2TokenInfo = await client.authentication.token.issue(spec);
  return [policy, value, hosts.map((h) => h.host), clusters.length, started, token.access_token];
}
`;

const missing = missingReference('vcenter-7.0.3.swagger.json');

describe('the whole vcenter API', () => {
  requires(missing);
  let r: ImportResult;
  let pkg: string;
  let server: TestServer;

  beforeAll(async () => {
    if (missing) return;
    const root = mkdtempSync(join(tmpdir(), 'vcgen-whole-'));
    r = runImport({ file: V703, out: join(root, 'spec', '7.0.3') });
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const { files } = await runPipeline({ specDir: join(root, 'spec', '7.0.3'), openapiTypes: false });
    pkg = join(root, 'pkg');
    writeTree(pkg, files);
    server = await startServer(answer);
  }, 120_000);
  afterAll(() => server?.close());

  it('imports every service, operation and task form, and warns only about what the file leaves out', () => {
    expect(r.counts).toMatchObject({ services: 150, operations: 427, errorTypes: 20 });
    const tasks = r.units.flatMap((u) => Object.values(u.operations ?? {}).map((o) => o.task ?? 'none'));
    // The file's 68 task forms (60 /api, 8 /rest): 58 operations only as tasks, 2 beside their plain call.
    expect(tasks.filter((t) => t === 'only')).toHaveLength(58);
    expect(tasks.filter((t) => t === 'both')).toHaveLength(2);
    // What each remaining rule means is in the importer's README; none of these may come back.
    const rules = new Set(r.diagnostics.map((d) => d.rule));
    for (const gone of [
      'unsupported-param',
      'body-schema',
      'unknown-ref',
      'inline-enum',
      'query-structure',
      'facts-extra',
      // Privileges on a resource a field of a parameter's structure names are read too.
      'privilege-prose',
    ])
      expect(rules).not.toContain(gone);
    expect([...rules].sort()).toEqual([
      'body-name',
      'error-schema',
      'overlays',
      'param-name',
      'resource-type-inferred',
      'rest-body',
      'rest-only',
    ]);
  });

  it('types the ids as the API does: an id from list is what get takes', () => {
    const op = (service: string, name: string) => r.units.find((u) => u.service === service)?.operations?.[name];
    expect(op('com.vmware.vcenter.compute.policies', 'get')?.params).toEqual([{ name: 'policy', type: 'string' }]);
    expect(op('com.vmware.vcenter.vm.guest.environment', 'get')?.params?.find((p) => p.name === 'name')?.type).toBe(
      'string',
    );
    // Every /rest list filter keeps its prefix: one structure parameter named as the /rest twin names it.
    const filters = r.units.flatMap((u) =>
      Object.entries(u.operations ?? {}).flatMap(([name, o]) =>
        o.http.rest && o.http.api.method === 'GET'
          ? (o.params ?? [])
              .filter((p) => /filter_spec|remote_spec/.test(p.type))
              .map((p) => `${u.service}.${name}(${p.name})`)
          : [],
      ),
    );
    expect(filters).toHaveLength(15);
    expect(filters.every((f) => /\((filter|spec)\)$/.test(f))).toBe(true);
  });

  it('a consumer of calls from several packages type-checks against the package by name', () => {
    const dir = consumer(pkg, { 'calls.ts': CONSUMER });
    const t = tsc(join(dir, 'tsconfig.json'));
    expect(t.output).toBe('');
    expect(t.code).toBe(0);
  }, 60_000);

  it.each(['api', 'rest'] as const)('the calls reach the server as the API expects (%s style)', async (style) => {
    const { createClient, id, rest } = await import(pathToFileURL(join(pkg, 'dist/index.js')).href);
    const client = createClient({ baseUrl: server.url, sessionId: 's', ...(style === 'rest' ? { style: rest } : {}) });
    const from = server.requests.length;
    const policies = await client.compute.policies.list();
    await client.compute.policies.get(policies[0].policy);
    await client.vm.guest.environment.get(id('VirtualMachine', 'vm-1'), { type: 'USERNAME_PASSWORD' }, 'PATH');
    await client.host.list({ names: ['esx-1', 'esx 2'], connection_states: ['CONNECTED'] });
    await expect(client.vcha.cluster.deploy({ auto_activate: true })).resolves.toBe('task-1');
    await expect(client.authentication.token.issue({ grant_type: 'g', subject_token: 'a+b' })).resolves.toEqual({
      access_token: 't',
      token_type: 'Bearer',
    });
    const seen = server.requests.slice(from);
    const lines = seen.map((q) => `${q.method} ${q.url}`);
    const prefix = style === 'api' ? '/api/vcenter' : '/rest/vcenter';
    expect(lines[0]).toBe(`GET /api/vcenter/compute/policies`);
    expect(lines[1]).toBe(`GET /api/vcenter/compute/policies/policy-1`);
    expect(lines[2]).toBe(`POST /api/vcenter/vm/vm-1/guest/environment/PATH?action=get`);
    // /api: the fields as repeated query parameters; /rest: prefixed with the parameter's name.
    const host = new URL(lines[3]!.slice(4), 'http://x');
    expect(host.pathname).toBe(`${prefix}/host`);
    const names = [...host.searchParams].filter(([k]) => /^(filter\.)?names(\.\d+)?$/.test(k));
    expect(names.map(([, v]) => v)).toEqual(['esx-1', 'esx 2']);
    expect(
      [...host.searchParams.keys()].every((k) => (style === 'api' ? !k.includes('.') : k.startsWith('filter.'))),
    ).toBe(true);
    expect(lines[4]).toBe(`POST ${prefix}/vcha/cluster?action=deploy&vmw-task=true`);
    expect(lines[5]).toBe('POST /api/vcenter/authentication/token');
    expect(seen[5]!.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(seen[5]!.body).toBe('grant_type=g&subject_token=a%2Bb');
  });
});

/** What the fake vCenter answers, in either style (/rest wraps results in `{ value }`). */
const answer: Handler = (req) => {
  const restStyle = req.url.startsWith('/rest/');
  const path = req.url.replace(/^\/(api|rest)\/vcenter/, '').replace(/\?.*$/, '');
  const results: Record<string, unknown> = {
    '/compute/policies': [{ policy: 'policy-1', name: 'p', description: '', capability: 'c' }],
    '/compute/policies/policy-1': { name: 'p' },
    '/vm/vm-1/guest/environment/PATH': '/usr/bin',
    '/host': [{ host: 'host-1', name: 'esx-1', connection_state: 'CONNECTED', power_state: 'POWERED_ON' }],
    '/vcha/cluster': 'task-1',
    '/authentication/token': { access_token: 't', token_type: 'Bearer' },
  };
  const value = results[path];
  if (value === undefined) return { status: 404, body: { error_type: 'NOT_FOUND', messages: [] } };
  const body = restStyle && path !== '/authentication/token' ? { value } : value;
  // The server sends a string as it is: JSON text, then.
  return { body: typeof body === 'string' ? JSON.stringify(body) : body };
};
