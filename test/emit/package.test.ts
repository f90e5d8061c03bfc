// The client, the package entry, the runtime copy, manifest.json and the package files,
// given/want: the IR slice in, views, export lists and documents out.
import { describe, expect, it } from 'vitest';
import { emitAll } from '../../generator/emit/all.js';
import { CLIENT_TEMPLATE, emitClient } from '../../generator/emit/client.js';
import { emitEntry } from '../../generator/emit/entry.js';
import { emitManifest } from '../../generator/emit/manifest.js';
import { PACKAGE_JSON_TEMPLATE, README_TEMPLATE } from '../../generator/emit/package.js';
import { emitRuntime } from '../../generator/emit/runtime.js';
import { contextOf, irOf } from '../setup/emit.js';
import { BOX_SPEC, boxContext } from './slice.js';
import { ofKind, only, rendered, viewOf } from './util.js';

describe('client emitter', () => {
  it('accessors mirror the service ids, with the class of each service', () => {
    const ir = irOf({
      ...BOX_SPEC,
      'lid.yaml': 'service: com.vmware.vcenter.vm.box.lid\n',
      'deep.yaml': 'service: com.vmware.vcenter.vm.shelf.deep_box\n',
    });
    const file = only(emitClient(contextOf(ir)), 'ts-module');
    const view = viewOf(file, CLIENT_TEMPLATE);
    expect(view.clientName).toBe('VcenterVmClient');
    const tree = (nodes: typeof view.accessors): unknown =>
      nodes.map((n) => [n.key, n.className ?? null, tree(n.children)]);
    expect(tree(view.accessors)).toEqual([
      ['box', 'BoxService', [['lid', 'BoxLidService', []]]],
      ['shelf', null, [['deepBox', 'ShelfDeepBoxService', []]]],
    ]);
    expect(file.imports.map((i) => `${i.from} ${i.named.join(',')}`)).toEqual([
      './runtime/transport.js newTransport',
      './runtime/transport.js ClientOptions,Transport',
      './runtime/result.js resultStyle',
      './runtime/result.js ResultStyle',
      './services/box.js BoxService',
      './services/box/lid.js BoxLidService',
      './services/shelf/deep-box.js ShelfDeepBoxService',
    ]);
  });

  it('declares the members the naming stage keeps accessors away from', () => {
    const text = rendered(only(emitClient(boxContext()), 'ts-module'));
    for (const member of ['readonly transport: Transport;', 'login(): Promise<void>;', 'logout(): Promise<void>;'])
      expect(text).toContain(member);
    expect(text).toContain('withResult(): ResultStyle<VcenterVmClient>;');
  });
});

describe('entry emitter', () => {
  it('re-exports the generated modules, then the runtime', () => {
    const file = only(emitEntry(boxContext()), 'ts-module');
    expect(file.path).toBe('src/index.ts');
    expect(file.exports!.slice(0, 7)).toEqual([
      { from: './client.js' },
      { from: './types.js' },
      { from: './enums.js' },
      { from: './ids.js' },
      { from: './errors.js' },
      { from: './services/box.js' },
      { from: './runtime/errors.js', named: ['EndpointNotFoundError', 'TransportError', 'VapiError'] },
    ]);
  });
});

describe('runtime emitter', () => {
  it('copies every runtime module as written; node-fetch is an entry point of its own', () => {
    const ctx = boxContext();
    const files = emitRuntime(ctx);
    expect(files.map((f) => f.path)).toEqual(ctx.runtime.map((m) => `src/runtime/${m.name}`));
    for (const f of files) expect(f.kind).toBe('ts-verbatim');
    expect(files.flatMap((f) => (f.kind === 'ts-verbatim' && f.entry ? [f.entry] : []))).toEqual(['node-fetch']);
  });
});

describe('manifest emitter', () => {
  it('manifest.json: the operations with types as the manifest spells them', () => {
    const file = only(emitManifest(boxContext()), 'json');
    expect(file.path).toBe('manifest.json');
    const data = file.data as { generator: string; operations: { name: string; params: unknown; result: unknown }[] };
    expect(data.generator).toBe('vcgen 1.2.3');
    expect(data.operations.find((o) => o.name === 'get')).toMatchObject({
      params: [{ name: 'box', type: 'id:Box', optional: false, in: 'path' }],
      result: 'ref:com.vmware.vcenter.vm.box.info',
      privileges: [{ param: 'box', require: ['Box.Read'] }],
    });
  });
});

describe('package files', () => {
  it.each([true, false])(
    'package.json and README.md list what the other emitters made (openapi types: %s)',
    (types) => {
      const files = emitAll({ ...contextOf(irOf(BOX_SPEC), types) });
      const pkg = files.find((f) => f.path === 'package.json')!;
      const readme = files.find((f) => f.path === 'README.md')!;
      expect([pkg.kind, readme.kind]).toEqual(['text', 'markdown']);
      const view = viewOf(pkg, PACKAGE_JSON_TEMPLATE);
      expect(view.entries).toEqual([
        {
          key: '"./node-fetch"',
          types: '"./dist/runtime/node-fetch.d.ts"',
          js: '"./dist/runtime/node-fetch.js"',
        },
        { key: '"./fake"', types: '"./dist/fake/index.d.ts"', js: '"./dist/fake/index.js"' },
        { key: '"./fake/server"', types: '"./dist/fake/server.d.ts"', js: '"./dist/fake/server.js"' },
      ]);
      expect(view.bins).toEqual([{ key: '"pkg-fake"', path: '"./bin/fake.js"' }]);
      expect(view.openapi).toBe(types);
      expect(viewOf(readme, README_TEMPLATE).services).toEqual([
        { accessor: 'client.box', id: 'com.vmware.vcenter.vm.box', className: 'BoxService', operations: 'create, get' },
      ]);
      const json = JSON.parse(rendered(ofKind(pkg, 'text')));
      expect(Object.keys(json.exports)).toEqual([
        '.',
        './services/*',
        ...(types ? ['./openapi'] : []),
        './node-fetch',
        './fake',
        './fake/server',
        './openapi.json',
        './manifest.json',
        './package.json',
      ]);
      expect(files.some((f) => f.kind === 'openapi-types')).toBe(types);
    },
  );
});
