// enums.ts, ids.ts and errors.ts emitters, given/want: the IR slice in, the templates' views out.
import { describe, expect, it } from 'vitest';
import { emitEnums, ENUMS_TEMPLATE } from '../../generator/emit/enums.js';
import { emitErrors, ERRORS_TEMPLATE } from '../../generator/emit/errors.js';
import { emitIds, IDS_TEMPLATE } from '../../generator/emit/ids.js';
import { contextOf, irOf } from '../setup/emit.js';
import { boxContext } from './slice.js';
import { only, rendered, viewOf } from './util.js';

describe('enums emitter', () => {
  const file = only(emitEnums(boxContext()), 'ts-module');
  const [kind] = viewOf(file, ENUMS_TEMPLATE).enums;

  it('an enum: a const object of its values and the union of their literals', () => {
    expect(file.path).toBe('src/enums.ts');
    expect(kind).toMatchObject({
      name: 'BoxKind',
      values: [
        { key: 'FILE', literal: '"FILE"', doc: [] },
        { key: 'DEVICE', literal: '"DEVICE"', doc: ['@deprecated since 7.0.2'] },
      ],
      union: '"FILE" | "DEVICE"',
    });
  });

  it('says when data read from the server may hold other values', () => {
    expect(kind!.doc).toEqual([
      'What it is.',
      '',
      'vAPI enum `com.vmware.vcenter.vm.box.kind`. Servers of newer versions may send other values; data read from the server types them with `Open<…>`.',
    ]);
  });

  it.each([
    ['constructor', 'constructor', '"constructor"'],
    ['__proto__', '["__proto__"]', '"__proto__"'],
    ['a b', '"a b"', '"a b"'],
  ])('value %j has key %s', (value, key, literal) => {
    const ir = irOf({
      'e.yaml': `service: com.vmware.vcenter.vm.e\nenums:\n  k:\n    values: [${JSON.stringify(value)}]\n`,
    });
    const view = viewOf(only(emitEnums(contextOf(ir)), 'ts-module'), ENUMS_TEMPLATE);
    expect(view.enums[0]!.values[0]).toMatchObject({ key, literal });
  });
});

describe('ids emitter', () => {
  it('one branded type per resource type, imported Id only when there is one', () => {
    const file = only(emitIds(boxContext()), 'ts-module');
    expect(viewOf(file, IDS_TEMPLATE).ids).toEqual([
      { name: 'BoxId', literal: '"Box"', doc: ['Identifier of a `Box` (a plain string on the wire).'] },
      {
        name: 'VirtualMachineId',
        literal: '"VirtualMachine"',
        doc: ['Identifier of a `VirtualMachine` (a plain string on the wire).'],
      },
    ]);
    expect(file.imports).toEqual([{ from: './runtime/types.js', named: ['Id'], typeOnly: true }]);
    expect(rendered(file)).toContain('export type BoxId = Id<"Box">;');
    const none = irOf({ 'e.yaml': 'service: com.vmware.vcenter.vm.e\n' });
    expect(only(emitIds(contextOf(none)), 'ts-module').imports).toEqual([]);
  });
});

describe('errors emitter', () => {
  const file = only(emitErrors(boxContext()), 'ts-module');
  const view = viewOf(file, ERRORS_TEMPLATE);

  it('one class per error type; extra fields that can be properties become typed properties', () => {
    expect(view.classes).toEqual([
      {
        name: 'NotFoundError',
        nameLiteral: '"NotFoundError"',
        typeLiteral: '"NOT_FOUND"',
        doc: ['It is not there.', '', 'vAPI error `com.vmware.vapi.std.errors.not_found` (`error_type` NOT_FOUND).'],
        extraFields: [{ key: 'hint', type: 'string | undefined', doc: [] }],
      },
    ]);
    expect(view.registry).toBe('"NOT_FOUND"');
  });

  it('imports the runtime pieces the template uses', () => {
    expect(file.imports).toEqual([
      { from: './runtime/errors.js', named: ['errorClass', 'unknownErrorClass'], typeOnly: false },
      { from: './runtime/errors.js', named: ['ErrorRegistry', 'VapiError', 'VapiErrorClass'], typeOnly: true },
    ]);
    expect(rendered(file)).toContain(
      'export const NotFoundError: VapiErrorClass<NotFoundError> = /* @__PURE__ */ errorClass("NOT_FOUND", "NotFoundError");',
    );
  });
});
