// A reader for the small part of Python that VMware's vAPI bindings are written in: the text is cut
// into tokens and logical lines (brackets, strings, comments and continuation lines as Python
// treats them), and literal expressions (calls, dotted names, strings, numbers, lists, tuples and
// dicts) are parsed into plain data. Nothing is evaluated or executed.

export class PythonSyntaxError extends Error {
  name = 'PythonSyntaxError';
  /** @param {string} message @param {number} line 1-based */
  constructor(message, line) {
    super(`line ${line}: ${message}`);
    this.line = line;
  }
}

const ESCAPES = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', v: '\v' };
const PAIRS = { '(': ')', '[': ']', '{': '}' };

/** Decodes the escapes of a non-raw string body (unknown escapes keep their backslash, as Python does). */
function unescape(body, line) {
  return body.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{1,3}|\n|.)/gs, (all, e) => {
    if (e === '\n') return '';
    if (e in ESCAPES) return ESCAPES[e];
    if (/^[xuU]/.test(e) && e.length > 1) return String.fromCodePoint(parseInt(e.slice(1), 16));
    if (/^[0-7]+$/.test(e)) return String.fromCodePoint(parseInt(e, 8));
    if (e === 'N') throw new PythonSyntaxError('\\N{…} escapes are not supported', line);
    return all;
  });
}

/**
 * The logical lines of a Python text: each a list of tokens `{ k, v, line, col }` with k one of
 * `name`, `str`, `num`, `op`; `indent` is the column of the line's first token.
 * @param {string} text
 * @returns {{ indent: number, line: number, tokens: { k: string, v: string, line: number, col: number }[] }[]}
 */
