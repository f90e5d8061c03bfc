// types.ts emitter, given/want: structures in, declarations (the template's view) out.
import { describe, expect, it } from 'vitest';
import { TYPES_TEMPLATE, emitTypes, type Decl } from '../../generator/emit/types.js';
import { boxContext } from './slice.js';
import { only, rendered, viewOf } from './util.js';

const file = only(emitTypes(boxContext()), 'ts-module');
const view = viewOf(file, TYPES_TEMPLATE);
const decl = (name: string): Decl => view.declarations.find((d) => d.name === name)!;

describe('types emitter', () => {
  it('is the TypeScript module src/types.ts of the types template', () => {
    expect([file.path, file.template]).toEqual(['src/types.ts', TYPES_TEMPLATE]);
    expect(file.imports).toEqual([
      { from: './runtime/types.js', named: ['DateTime', 'OnlyWhen', 'Open'], typeOnly: true },
      { from: './ids.js', named: ['VirtualMachineId'], typeOnly: true },
      { from: './enums.js', named: ['BoxKind'], typeOnly: true },
    ]);
  });

  it.each([
    // wire name → [key, optional, type]: a structure read from the server
    ['name', ['name', false, 'string']],
    ['size_MiB', ['size_MiB', true, 'number']],
    ['kind', ['kind', false, 'Open<BoxKind>']],
    ['tags', ['tags', false, 'Array<string | undefined>']],
    ['limits', ['limits', false, 'Record<string, number>']],
    ['when', ['when', false, 'DateTime']],
    ['vm', ['vm', false, 'VirtualMachineId']],
    ['a-b', ['"a-b"', true, 'boolean']],
  ])('BoxInfo.%s', (_wire, [key, optional, type]) => {
    const d = decl('BoxInfo');
    if (d.kind !== 'interface') throw new Error('an interface');
    const f = d.fields.find((x) => x.key === key)!;
    expect([f.key, f.optional, f.type]).toEqual([key, optional, type]);
  });

  it('documents fields and structures in their own words', () => {
    const d = decl('BoxInfo');
    expect(d.doc).toEqual(['vAPI structure `com.vmware.vcenter.vm.box.info`.']);
    if (d.kind !== 'interface') throw new Error('an interface');
    expect(d.fields.find((f) => f.key === 'name')!.doc).toEqual(['The name.']);
    expect(d.fields.find((f) => f.key === '"a-b"')!.doc).toEqual(['@since 7.0.1']);
  });

  it("a tagged union sent to the server: closed, one interface per case, other cases' fields forbidden", () => {
    expect(decl('BoxSpec')).toMatchObject({ kind: 'alias', type: 'BoxSpecFile | BoxSpecDevice' });
    const fields = (name: string) => {
      const d = decl(name);
      if (d.kind !== 'interface') throw new Error('an interface');
      return d.fields.map((f) => `${f.key}${f.optional ? '?' : ''}: ${f.type}`);
    };
    expect(fields('BoxSpecFile')).toEqual([
      'kind: "FILE"',
      'path?: string',
      'limits?: Partial<Record<BoxKind, number>>',
    ]);
    expect(fields('BoxSpecDevice')).toEqual([
      'kind: "DEVICE"',
      // Sent: the field's type names the case it belongs to, which is what tsc prints.
      'path?: OnlyWhen<"kind", "FILE">',
      'limits?: Partial<Record<BoxKind, number>>',
    ]);
    expect(view.declarations.map((d) => d.name)).not.toContain('BoxSpecOther');
  });

  it('renders through its template', () => {
    const text = rendered(file);
    expect(text).toContain('export interface BoxInfo {\n');
    expect(text).toContain('  "a-b"?: boolean;\n');
    expect(text).toContain('export type BoxSpec = BoxSpecFile | BoxSpecDevice;\n');
  });
});
