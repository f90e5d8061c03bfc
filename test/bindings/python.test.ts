// The Python reader: logical lines as Python forms them, and literal expressions as data.
import { describe, expect, it } from 'vitest';
import { logicalLines, parseWhole, type PyValue } from '../../scripts/bindings/python.mjs';

const lines = (text: string) => logicalLines(text).map((l) => [l.line, l.indent, l.tokens.map((t) => t.v).join(' ')]);
const expr = (text: string): PyValue => {
  const [l] = logicalLines(text);
  return parseWhole(l!.tokens);
};
const s = (v: string): PyValue => ({ t: 'str', v });
const n = (v: string): PyValue => ({ t: 'name', v });
const call = (fn: string, args: PyValue[], kw: Record<string, PyValue> = {}): PyValue => ({ t: 'call', fn, args, kw });

describe('logicalLines', () => {
  const table: [string, string, (string | number)[][]][] = [
    [
      'one line per statement, with indentation',
      'a = 1\nclass X(Y):\n    b = 2\n',
      [
        [1, 0, 'a = 1'],
        [2, 0, 'class X ( Y ) :'],
        [3, 4, 'b = 2'],
      ],
    ],
    [
      'brackets join lines',
      "x = {\n  'a':\n    1,\n}\ny = 2",
      [
        [1, 0, 'x = { a : 1 , }'],
        [5, 0, 'y = 2'],
      ],
    ],
    ['backslash continuation', 'x = 1 + \\\n  2\n', [[1, 0, 'x = 1 + 2']]],
    ['comments and blank lines', '# c\n\nx = 1  # c\n   \n', [[3, 0, 'x = 1']]],
    [
      'a docstring spans lines',
      'def f():\n    """a\n    b"""\n    x = 1\n',
      [
        [1, 0, 'def f ( ) :'],
        [2, 4, 'a\n    b'],
        [4, 4, 'x = 1'],
      ],
    ],
    [
      'CRLF line ends',
      'a = 1\r\nb = 2\r\n',
      [
        [1, 0, 'a = 1'],
        [2, 0, 'b = 2'],
      ],
    ],
    ['operators of two characters', 'a == b != c -> d ** e', [[1, 0, 'a == b != c -> d ** e']]],
  ];
  for (const [what, text, want] of table) it(what, () => expect(lines(text)).toEqual(want));

  const strings: [string, string][] = [
    ["'it\\'s'", "it's"],
    ['"a\\nb"', 'a\nb'],
    ["r'a\\nb'", 'a\\nb'],
    ["u'\\u00e9'", 'é'],
    ["'\\x41\\101'", 'AA'],
    ["'keep \\d'", 'keep \\d'],
    ["'''a'b'''", "a'b"],
    ['"""x\\\ny"""', 'xy'],
  ];
  for (const [src, want] of strings)
    it(`string ${src}`, () => expect(logicalLines(`x = ${src}`)[0]!.tokens[2]!.v).toBe(want));

  const errors: [string, RegExp][] = [
    ["x = 'abc\n", /line 1: unterminated string/],
    ['x = (1,\ny = 2]\n', /line 2: unbalanced '\]'/],
    ['x = (1,\n', /unclosed bracket, expected '\)'/],
    ['x = f"{y}"', /f-strings are not supported/],
    ['x = ?', /unexpected character '\?'/],
  ];
  for (const [src, want] of errors)
    it(`refuses ${JSON.stringify(src)}`, () => expect(() => logicalLines(src)).toThrow(want));
});

describe('parseWhole', () => {
  const table: [string, string, PyValue][] = [
    ['a dotted name', 'type.StringType', n('type.StringType')],
    ['a call without arguments', 'type.StringType()', call('type.StringType', [])],
    ['nested calls', 'type.OptionalType(type.IdType())', call('type.OptionalType', [call('type.IdType', [])])],
    [
      'keyword arguments and lists',
      "type.IdType(resource_types=['A', 'B'], resource_type_field_name='t')",
      call('type.IdType', [], {
        resource_types: { t: 'list', items: [s('A'), s('B')] },
        resource_type_field_name: s('t'),
      }),
    ],
    [
      'a dict with a trailing comma',
      "{'a': 1, 'b': x,}",
      {
        t: 'dict',
        entries: [
          [s('a'), { t: 'num', v: '1' }],
          [s('b'), n('x')],
        ],
      },
    ],
    ['a set', "{'a', 'b'}", { t: 'set', items: [s('a'), s('b')] }],
    ['an empty dict', '{}', { t: 'dict', entries: [] }],
    ['a tuple', "('f', True)", { t: 'tuple', items: [s('f'), n('True')] }],
    ['a one-element tuple', '(x,)', { t: 'tuple', items: [n('x')] }],
    ['parentheses alone group', '(x)', n('x')],
    ['adjacent strings join', "'a' 'b'", s('ab')],
    ['a negative number', '-1', { t: 'num', v: '-1' }],
  ];
  for (const [what, src, want] of table) it(what, () => expect(expr(`${src}\n`)).toEqual(want));

  const errors: [string, RegExp][] = [
    ['f(x) y', /unexpected 'y' after the expression/],
    ['f(x', /unclosed bracket/],
    ['f(,)', /unexpected ','/],
    ['x[1]', /unexpected '\['/],
    ['(1)(2)', /only named functions can be called/],
  ];
  for (const [src, want] of errors) it(`refuses ${src}`, () => expect(() => expr(src)).toThrow(want));
});
