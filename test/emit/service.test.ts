// Service modules, given/want: an operation of the IR slice in, its view (and the module's
// imports) out.
import { describe, expect, it } from 'vitest';
import { emitServices, SERVICE_TEMPLATE } from '../../generator/emit/service.js';
import { boxContext } from './slice.js';
import { ofKind, rendered, viewOf } from './util.js';

const [file] = emitServices(boxContext()).map((f) => ofKind(f, 'ts-module'));
const view = viewOf(file!, SERVICE_TEMPLATE);
const op = (method: string) => view.ops.find((o) => o.method === method)!;

describe('service emitter', () => {
  it('one module per service, named by the naming stage', () => {
    expect([file!.path, view.className, view.id]).toEqual([
      'src/services/box.ts',
      'BoxService',
      'com.vmware.vcenter.vm.box',
    ]);
    expect(view.doc).toEqual(['Boxes.', '', 'vAPI service `com.vmware.vcenter.vm.box`.']);
  });

  it.each([
    ['create', 'constName', 'OP_CREATE'],
    ['create', 'functionName', 'boxCreate'],
    [
      'create',
      'params',
      [
        { name: 'spec', type: 'BoxSpec', optional: false },
        { name: 'dryRun', type: 'boolean', optional: true },
      ],
    ],
    ['create', 'resultType', 'void'],
    ['create', 'errorUnion', 'never'],
    ['create', 'args', 'spec, dryRun'],
    [
      'create',
      'info',
      [
        'id: "com.vmware.vcenter.vm.box.create"',
        'params: [["spec", "body"], ["dry_run", "body"]]',
        'api: ["POST", ["/api/vcenter/vm/box"]]',
        'rest: ["POST", ["/rest/vcenter/vm/box"]]',
        'parts: encodeParts',
        // The /rest form sends the spec's map as a list of { key, value }.
        'maps: { in: { spec: { limits: { "*": 0 } } } }',
      ],
    ],
    ['get', 'params', [{ name: 'box', type: 'BoxId', optional: false }]],
    ['get', 'resultType', 'BoxInfo'],
    ['get', 'errorTypeName', 'BoxGetError'],
    ['get', 'errorUnion', 'NotFoundError'],
    ['get', 'errorTypes', '"NOT_FOUND"'],
    [
      'get',
      'info',
      [
        'id: "com.vmware.vcenter.vm.box.get"',
        'params: [["box", "path"]]',
        'api: ["GET", ["/api/vcenter/vm/box/", 0]]',
        'rest: null',
        'result: "struct"',
      ],
    ],
  ])('%s: %s', (method, key, want) => {
    expect(op(method)[key as keyof ReturnType<typeof op>]).toEqual(want);
  });

  it('documents each operation: description, bindings, privileges, parameters, result, errors', () => {
    expect(op('get').doc).toEqual([
      'Returns a box. More words.',
      '',
      'HTTP: `GET /api/vcenter/vm/box/{box}`',
      'Requires `Box.Read` on `box`.',
      '@param box The box. (`id:Box`)',
      '@param options Per-call options: abort signal, timeout, headers.',
      '@returns Its information.',
      '@throws {NotFoundError} NOT_FOUND: there is no such box',
    ]);
    expect(op('get').functionDoc[0]).toMatch(/^Returns a box\. The standalone form of `get`/);
  });

  it('imports what the operations use, encodeParts only for query or body parameters', () => {
    expect(file!.imports).toEqual([
      { from: '../runtime/parts.js', named: ['encodeParts'], typeOnly: false },
      { from: '../runtime/transport.js', named: ['CallOptions', 'Transport'], typeOnly: true },
      { from: '../runtime/wire.js', named: ['OperationInfo'], typeOnly: true },
      { from: '../ids.js', named: ['BoxId'], typeOnly: true },
      { from: '../types.js', named: ['BoxInfo', 'BoxSpec'], typeOnly: true },
      { from: '../errors.js', named: ['NotFoundError'], typeOnly: true },
    ]);
    const text = rendered(file!);
    expect(text).toContain('get(box: BoxId, options?: CallOptions): Promise<BoxInfo> {');
    expect(text).toContain('return transport.call<BoxInfo>(OP_GET, [box], options);');
  });
});
