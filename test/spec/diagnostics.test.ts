// Bad specs get clear errors: file, line, column, the rule and (where there is one) the fix.
// Each case edits a copy of the minimal fixture; all errors of a run are reported together.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagnosticError, type Diagnostic } from '../../generator/diagnostics.js';
import { loadSpec } from '../../generator/spec/load.js';
import { checkSpec } from '../../generator/spec/validate.js';
import { fixtureDir } from '../setup/generate.js';

type Edit = [file: string, from: string | RegExp, to: string];

function specWith(edits: Edit[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'vcgen-spec-'));
  cpSync(fixtureDir('minimal'), dir, { recursive: true });
  for (const [file, from, to] of edits) {
    const path = join(dir, file);
    const text = readFileSync(path, 'utf8');
    const next = text.replace(from, to);
    if (next === text) throw new Error(`edit did not apply: ${String(from)}`);
    writeFileSync(path, next);
  }
  return dir;
}

function diagnose(dir: string): Diagnostic[] {
  try {
    checkSpec(loadSpec(dir, (p) => p.slice(dir.length + 1)));
  } catch (e) {
    if (e instanceof DiagnosticError) return e.diagnostics;
    throw e;
  }
  return [];
}

const where = (d: Diagnostic): string => `${d.loc?.file}:${d.loc?.line}:${d.loc?.col}`;

