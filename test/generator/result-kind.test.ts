// Given the result type of an operation, want the JSON type its operation table tells the runtime
// to check 2xx answers against (`OperationInfo.result`): a table over every kind of type, through
// the whole pipeline (the minimal fixture plus a service of one operation per row).
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../generator/pipeline.js';
import { fixtureDir } from '../setup/generate.js';

const table: [given: string, want: string | null][] = [
  ['string', 'string'],
  ['secret', 'string'],
  ['uri', 'string'],
  ['datetime', 'string'],
  ['binary', 'string'],
  ['"id:VirtualMachine"', 'string'],
  ['kind', 'string'],
  ['long', 'number'],
  ['double', 'number'],
  ['boolean', 'boolean'],
  ['opaque', 'any'],
  ['list<string>', 'array'],
  ['set<long>', 'array'],
  ['"map<string,string>"', 'object'],
  ['plain', 'struct'],
  ['wrapped', 'object'],
  ['optional<plain>', '?struct'],
  ['optional<list<kind>>', '?array'],
  ['optional<long>', '?number'],
];

describe('OperationInfo.result', () => {
  it('is the JSON type of the result, `?` for an optional one, absent without a result', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vcgen-result-kind-'));
    cpSync(fixtureDir('minimal'), dir, { recursive: true });
    const ops = table.map(
      ([type], i) => `  r${i}:
    params:
      - { name: vm, type: "id:VirtualMachine" }
    result: { type: ${type} }
    http:
      api: { method: GET, path: "/api/vcenter/vm/{vm}/results/${i}" }
      rest: null`,
    );
    writeFileSync(
      join(dir, 'results.yaml'),
      `service: com.vmware.vcenter.vm.results
structures:
  plain:
    fields:
      - { name: type, type: string }
  wrapped:
    fields:
      - { name: value, type: string }
enums:
  kind:
    values: [A, B]
operations:
${ops.join('\n')}
  none:
    params:
      - { name: vm, type: "id:VirtualMachine" }
    http:
      api: { method: POST, path: "/api/vcenter/vm/{vm}/results?action=none" }
      rest: null
`,
    );
    const { files } = await runPipeline({ specDir: dir });
    const text = files.get('src/services/results.ts')!;
    const got = Object.fromEntries(
      [...text.matchAll(/const OP_\w+: OperationInfo = \{\n\s+id: '[\w.]+\.(\w+)',[\s\S]*?\n\};/g)].map((m) => [
        m[1],
        /result: '([^']*)'/.exec(m[0])?.[1] ?? null,
      ]),
    );
    expect(got).toEqual({ ...Object.fromEntries(table.map(([, want], i) => [`r${i}`, want])), none: null });
  });
});
