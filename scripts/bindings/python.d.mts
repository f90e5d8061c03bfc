// Types of python.mjs.
export declare class PythonSyntaxError extends Error {
  readonly line: number;
  constructor(message: string, line: number);
}
export interface Token {
  k: 'name' | 'str' | 'num' | 'op';
  v: string;
  line: number;
  col: number;
}
export interface LogicalLine {
  indent: number;
  line: number;
  tokens: Token[];
}
/** A parsed literal expression. */
export type PyValue =
  | { t: 'str' | 'num' | 'name'; v: string }
  | { t: 'call'; fn: string; args: PyValue[]; kw: Record<string, PyValue> }
  | { t: 'list' | 'tuple' | 'set'; items: PyValue[] }
  | { t: 'dict'; entries: [PyValue, PyValue][] };
export declare function logicalLines(text: string): LogicalLine[];
export declare function parseExpression(tokens: Token[], at?: number): { value: PyValue; next: number };
export declare function parseWhole(tokens: Token[], at?: number): PyValue;
