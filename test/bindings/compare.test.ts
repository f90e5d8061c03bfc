// The spec-against-bindings comparison on small hand-written structures and operations: one
// given/want row per kind of difference.
import { describe, expect, it } from 'vitest';
import { compareOperations, compareUnions, specModel } from '../../scripts/bindings/compare.mjs';
import type { Facts } from '../../scripts/bindings/facts.mjs';
import type { Union } from '../../scripts/bindings/model.mjs';

type Spec = { fields: [string, string][]; unions?: { discriminant: string; cases: Record<string, string[]> }[] };
const ENUMS = new Map([['t.kind', ['A', 'B', 'C']]]);

/** Bindings structure `t.s`: field `k` (the discriminant, enum t.kind) plus `fields`, and `unions`. */
function run(fields: [string, string][], unions: Union[], spec: Spec) {
  const facts: Pick<Facts, 'structures' | 'enums'> = {
    structures: new Map([
      ['t.s', { fields: [{ name: 'k', type: 't.kind' }, ...fields.map(([name, type]) => ({ name, type }))], unions }],
    ]),
    enums: ENUMS,
  };
  const specFields = [{ name: 'k', type: 't.kind' }, ...spec.fields.map(([name, type]) => ({ name, type }))];
  return compareUnions(facts, new Map([['t.s', { fields: specFields, unions: spec.unions ?? [] }]]));
}
const cases = (
  a: Partial<Union['cases'][number]>,
  b: Partial<Union['cases'][number]> = {},
  c: Partial<Union['cases'][number]> = {},
) => [
  { value: 'A', required: [], optional: [], ...a },
  { value: 'B', required: [], optional: [], ...b },
  { value: 'C', required: [], optional: [], ...c },
];

describe('compareUnions', () => {
  const table: [
    string,
    ReturnType<typeof run>['diffs'],
    boolean,
    ReturnType<typeof run>['places'],
    ReturnType<typeof run>,
  ][] = [
    [
      'exact',
      [],
      true,
      { forbiddenAccepted: 0, requiredOptional: 0, optionalRequired: 0, requiredForbidden: 0 },
      run([['x', 'optional<string>']], [{ discriminant: 'k', cases: cases({ required: ['x'] }) }], {
        fields: [['x', 'string']],
        unions: [{ discriminant: 'k', cases: { A: ['x'] } }],
      }),
    ],
    [
      'a union whose cases have only optional fields, missing',
      [{ structure: 't.s', kind: 'union-missing', detail: 'k (x)' }],
      false,
      { forbiddenAccepted: 2, requiredOptional: 0, optionalRequired: 0, requiredForbidden: 0 },
      run([['x', 'optional<string>']], [{ discriminant: 'k', cases: cases({ optional: ['x'] }) }], {
        fields: [['x', 'optional<string>']],
      }),
    ],
    [
      'an optional case field the spec has as common',
      [{ structure: 't.s', kind: 'case-field-missing', detail: 'k=B: optional y' }],
      false,
      { forbiddenAccepted: 2, requiredOptional: 0, optionalRequired: 0, requiredForbidden: 0 },
      run(
        [
          ['x', 'optional<string>'],
          ['y', 'optional<long>'],
        ],
        [{ discriminant: 'k', cases: cases({ required: ['x'] }, { optional: ['y'] }) }],
        {
          fields: [
            ['x', 'string'],
            ['y', 'optional<long>'],
          ],
          unions: [{ discriminant: 'k', cases: { A: ['x'] } }],
        },
      ),
    ],
    [
      'a field every case has optional, written as common: the same meaning',
      [
        {
          structure: 't.s',
          kind: 'case-field-common',
          detail: 'k: y (optional in every case; the same as a common field)',
        },
      ],
      true,
      { forbiddenAccepted: 0, requiredOptional: 0, optionalRequired: 0, requiredForbidden: 0 },
      run(
        [['y', 'optional<long>']],
        [{ discriminant: 'k', cases: cases({ optional: ['y'] }, { optional: ['y'] }, { optional: ['y'] }) }],
        {
          fields: [['y', 'optional<long>']],
        },
      ),
    ],
    [
      'a required case field typed optional, and an optional one typed required',
      [
        { structure: 't.s', kind: 'case-required-flag', detail: 'k=A: x is required, the spec says optional' },
        { structure: 't.s', kind: 'case-required-flag', detail: 'k=B: y is optional, the spec says required' },
      ],
      false,
      { forbiddenAccepted: 0, requiredOptional: 1, optionalRequired: 1, requiredForbidden: 0 },
      run(
        [
          ['x', 'optional<string>'],
          ['y', 'optional<long>'],
        ],
        [{ discriminant: 'k', cases: cases({ required: ['x'] }, { optional: ['y'] }) }],
        {
          fields: [
            ['x', 'optional<string>'],
            ['y', 'long'],
          ],
          unions: [{ discriminant: 'k', cases: { A: ['x'], B: ['y'] } }],
        },
      ),
    ],
    [
      'a field in a case the bindings do not give it, and a union the bindings lack',
      [
        { structure: 't.s', kind: 'case-field-extra', detail: 'k=C: x' },
        { structure: 't.s', kind: 'union-extra', detail: 'x' },
      ],
      false,
      { forbiddenAccepted: 1, requiredOptional: 0, optionalRequired: 0, requiredForbidden: 0 },
      run([['x', 'optional<string>']], [{ discriminant: 'k', cases: cases({ required: ['x'] }) }], {
        fields: [['x', 'string']],
        unions: [
          { discriminant: 'k', cases: { A: ['x'], C: ['x'] } },
          { discriminant: 'x', cases: {} },
        ],
      }),
    ],
    [
      'field types, missing and extra fields, and a field required in one case and optional in another',
      [
        // The spec cannot say both: one of the cases is always wrong.
        { structure: 't.s', kind: 'case-required-flag', detail: 'k=B: x is optional, the spec says required' },
        { structure: 't.s', kind: 'case-mixed', detail: 'x: k=A required, k=B optional' },
        { structure: 't.s', kind: 'field-type', detail: 'e: string, the bindings say exception' },
        { structure: 't.s', kind: 'field-missing', detail: 'm: long' },
        { structure: 't.s', kind: 'field-extra', detail: 'z' },
      ],
      false,
      { forbiddenAccepted: 0, requiredOptional: 0, optionalRequired: 1, requiredForbidden: 0 },
      run(
        [
          ['x', 'optional<string>'],
          ['e', 'exception'],
          ['m', 'long'],
        ],
        [{ discriminant: 'k', cases: cases({ required: ['x'] }, { optional: ['x'] }) }],
        {
          fields: [
            ['x', 'string'],
            ['e', 'string'],
            ['z', 'long'],
          ],
          unions: [{ discriminant: 'k', cases: { A: ['x'], B: ['x'] } }],
        },
      ),
    ],
  ];
  for (const [what, diffs, exact, places, got] of table)
    it(what, () => {
      expect(got.diffs).toEqual(diffs);
      expect(got.unions.map((u) => u.exact)).toEqual(got.unions.length ? [exact] : []);
      expect(got.places).toEqual(places);
    });
});

