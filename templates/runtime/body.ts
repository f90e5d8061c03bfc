// Reading a response body as text, never more of it than the client's `maxResponseBytes`: through
// the body's stream, cancelled once the limit is passed (which ends the request), or whole when a
// Response that is not the platform's own announces its length within the limit. Emitted
// verbatim into the package (src/runtime/).
import { TransportError } from './errors.js';

/**
 * The body of `res` as text (UTF-8), read up to `max` bytes: a larger one fails the call to
 * `operation` with a TransportError of kind `too-large`, and its download stops.
 * @internal
 */
export async function readBody(res: Response, max: number, operation: string): Promise<string> {
  const { headers } = res;
  // A Response of a class of its own (the package's in-process fake, a mock) may hold its body as
  // text, which `text()` returns without making a stream: making one and reading it back costs
  // more than the rest of a call against the fake. It is read whole when its length is announced
  // within the limit and is not a compressed one. Decoded text is never longer in UTF-16 units
  // than its UTF-8 bytes, so a body longer than announced still fails as too large. The
  // platform's own Responses hold a stream, which the reader below reads faster than `text()`.
  const length = res.constructor != Response && headers.get('content-length');
  let text = '';
  let size = 0;
  if (length && +length <= max && !headers.has('content-encoding')) size = (text = await res.text()).length;
  else {
    const reader = res.body?.getReader();
    const decoder = new TextDecoder();
    for (let r; reader && !(r = await reader.read()).done;) {
      if ((size += r.value.byteLength) > max) {
        // Cancelling the body ends the request (the connection is not reused).
        reader.cancel().catch(() => undefined);
        break;
      }
      text += decoder.decode(r.value, { stream: true });
    }
    text += decoder.decode();
  }
  if (size > max)
    throw new TransportError(
      'too-large',
      operation,
      `${operation}: the response body is larger than maxResponseBytes (${max} bytes)`,
    );
  return text;
}