export function logicalLines(text) {
  const src = text.replace(/\r\n?/g, '\n');
  const lines = [];
  let tokens = [];
  const stack = [];
  let line = 1;
  let lineStart = 0;
  let i = 0;
  const end = () => {
    if (tokens.length) lines.push({ indent: tokens[0].col, line: tokens[0].line, tokens });
    tokens = [];
  };
  while (i < src.length) {
    const c = src[i];
    const col = i - lineStart;
    if (c === '\n') {
      if (!stack.length) end();
      line++;
      lineStart = ++i;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\f') {
      i++;
      continue;
    }
    if (c === '#') {
      while (i < src.length && src[i] !== '\n') i++;
      continue;
    }
    if (c === '\\' && src[i + 1] === '\n') {
      line++;
      i += 2;
      lineStart = i;
      continue;
    }
    const str = /^([rRuUbBfF]{0,2})('''|"""|'|")/.exec(src.slice(i, i + 5));
    if (str && (str[1] === '' || /[A-Za-z]/.test(c))) {
      const prefix = str[1].toLowerCase();
      const quote = str[2];
      if (prefix.includes('f')) throw new PythonSyntaxError('f-strings are not supported', line);
      const startLine = line;
      let j = i + str[0].length;
      let body = '';
      for (;;) {
        if (j >= src.length) throw new PythonSyntaxError('unterminated string', startLine);
        if (src.startsWith(quote, j)) break;
        const d = src[j];
        if (d === '\\') {
          body += src.slice(j, j + 2);
          if (src[j + 1] === '\n') {
            line++;
            lineStart = j + 2;
          }
          j += 2;
          continue;
        }
        if (d === '\n') {
          if (quote.length === 1) throw new PythonSyntaxError('unterminated string', startLine);
          line++;
          lineStart = j + 1;
        }
        body += d;
        j++;
      }
      tokens.push({ k: 'str', v: prefix.includes('r') ? body : unescape(body, startLine), line: startLine, col });
      i = j + quote.length;
      continue;
    }
    const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i, i + 200));
    if (word) {
      tokens.push({ k: 'name', v: word[0], line, col });
      i += word[0].length;
      continue;
    }
    const num = /^(?:0[xXoObB][0-9a-fA-F_]+|(?:\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(?:[eE][+-]?\d+)?[jJ]?)/.exec(
      src.slice(i, i + 100),
    );
    if (num && /[\d.]/.test(c) && num[0] !== '.') {
      tokens.push({ k: 'num', v: num[0], line, col });
      i += num[0].length;
      continue;
    }
    if (c in PAIRS) stack.push(PAIRS[c]);
    else if (c === ')' || c === ']' || c === '}') {
      if (stack.pop() !== c) throw new PythonSyntaxError(`unbalanced '${c}'`, line);
    }
    const op = /^(\*\*=?|\/\/=?|->|<<=?|>>=?|[-+*/%&|^@<>=!:]=|:=|[-+*/%&|^@<>=~.,:;()[\]{}])/.exec(
      src.slice(i, i + 3),
    );
    if (!op) throw new PythonSyntaxError(`unexpected character '${c}'`, line);
    tokens.push({ k: 'op', v: op[0], line, col });
    i += op[0].length;
  }
  if (stack.length) throw new PythonSyntaxError(`unclosed bracket, expected '${stack[stack.length - 1]}'`, line);
  end();
  return lines;
}

/**
 * Parses one literal expression from `tokens` starting at `at`. Values:
 * `{ t: 'str', v }`, `{ t: 'num', v }`, `{ t: 'name', v: 'a.b.c' }`,
 * `{ t: 'call', fn: 'a.b', args: [...], kw: { name: value } }`, `{ t: 'list' | 'tuple' | 'set', items }`,
 * `{ t: 'dict', entries: [[key, value], ...] }`.
 * @returns {{ value: any, next: number }}
 */
export function parseExpression(tokens, at = 0) {
  let i = at;
  const peek = () => tokens[i];
  const lineOf = () => (tokens[Math.min(i, tokens.length - 1)] ?? { line: 0 }).line;
  const expect = (v) => {
    const t = tokens[i];
    if (!t || t.k !== 'op' || t.v !== v)
      throw new PythonSyntaxError(`expected '${v}'${t ? `, found '${t.v}'` : ' at the end of the line'}`, lineOf());
    i++;
  };
  const isOp = (v) => peek()?.k === 'op' && peek().v === v;
  /** Items up to `close`, separated by commas (a trailing comma allowed); `kw`: name=value allowed. */
  const items = (close, kw) => {
    const args = [];
    const named = {};
    let comma = false;
    while (!isOp(close)) {
      const t = peek();
      if (kw && t?.k === 'name' && tokens[i + 1]?.k === 'op' && tokens[i + 1].v === '=') {
        i += 2;
        named[t.v] = expr();
      } else args.push(expr());
      if (!isOp(',')) break;
      comma = true;
      i++;
    }
    expect(close);
    return { args, named, comma };
  };
  const primary = () => {
    const t = peek();
    if (!t) throw new PythonSyntaxError('expected an expression at the end of the line', lineOf());
    if (t.k === 'str') {
      let v = '';
      while (peek()?.k === 'str') v += tokens[i++].v;
      return { t: 'str', v };
    }
    if (t.k === 'num') {
      i++;
      return { t: 'num', v: t.v };
    }
    if (t.k === 'op' && t.v === '-' && tokens[i + 1]?.k === 'num') {
      i += 2;
      return { t: 'num', v: `-${tokens[i - 1].v}` };
    }
    if (t.k === 'name') {
      let v = tokens[i++].v;
      while (isOp('.') && tokens[i + 1]?.k === 'name') {
        v += `.${tokens[i + 1].v}`;
        i += 2;
      }
      return { t: 'name', v };
    }
    if (t.k === 'op' && t.v === '(') {
      i++;
      const { args, comma } = items(')', false);
      return args.length === 1 && !comma ? args[0] : { t: 'tuple', items: args };
    }
    if (t.k === 'op' && t.v === '[') {
      i++;
      return { t: 'list', items: items(']', false).args };
    }
    if (t.k === 'op' && t.v === '{') {
      i++;
      const entries = [];
      const set = [];
      while (!isOp('}')) {
        const k = expr();
        if (isOp(':')) {
          i++;
          entries.push([k, expr()]);
        } else set.push(k);
        if (!isOp(',')) break;
        i++;
      }
      expect('}');
      if (entries.length && set.length) throw new PythonSyntaxError('a dict mixed with set items', lineOf());
      return set.length ? { t: 'set', items: set } : { t: 'dict', entries };
    }
    throw new PythonSyntaxError(`unexpected '${t.v}' in an expression`, t.line);
  };
  const expr = () => {
    let v = primary();
    while (isOp('(')) {
      if (v.t !== 'name') throw new PythonSyntaxError('only named functions can be called here', lineOf());
      i++;
      const { args, named } = items(')', true);
      v = { t: 'call', fn: v.v, args, kw: named };
      if (isOp('.') && tokens[i + 1]?.k === 'name')
        throw new PythonSyntaxError('attribute access on a call result is not supported', lineOf());
    }
    return v;
  };
  const value = expr();
  return { value, next: i };
}

/** The whole token list as one expression (anything left over is an error). */
export function parseWhole(tokens, at = 0) {
  const { value, next } = parseExpression(tokens, at);
  if (next !== tokens.length)
    throw new PythonSyntaxError(`unexpected '${tokens[next].v}' after the expression`, tokens[next].line);
  return value;
}