describe('compareOperations', () => {
  it('errors, parameter types and order, results, and a filter the spec has as one parameter per field', () => {
    const facts: Pick<Facts, 'services' | 'structures'> = {
      services: [
        {
          id: 't.svc',
          operations: [
            {
              name: 'get',
              params: [
                { name: 'vm', type: 'id:VirtualMachine' },
                { name: 'c', type: 't.creds' },
              ],
              result: 't.info',
              errors: ['e.a', 'e.b'],
            },
            {
              name: 'list',
              params: [{ name: 'filter', type: 'optional<t.filter>' }],
              result: 'list<t.summary>',
              errors: [],
            },
            { name: 'gone', params: [], result: 'void', errors: [] },
          ],
        },
      ],
      structures: new Map([
        [
          't.filter',
          {
            fields: [
              { name: 'folders', type: 'optional<set<id:Folder>>' },
              { name: 'names', type: 'set<string>' },
            ],
            unions: [],
          },
        ],
      ]),
    };
    const { operations } = specModel([
      {
        file: 'svc.yaml',
        doc: {
          service: 't.svc',
          operations: {
            get: {
              params: [
                { name: 'vm', type: 'id:VirtualMachine' },
                { name: 'c', type: 'creds' },
              ],
              result: { type: 'string' },
              errors: ['e.c', { error: 'e.a', when: 'sometimes' }],
            },
            list: {
              params: [
                { name: 'folders', type: 'optional<list<id:Folder>>' },
                { name: 'names', type: 'optional<set<string>>' },
              ],
              result: { type: 'list<summary>' },
            },
          },
          structures: { creds: { fields: [] }, summary: { fields: [] } },
        },
      },
    ]);
    const got = compareOperations(facts, operations);
    expect(got.absent).toEqual(['t.svc.gone']);
    expect(got.diffs.map((d) => [d.operation, d.kind, d.detail])).toEqual([
      ['t.svc.get', 'error-missing', 'e.b'],
      ['t.svc.get', 'error-extra', 'e.c'],
      ['t.svc.get', 'param-type', 'c: t.svc.creds, the bindings say t.creds'],
      ['t.svc.get', 'result-type', 'string, the bindings say t.info'],
      ['t.svc.list', 'param-missing', 'filter: optional<t.filter>'],
      [
        't.svc.list',
        'param-type',
        'folders (a field of filter): optional<list<id:Folder>>, the bindings say optional<set<id:Folder>>',
      ],
      ['t.svc.list', 'param-extra', 'folders (a field of a structure parameter)'],
      ['t.svc.list', 'param-extra', 'names (a field of a structure parameter)'],
      ['t.svc.list', 'result-type', 'list<t.svc.summary>, the bindings say list<t.summary>'],
    ]);
  });
});
