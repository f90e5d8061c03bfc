// Swagger 2.0 (7.x style) shapes that a whole-API import meets, asserted exactly on a small
// fixture (fixtures/fields.swagger.json): structure parameters the file lists field by field (a
// list filter with a /rest twin's `filter.` prefix, one without a twin, a form body), bodies that
// are neither a `$ref` nor an object with properties (an open structure, a map), a definition
// outside every package the file names, and resource types of path parameters inferred from the
// same resource only.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runImport } from '../../generator/import/run.js';
import { FIXTURES, tmpSpec, unit } from './util.js';

const r = runImport({
  file: join(FIXTURES, 'fields.swagger.json'),
  out: tmpSpec().out,
  overlays: null,
  compare: null,
  write: false,
});
const widget = unit(r.units, 'com.vmware.vcenter.widget').operations!;
const warnings = r.diagnostics.map((d) => `${d.rule} ${d.pointer}`);

describe('structure parameters listed field by field', () => {
  it('a list filter with a /rest twin is one parameter named by the /rest prefix, its fields typed by the structure', () => {
    expect(widget.list?.params).toEqual([{ name: 'filter', type: 'optional<filter_spec>' }]);
    expect(unit(r.units, 'com.vmware.vcenter.widget').structures?.filter_spec?.fields).toEqual([
      { name: 'widgets', type: 'optional<list<id:Widget>>' },
      { name: 'names', type: 'optional<list<string>>' },
      { name: 'kind', type: 'optional<kind>' },
    ]);
    // The flattened enum is the structure's named enum, not an inline enum without a name.
    expect(warnings.filter((w) => w.startsWith('inline-enum'))).toEqual([]);
  });

  it('without a twin: the run of parameters that is exactly a structure (prose included); the rest stay plain, an inline enum the named one', () => {
    expect(unit(r.units, 'com.vmware.vcenter.widget.parts').operations?.list?.params).toEqual([
      { name: 'filter', type: 'optional<filter_spec>' },
      { name: 'marker', type: 'optional<string>' },
      { name: 'shapes', type: 'optional<list<kind>>' },
    ]);
    expect(warnings).toContain('param-name /paths/~1api~1vcenter~1widget~1parts/get/parameters/0');
  });

  it("a twin's plain query parameters stay plain", () => {
    expect(widget.delete?.params).toEqual([
      { name: 'widget', type: 'id:Widget' },
      { name: 'force', type: 'optional<boolean>' },
    ]);
  });

  it('form fields are one structure sent as the form-encoded body; a definition named after the operation is no type', () => {
    const token = unit(r.units, 'com.vmware.vcenter.auth.token');
    expect(token.operations?.issue).toEqual({
      params: [{ name: 'spec', type: 'issue_spec' }],
      result: { type: 'com.vmware.oauth2.token_info' },
      http: { api: { method: 'POST', path: '/api/vcenter/auth/token', body: 'spec', form: true }, rest: null },
    });
    expect(Object.keys(token.structures ?? {})).toEqual(['issue_spec']);
    expect(warnings.filter((w) => w.startsWith('unsupported-param'))).toEqual([]);
  });
});

describe('bodies and names', () => {
  it('a body that is an open structure or a map is one parameter sent as the whole body', () => {
    expect(widget.create?.params).toEqual([{ name: 'spec', type: 'opaque' }]);
    expect(widget.create?.http.api.body).toBe('spec');
    expect(widget.merge?.params).toEqual([{ name: 'spec', type: 'map<id:Widget,summary>' }]);
    expect(warnings.filter((w) => w.startsWith('body-schema'))).toEqual([]);
  });

  it('a definition outside every package the file names takes its first word as the package', () => {
    expect(unit(r.units, 'com.vmware.oauth2', 'package').structures?.token_info?.fields).toEqual([
      { name: 'access_token', type: 'string' },
    ]);
    expect(warnings.filter((w) => w.startsWith('unknown-ref'))).toEqual([]);
  });
});

describe('resource types of path parameters', () => {
  it('come from the other operations on the same resource, never from a parameter of the same name elsewhere', () => {
    expect(widget.delete?.params?.[0]).toEqual({ name: 'widget', type: 'id:Widget' });
    expect(warnings).toContain('resource-type-inferred /paths/~1api~1vcenter~1widget~1{widget}/delete/parameters/0');
    expect(unit(r.units, 'com.vmware.vcenter.gadget.environment').operations?.get?.params).toEqual([
      { name: 'gadget', type: 'string' },
      { name: 'widget', type: 'string' },
    ]);
  });

  it('warns only about what it guessed', () => {
    expect(r.ok).toBe(true);
    expect([...new Set(r.diagnostics.map((d) => d.rule))].sort()).toEqual([
      'body-name',
      'param-name',
      'resource-type-inferred',
    ]);
  });
});
