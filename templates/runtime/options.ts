// What the client's and each call's options must be, checked where they are given: a TypeError
// that says what an option must be (never showing a string: it may be a secret), and the options
// that moved to plugins, auth strategies or fetch adapters refused by name rather than ignored.
// Emitted verbatim into the package (src/runtime/).

/**
 * A header value fetch can send (no CR, LF or NUL, which would start a header of their own, and
 * nothing beyond U+00FF), not empty: what a session id must be.
 * @internal
 */
export const sendable = (v: unknown): boolean => typeof v == 'string' && /^[^\0\n\r\u0100-\uffff]+$/.test(v);

const ms = (v: unknown) => typeof v == 'number' && v >= 0;
/** What each option must be, when given (client and call options alike). */
const RULES: [string, (v: any) => unknown, string][] = [
  ['timeoutMs', ms, 'milliseconds ≥ 0 (0 or Infinity: no timeout)'],
  ['maxResponseBytes', (v) => ms(v) && v, 'a number of bytes > 0'],
  [
    'headers',
    (v) => v && Object.values(v).every((h) => h === '' || sendable(h)),
    'strings without CR, LF, NUL or characters beyond U+00FF',
  ],
  ['sessionId', sendable, 'a string that can be sent in a header'],
  ['signal', (v) => v?.addEventListener, 'an AbortSignal'],
  ['fetch', (v) => v?.call, 'a function'],
  ['style', (v) => v?.encode, 'api or rest'],
];

/**
 * Throws a TypeError saying what an option must be; never shows a string (it may be a secret).
 * @internal
 */
export function checkOptions(options: object): void {
  for (const [name, ok, what] of RULES) {
    const v = (options as Record<string, unknown>)[name];
    if (v !== undefined && !ok(v))
      throw new TypeError(`${name} must be ${what} (got ${typeof v == 'number' ? v : typeof v})`);
  }
}

/**
 * Checks the options of a client (those that moved fail loudly, the others as `checkOptions`)
 * and returns its base URL without trailing slashes.
 * @internal
 */
export function clientBaseUrl(options: { baseUrl: string; style?: unknown }): string {
  const all = options as Record<string, unknown>;
  for (const k of 'retry onRequest onResponse logger ca insecure username password style'.split(' '))
    if (all[k] !== undefined && (k != 'style' || typeof all.style == 'string'))
      throw new TypeError(`option ${k} moved (see the package README)`);
  checkOptions(options);
  const base = options.baseUrl;
  if (!/^https?:\/\//i.test(base))
    throw new TypeError(`baseUrl must be a URL starting with http:// or https:// (got ${typeof base})`);
  return String(base).replace(/\/+$/, '');
}