describe('a bad spec names file, line, column and rule', () => {
  it.each<[string, Edit[], string, string, RegExp, RegExp?]>([
    [
      'YAML syntax',
      [['cdrom.yaml', 'description: CD-ROM devices of a virtual machine.', 'description: [unclosed']],
      'yaml-syntax',
      'cdrom.yaml:',
      /YAML/,
    ],
    [
      'a key the format does not know',
      [['cdrom.yaml', '    description: Read one CD-ROM.', '    description: Read one CD-ROM.\n    colour: red']],
      'schema',
      'cdrom.yaml:',
      /unknown key 'colour'/,
    ],
    [
      'a missing required key',
      [['cdrom.yaml', '      rest: null\n', '      rest: null\n  broken:\n    description: no http\n']],
      'schema',
      'cdrom.yaml:',
      /missing 'http'/,
    ],
    [
      'an unknown type, pointing into the expression',
      [['cdrom.yaml', '{ name: backing, type: backing_info }', '{ name: backing, type: list<backing_infoo> }']],
      'unknown-type',
      'cdrom.yaml:',
      /unknown type 'backing_infoo'/,
    ],
    [
      'a type syntax error',
      [['cdrom.yaml', 'type: list<summary> }', 'type: list<summary }']],
      'type-syntax',
      'cdrom.yaml:',
      /expected '>'/,
    ],
    [
      'a duplicate field',
      [
        [
          'cdrom.yaml',
          '      - { name: label, type: string }',
          '      - { name: label, type: string }\n      - { name: label, type: long }',
        ],
      ],
      'duplicate-field',
      'cdrom.yaml:',
      /field 'label' appears twice/,
    ],
    [
      'a duplicate enum value',
      [['cdrom.yaml', 'values: [CONNECTED, NOT_CONNECTED]', 'values: [CONNECTED, NOT_CONNECTED, CONNECTED]']],
      'duplicate-enum-value',
      'cdrom.yaml:',
      /'CONNECTED' appears twice/,
    ],
    [
      'a duplicate operation (YAML key)',
      [['cdrom.yaml', '  list:\n', '  get:\n']],
      'duplicate-key',
      'cdrom.yaml:',
      /twice/,
    ],
    [
      'a path placeholder without parameter',
      [
        [
          'cdrom.yaml',
          'path: "/api/vcenter/vm/{vm}/hardware/cdrom/{cdrom}?action=connect"',
          'path: "/api/vcenter/vm/{vm}/hardware/cdrom/{cd}?action=connect"',
        ],
      ],
      'path-param',
      'cdrom.yaml:',
      /\{cd\} in the api path/,
    ],
    [
      'a path parameter missing from the path',
      [
        ['processes.yaml', '{ name: pid, type: long }\n    errors', '{ name: pid, type: long, in: path }\n    errors'],
        [
          'processes.yaml',
          '/processes/{pid}?action=delete" }\n      rest:',
          '/processes?action=delete" }\n      rest:',
        ],
      ],
      'path-param',
      'processes.yaml:',
      /parameter 'pid' is missing from the api path/,
    ],
    [
      'a union case naming no field',
      [['cdrom.yaml', 'HOST_DEVICE: [auto_detect]', 'HOST_DEVICE: [auto_detected]']],
      'union-field',
      'cdrom.yaml:',
      /'auto_detected', which is not a field/,
    ],
    [
      'a union case that is not an enum value',
      [['cdrom.yaml', 'HOST_DEVICE: [auto_detect]', 'HOST: [auto_detect]']],
      'union-case',
      'cdrom.yaml:',
      /case 'HOST' is not a value/,
    ],
    [
      'an enum default outside its values',
      [
        [
          'cdrom.yaml',
          '    values: [CONNECTED, NOT_CONNECTED]',
          '    values: [CONNECTED, NOT_CONNECTED]\n    default: UNKNOWN',
        ],
      ],
      'enum-default',
      'cdrom.yaml:',
      /default 'UNKNOWN'/,
    ],
    [
      'two operations on one method and path',
      [
        [
          'cdrom.yaml',
          'api: { method: GET, path: "/api/vcenter/vm/{vm}/hardware/cdrom" }',
          'api: { method: GET, path: "/api/vcenter/vm/{x}/hardware/cdrom/{y}" }\n      # same as get',
        ],
      ],
      'binding-conflict',
      'cdrom.yaml:',
      /also used by/,
    ],
    [
      'structures that need each other',
      [
        [
          'cdrom.yaml',
          '      - { name: cdrom, type: "id:com.vmware.vcenter.vm.hardware.Cdrom" }',
          '      - { name: cdrom, type: "id:com.vmware.vcenter.vm.hardware.Cdrom" }\n      - { name: info, type: info }',
        ],
        [
          'cdrom.yaml',
          '      - { name: state, type: connection_state }',
          '      - { name: state, type: connection_state }\n      - { name: summary, type: summary }',
        ],
      ],
      'required-cycle',
      'cdrom.yaml:',
      /can never be built/,
    ],
    [
      'an invalid API version',
      [['api.yaml', 'apiVersion: 7.0.3', 'apiVersion: 7.x']],
      'schema',
      'api.yaml:2:',
      /version such as 7\.0\.3/,
    ],
    [
      'an unknown error id',
      [
        [
          'cdrom.yaml',
          'errors: [com.vmware.vapi.std.errors.not_found]\n    http:\n      api: { method: PATCH',
          'errors: [com.vmware.vapi.std.errors.not_fund]\n    http:\n      api: { method: PATCH',
        ],
      ],
      'unknown-error',
      'cdrom.yaml:',
      /unknown error/,
    ],
    // Messages that name what is wrong, and "did you mean" where something close exists.
    [
      'an unknown top-level key, named at its own line',
      [['cdrom.yaml', /\n*$/, '\ncolour: red\n']],
      'schema',
      'cdrom.yaml:114:1',
      /^unknown key 'colour' in the file \(service file\)$/,
    ],
    [
      'a file that is a service and a package',
      [['cdrom.yaml', /^service: (.*)$/m, 'service: $1\npackage: com.vmware.vcenter.vm.hardware']],
      'schema',
      'cdrom.yaml:3:1',
      /^a file is a service or a package, not both: it has `service:` \(line 2\) and `package:`$/,
      /file of their own/,
    ],
    [
      'a misspelt key',
      [['cdrom.yaml', '    description: Read one CD-ROM.', '    descripton: Read one CD-ROM.']],
      'schema',
      'cdrom.yaml:53:5',
      /^unknown key 'descripton' in 'operations\.get'/,
      /^did you mean 'description'\?$/,
    ],
    [
      'a misspelt value',
      [['cdrom.yaml', 'method: PATCH', 'method: PACTH']],
      'schema',
      'cdrom.yaml:72:22',
      /must be one of "GET", "POST", "PUT", "PATCH", "DELETE"/,
      /^did you mean 'PATCH'\?$/,
    ],
    [
      'a misspelt primitive type',
      [['cdrom.yaml', '{ name: connected, type: optional<boolean> }', '{ name: connected, type: optional<bolean> }']],
      'unknown-type',
      'cdrom.yaml:37:43',
      /^unknown type 'bolean'$/,
      /^did you mean 'boolean'\?$/,
    ],
    [
      'a misspelt declared type',
      [['cdrom.yaml', '{ name: backing, type: backing_info }', '{ name: backing, type: backing_inf }']],
      'unknown-type',
      'cdrom.yaml:29:32',
      /^unknown type 'backing_inf'$/,
      /^did you mean 'backing_info'\?$/,
    ],
    [
      'a misspelt generic type',
      [['cdrom.yaml', '{ name: connected, type: optional<boolean> }', '{ name: connected, type: optinal<boolean> }']],
      'type-syntax',
      'cdrom.yaml:37:34',
      /unknown generic type 'optinal<…>' \(did you mean optional<…>\?\)/,
    ],
    // Paths and parameters agree: every path parameter once in each path, every placeholder a parameter.
    [
      'a parameter in the rest path but not in the api path',
      [
        [
          'cdrom.yaml',
          'path: "/api/vcenter/vm/{vm}/hardware/cdrom/{cdrom}", body: spec',
          'path: "/api/vcenter/vm/hardware/cdrom/{cdrom}", body: spec',
        ],
      ],
      'path-param',
      'cdrom.yaml:72:36',
      /^parameter 'vm' is missing from the api path \(the rest path has it\); the api style would drop it$/,
      /^add \{vm\} to /,
    ],
    [
      'a placeholder that is not closed',
      [
        [
          'cdrom.yaml',
          '/api/vcenter/vm/{vm}/hardware/cdrom/{cdrom}?action=connect',
          '/api/vcenter/vm/{vm/hardware/cdrom/{cdrom}?action=connect',
        ],
      ],
      'path-syntax',
      'cdrom.yaml:81:51',
      /the placeholder '\{vm\/…' is not closed: '\/' comes before its '\}'/,
    ],
    [
      'an empty placeholder',
      [
        [
          'cdrom.yaml',
          '/api/vcenter/vm/{vm}/hardware/cdrom/{cdrom}?action=connect',
          '/api/vcenter/vm/{vm}/hardware/cdrom/{cdrom}/{}?action=connect',
        ],
      ],
      'path-syntax',
      'cdrom.yaml:81:79',
      /an empty placeholder '\{\}' names no parameter/,
    ],
    [
      'a stray closing brace',
      [
        [
          'cdrom.yaml',
          '/api/vcenter/vm/{vm}/hardware/cdrom/{cdrom}?action=connect',
          '/api/vcenter/vm/{vm}/hardware}/cdrom/{cdrom}?action=connect',
        ],
      ],
      'path-syntax',
      'cdrom.yaml:81:64',
      /a '\}' closes no placeholder/,
    ],
    [
      'a placeholder twice in one path',
      [
        [
          'cdrom.yaml',
          '/api/vcenter/vm/{vm}/hardware/cdrom/{cdrom}?action=connect',
          '/api/vcenter/vm/{vm}/hardware/cdrom/{cdrom}/{vm}?action=connect',
        ],
      ],
      'path-param',
      'cdrom.yaml:81:79',
      /\{vm\} appears 2 times in the api path/,
    ],
    [
      'a placeholder in the query',
      [
        [
          'cdrom.yaml',
          '/api/vcenter/vm/{vm}/hardware/cdrom/{cdrom}?action=connect',
          '/api/vcenter/vm/{vm}/hardware/cdrom/{cdrom}?action={cdrom}',
        ],
      ],
      'path-syntax',
      'cdrom.yaml:81:86',
      /placeholders belong in the path, not in the query/,
    ],
    [
      'a misspelt placeholder',
      [
        [
          'cdrom.yaml',
          '/api/vcenter/vm/{vm}/hardware/cdrom/{cdrom}?action=connect',
          '/api/vcenter/vm/{vm}/hardware/cdrom/{cdorm}?action=connect',
        ],
      ],
      'path-param',
      'cdrom.yaml:81:71',
      /^\{cdorm\} in the api path is not a parameter of 'connect'$/,
      /^did you mean \{cdrom\}\?$/,
    ],
  ])('%s', (_name, edits, rule, at, message, fix) => {
    const diags = diagnose(specWith(edits));
    const hit = diags.find((d) => d.rule === rule);
    expect(hit, JSON.stringify(diags, null, 1)).toBeDefined();
    expect(where(hit!)).toContain(at);
    expect(hit!.loc!.line).toBeGreaterThan(0);
    expect(hit!.loc!.col).toBeGreaterThan(0);
    expect(hit!.message).toMatch(message);
    if (fix) expect(hit!.fix).toMatch(fix);
    expect(hit!.severity).toBe('error');
  });

  it('reports a service declared in two files', () => {
    const dir = specWith([]);
    writeFileSync(join(dir, 'zz-cdrom.yaml'), 'service: com.vmware.vcenter.vm.hardware.cdrom\noperations: {}\n');
    const d = diagnose(dir).find((x) => x.rule === 'duplicate-unit');
    expect(d?.message).toMatch(
      /service 'com\.vmware\.vcenter\.vm\.hardware\.cdrom' is declared in two files \(first: cdrom\.yaml\)/,
    );
    expect(where(d!)).toBe('zz-cdrom.yaml:1:10');
  });

  it('points at the exact line and column of an unknown type inside an expression', () => {
    const diags = diagnose(
      specWith([
        ['cdrom.yaml', '{ name: backing, type: backing_info }', '{ name: backing, type: list<backing_infoo> }'],
      ]),
    );
    const d = diags.find((x) => x.rule === 'unknown-type')!;
    const lines = readFileSync(join(fixtureDir('minimal'), 'cdrom.yaml'), 'utf8').split('\n');
    const line = lines.findIndex((l) => l.includes('{ name: backing, type: backing_info }')) + 1;
    expect(d.loc!.line).toBe(line);
    expect(d.loc!.col).toBe(lines[line - 1]!.indexOf('backing_info') + 1 + 'list<'.length);
    expect(d.fix).toBeTruthy();
  });

  it('reports every problem of every file in one run, sorted by place', () => {
    const diags = diagnose(
      specWith([
        ['cdrom.yaml', '{ name: backing, type: backing_info }', '{ name: backing, type: nope }'],
        ['cdrom.yaml', 'HOST_DEVICE: [auto_detect]', 'HOST_DEVICE: [missing_field]'],
        ['processes.yaml', '{ name: pid, type: long }\n    errors', '{ name: pid, type: lung }\n    errors'],
      ]),
    );
    expect(diags.map((d) => d.rule).sort()).toEqual(['union-field', 'unknown-type', 'unknown-type']);
    const keys = diags.map((d) => [d.loc!.file, d.loc!.line]);
    expect(keys).toEqual(
      [...keys].sort((a, b) => (a[0]! < b[0]! ? -1 : a[0]! > b[0]! ? 1 : Number(a[1]) - Number(b[1]))),
    );
  });

  it('accepts the fixture as it is', () => {
    expect(diagnose(specWith([]))).toEqual([]);
  });
});
