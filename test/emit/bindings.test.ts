// Binding shapes of operations outside vcenter.vm, given/want through the stages. A form-encoded
// body (`form: true` on the /api binding): the spec check, the IR, the operation info the service
// emitter writes (the runtime's form flag), the manifest and the OpenAPI request body. A parameter
// only one binding's path names (iso image mount): the body (or query) of the other binding.
import { describe, expect, it } from 'vitest';
import { DiagnosticError, type Diagnostic } from '../../generator/diagnostics.js';
import { emitOpenApi } from '../../generator/emit/openapi.js';
import { emitServices, SERVICE_TEMPLATE } from '../../generator/emit/service.js';
import { manifestOf } from '../../generator/ir/manifest.js';
import { contextOf, irOf } from '../setup/emit.js';
import { ofKind, viewOf } from './util.js';

const TOKEN = (binding: string) => ({
  'token.yaml': `service: com.vmware.vcenter.vm.token
structures:
  issue_spec:
    fields:
      - { name: grant_type, type: string }
      - { name: scope, type: optional<list<string>> }
operations:
  issue:
    params: [{ name: spec, type: issue_spec }]
    result: { type: string }
    http:
      api: ${binding}
      rest: null
`,
});

describe('form-encoded bodies', () => {
  const ir = irOf(TOKEN('{ method: POST, path: /api/vcenter/vm/token, body: spec, form: true }'));
  const op = ir.services[0]!.operations[0]!;

  it('the IR keeps the flag on the /api binding', () => {
    expect(op.http.api).toEqual({ method: 'POST', path: '/api/vcenter/vm/token', body: 'spec', form: true });
  });

  it('the operation info tells the runtime', () => {
    const [file] = emitServices(contextOf(ir)).map((f) => ofKind(f, 'ts-module'));
    const info = viewOf(file!, SERVICE_TEMPLATE).ops[0]!.info;
    expect(info).toContain('api: ["POST", ["/api/vcenter/vm/token"], "spec", true]');
  });

  it('the manifest and the OpenAPI document say so', () => {
    expect(manifestOf(ir, '1.2.3').operations[0]!.http).toEqual({
      api: { method: 'POST', path: '/api/vcenter/vm/token', body: 'spec', form: true },
      rest: null,
    });
    const doc = emitOpenApi(ir) as { paths: Record<string, { post: { requestBody: { content: object } } }> };
    expect(Object.keys(doc.paths['/api/vcenter/vm/token']!.post.requestBody.content)).toEqual([
      'application/x-www-form-urlencoded',
    ]);
  });

  it.each([
    ['{ method: POST, path: /api/vcenter/vm/token, form: true }', 'name it with body:'],
    ['{ method: POST, path: /api/vcenter/vm/token, body: grant, form: true }', "body parameter 'grant' is string"],
  ])('is checked: %s', (binding, message) => {
    const files = TOKEN(binding);
    if (binding.includes('grant,'))
      files['token.yaml'] = files['token.yaml'].replace(
        '[{ name: spec, type: issue_spec }]',
        '[{ name: grant, type: string }]',
      );
    let diagnostics: Diagnostic[] = [];
    try {
      irOf(files);
    } catch (e) {
      if (!(e instanceof DiagnosticError)) throw e;
      diagnostics = e.diagnostics;
    }
    expect(diagnostics.map((d) => [d.rule, d.loc?.file.endsWith('token.yaml')])).toEqual([['binding-form', true]]);
    expect(diagnostics[0]!.message).toContain(message);
  });
});

describe("a parameter only one binding's path names", () => {
  const ir = irOf({
    'image.yaml': `service: com.vmware.vcenter.vm.image
operations:
  mount:
    params: [{ name: library_item, type: string }, { name: vm, type: string }]
    result: { type: string }
    http:
      api: { method: POST, path: "/api/vcenter/vm/image?action=mount" }
      rest: { method: POST, path: "/rest/com/vmware/vcenter/vm/image/id:{library_item}?~action=mount" }
`,
  });
  const op = ir.services[0]!.operations[0]!;

  it('travels in the body of the binding whose path lacks it', () => {
    expect(op.params.map((p) => [p.name, p.in])).toEqual([
      ['library_item', 'body'],
      ['vm', 'body'],
    ]);
  });

  it('openapi.json: in the /rest path and body without it; in the /api body', () => {
    const doc = emitOpenApi(ir, { styles: ['api', 'rest'] }) as Record<string, any>;
    const restOp = doc.paths['/rest/com/vmware/vcenter/vm/image/id:{library_item}?~action=mount'].post;
    expect(restOp.parameters.map((p: { name: string; in: string }) => `${p.in} ${p.name}`)).toEqual([
      'path library_item',
    ]);
    expect(Object.keys(restOp.requestBody.content['application/json'].schema.properties)).toEqual(['vm']);
    const apiOp = doc.paths['/api/vcenter/vm/image?action=mount'].post;
    expect(apiOp.parameters).toBeUndefined();
    expect(Object.keys(apiOp.requestBody.content['application/json'].schema.properties)).toEqual([
      'library_item',
      'vm',
    ]);
  });
});
