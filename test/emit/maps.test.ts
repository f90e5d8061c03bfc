// Where the maps are, for the /rest style (emit/maps.ts), given/want: the type of a parameter or
// result in, the runtime's MapShape out; and which operations carry one at all.
import { describe, expect, it } from 'vitest';
import { mapIndex, operationMaps, shapeSource } from '../../generator/emit/maps.js';
import { irOf } from '../setup/emit.js';
import { MESSAGE_MAPS } from '../../templates/runtime/wire.js';

const ir = irOf({
  'things.yaml': `service: com.vmware.vcenter.vm.things
structures:
  leaf:
    fields:
      - { name: name, type: string }
  bag:
    fields:
      - { name: labels, type: "map<string,string>" }
      - { name: plain, type: leaf }
  holder:
    fields:
      - { name: bags, type: "list<bag>" }
      - { name: by_vm, type: "optional<map<id:VirtualMachine,bag>>" }
      - { name: by_kind, type: "map<kind,map<string,long>>" }
      - { name: by_number, type: "map<long,leaf>" }
      - { name: nothing, type: "list<leaf>" }
  tree:
    fields:
      - { name: children, type: "optional<list<tree>>" }
      - { name: notes, type: "map<string,string>" }
  message:
    fields:
      - { name: params, type: "optional<map<string,param>>" }
  param:
    fields:
      - { name: l, type: "optional<nested>" }
  nested:
    fields:
      - { name: params, type: "optional<map<string,param>>" }
enums:
  kind: { values: [A, B] }
operations:
  put:
    params:
      - { name: thing, type: "id:Thing" }
      - { name: spec, type: holder }
      - { name: filter, type: "optional<map<string,string>>" }
      - { name: extra, type: "optional<bag>" }
    result: { type: "list<tree>" }
    http:
      api: { method: PUT, path: "/api/vcenter/vm/things/{thing}" }
      rest: { method: PUT, path: "/rest/vcenter/vm/things/{thing}" }
  find:
    params:
      - { name: filter, type: "optional<bag>" }
    result: { type: leaf }
    http:
      api: { method: GET, path: "/api/vcenter/vm/things" }
      rest: { method: GET, path: "/rest/vcenter/vm/things" }
  api_only:
    params: [{ name: spec, type: bag }]
    result: { type: "map<string,string>" }
    http:
      api: { method: POST, path: "/api/vcenter/vm/things?action=api-only" }
      rest: null
  read:
    result: { type: "map<string,leaf>" }
    http:
      api: { method: GET, path: "/api/vcenter/vm/things/all" }
      rest: { method: GET, path: "/rest/vcenter/vm/things/all" }
`,
});
const index = mapIndex(ir);
const ref = (name: string) => ({ kind: 'ref', id: `com.vmware.vcenter.vm.things.${name}` }) as const;
const op = (name: string) => ir.services[0]!.operations.find((o) => o.name === name)!;

describe('map shapes', () => {
  it.each([
    ['a structure without maps', ref('leaf'), undefined],
    ['a map of plain values', ref('bag'), { labels: { '*': 0 } }],
    [
      'maps in structures in a list, id- and enum-keyed maps, a map of maps, a long-keyed map',
      ref('holder'),
      {
        bags: [{ labels: { '*': 0 } }],
        by_vm: { '*': { labels: { '*': 0 } } },
        by_kind: { '*': { '*': 0 } },
        by_number: { '#': 0 },
      },
    ],
    ['a structure inside itself: a back-reference', ref('tree'), { children: [2], notes: { '*': 0 } }],
    [
      'a message: its params, and the params of the messages nested in them',
      ref('message'),
      { params: { '*': { l: { params: { '*': 3 } } } } },
    ],
  ] as const)('%s', (_, type, want) => {
    expect(index.shape(type)).toEqual(want);
  });

  it("the runtime's message maps are what the emitter gives vAPI's localizable message", () => {
    expect(index.shape(ref('message'))).toEqual(MESSAGE_MAPS);
  });

  it.each([
    [
      'body parameters in, the result out (no path or query parameter)',
      'put',
      {
        in: {
          spec: index.shape(ref('holder')),
          filter: { '*': 0 },
          extra: { labels: { '*': 0 } },
        },
        out: [{ children: [2], notes: { '*': 0 } }],
      },
    ],
    ['a query structure is sent as fields, not converted', 'find', undefined],
    ['no /rest path: nothing', 'api_only', undefined],
    ['a map result', 'read', { out: { '*': 0 } }],
  ])('operation: %s', (_, name, want) => {
    expect(operationMaps(op(name), index)).toEqual(want);
  });

  it('reaches: structures that hold a map at any depth', () => {
    expect(
      ['leaf', 'bag', 'holder', 'tree', 'message', 'param', 'nested'].map((n) => index.reaches(ref(n).id)),
    ).toEqual([false, true, true, true, true, true, true]);
  });

  it('as source: bare keys where they can be, quoted markers', () => {
    expect(shapeSource({ a: [{ '*': 0 }], 'b-c': { '#': 2 } })).toBe('{ a: [{ "*": 0 }], "b-c": { "#": 2 } }');
  });
});
