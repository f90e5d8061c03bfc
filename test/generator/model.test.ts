// The shared type model: parsing and writing type expressions, the one fold over type trees, and
// path templates, table-driven.
import { describe, expect, it } from 'vitest';
import { mapType, typeLeaves, writeType } from '../../generator/model/fold.js';
import { formatType, parseType, TypeSyntaxError, typeToString } from '../../generator/model/parse.js';
import { parsePath, pathParams, pathShape, splitPath } from '../../generator/model/paths.js';
import { TYPE_KEYWORDS, unwrapOptional, type VapiType } from '../../generator/model/types.js';

describe('type expressions', () => {
  it.each([
    ['string', 'string'],
    [' optional< list<id:VirtualMachine> > ', 'optional<list<id:VirtualMachine>>'],
    ['map<string, set<backing_info>>', 'map<string,set<backing_info>>'],
    ['id', 'id'],
    ['id:Weird*/Resource', 'id:Weird*/Resource'],
    ['com.vmware.vapi.std.localizable_message', 'com.vmware.vapi.std.localizable_message'],
  ])('parse(%j) is written back as %j', (text, canonical) => {
    expect(formatType(parseType(text))).toBe(canonical);
  });

  it.each([
    ['list<>', "unexpected '>'", 5],
    ['list<', 'a type is missing', 5],
    ['optinal<boolean>', "unknown generic type 'optinal<…>' (did you mean optional<…>?)", 0],
    ['widget<boolean>', "'widget' takes no type arguments", 0],
    ['map<string>', 'takes 2 type arguments, got 1', 0],
    ['list', 'needs type arguments', 0],
    ['id:', "'id:' needs a resource type", 0],
    ['a:b', 'only id:<ResourceType>', 0],
    ['string x', "unexpected 'x'", 7],
  ])('parse(%j) fails: %s (at %d)', (text, message, offset) => {
    let error: unknown;
    try {
      parseType(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TypeSyntaxError);
    expect((error as TypeSyntaxError).message).toContain(message);
    expect((error as TypeSyntaxError).offset).toBe(offset);
  });

  it('knows each keyword of the language once', () => {
    expect([...TYPE_KEYWORDS].sort()).toEqual(
      ['binary', 'boolean', 'datetime', 'double', 'exception', 'id', 'list', 'long', 'map', 'opaque', 'optional']
        .concat(['secret', 'set', 'string', 'uri'])
        .sort(),
    );
  });
});

const RESOLVED: VapiType = {
  kind: 'optional',
  of: {
    kind: 'map',
    key: { kind: 'enum', id: 'a.kind' },
    value: { kind: 'list', of: { kind: 'ref', id: 'a.info' } },
  },
};

describe('the fold over type trees', () => {
  it('writes resolved types as manifest.json spells them', () => {
    expect(typeToString(RESOLVED)).toBe('optional<map<enum:a.kind,list<ref:a.info>>>');
    expect(typeToString({ kind: 'id', resource: 'VirtualMachine' })).toBe('id:VirtualMachine');
    expect(writeType(RESOLVED, (l) => l.kind)).toBe('optional<map<enum,list<ref>>>');
  });

  it('visits leaves left to right, the map key first', () => {
    expect([...typeLeaves(RESOLVED)]).toEqual([
      { kind: 'enum', id: 'a.kind' },
      { kind: 'ref', id: 'a.info' },
    ]);
    expect([...typeLeaves<VapiType>({ kind: 'primitive', name: 'long' })]).toEqual([
      { kind: 'primitive', name: 'long' },
    ]);
  });

  it('replaces leaves and shows each rebuilt container, inner ones first', () => {
    const seen: string[] = [];
    const out = mapType(
      RESOLVED,
      (l) => (l.kind === 'ref' ? { kind: 'primitive', name: 'string' } : l),
      (c) => seen.push(c.kind),
    );
    expect(typeToString(out as VapiType)).toBe('optional<map<enum:a.kind,list<string>>>');
    expect(seen).toEqual(['list', 'map', 'optional']);
    expect(typeToString(RESOLVED)).toBe('optional<map<enum:a.kind,list<ref:a.info>>>');
  });

  it('splits optional<T> into T and a flag', () => {
    expect(unwrapOptional(RESOLVED)).toEqual({ type: (RESOLVED as { of: VapiType }).of, optional: true });
    expect(unwrapOptional({ kind: 'id' })).toEqual({ type: { kind: 'id' }, optional: false });
  });
});

describe('path templates', () => {
  it.each([
    ['/api/vcenter/vm/{vm}/hardware/cdrom/{cdrom}?action=connect', ['vm', 'cdrom']],
    ['/api/vcenter/vm', []],
    ['/rest/vcenter/vm/{vm}/guest/environment/{name}?~action=get', ['vm', 'name']],
  ])('the parameters of %s', (path, names) => expect(pathParams(path)).toEqual(names));

  it('cuts a template at its placeholders and blanks them for comparison', () => {
    expect(splitPath('/api/vm/{vm}/cdrom/{cdrom}?action=x')).toEqual([
      '/api/vm/',
      'vm',
      '/cdrom/',
      'cdrom',
      '?action=x',
    ]);
    expect(splitPath('/api/vm')).toEqual(['/api/vm']);
    expect(pathShape('/api/vm/{vm}/x/{y}')).toBe('/api/vm/{}/x/{}');
  });

  it.each([
    ['/api/vm/{vm', "the placeholder '{vm…' is not closed: the path ends before its '}'", 8],
    ['/api/vm/{vm/hardware}/x', "the placeholder '{vm/…' is not closed: '/' comes before its '}'", 8],
    ['/api/vm/{}', "an empty placeholder '{}' names no parameter", 8],
    ['/api/vm}', "a '}' closes no placeholder", 7],
    ['/api/vm?action={x}', 'placeholders belong in the path, not in the query after ?', 15],
  ])('%s is malformed: %s (at %d)', (path, message, offset) => {
    expect(parsePath(path).problems[0]).toEqual({ message, offset });
    // What is not a placeholder is never taken for one: the other helpers see literal text.
    expect(pathParams(path)).toEqual([]);
    expect(splitPath(path)).toEqual([path]);
  });
});
