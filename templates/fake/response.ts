// The Response of the in-process fetch. A real `Response` (status, headers, `instanceof`), whose
// body is the answer's text, read without a stream: making a ReadableStream for every answer and
// reading it back costs ten times what the fake spends on the call. The stream is made only if
// something asks for `body` (then every read goes through it). Its `content-length` is announced,
// as a server's would be, so that a client that reads bodies announced within its limit whole
// (the package's runtime does) never asks for the stream. Emitted verbatim (src/fake/).

/** A Response holding `text` as its body (`''`: no body). */
export function textResponse(text: string, status: number, headers: Readonly<Record<string, string>>): Response {
  return text
    ? new TextResponse(text, { status, headers: { ...headers, 'content-length': String(byteLength(text)) } })
    : new Response(null, { status, headers });
}

/** The length of `text` in UTF-8 (a lone surrogate counts as U+FFFD, as TextEncoder writes it). */
export function byteLength(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) n += 1;
    else if (c >= 0xd800 && c < 0xdc00 && (text.charCodeAt(i + 1) & 0xfc00) == 0xdc00) {
      // A surrogate pair: two units, four bytes.
      n += 2;
      i++;
    } else n += 2;
  }
  return n;
}

class TextResponse extends Response {
  #text: string;
  #used = false;
  #streamed: Response | undefined;

  constructor(text: string, init: ResponseInit) {
    super(null, init);
    this.#text = text;
  }

  /** The response with a real stream body, made once `body` has been asked for. */
  #stream(): Response {
    return (this.#streamed ??= new Response(this.#used ? null : this.#text, {
      status: this.status,
      statusText: this.statusText,
      headers: this.headers,
    }));
  }

  #read(): Promise<string> {
    if (this.#streamed) return this.#streamed.text();
    if (this.#used) return Promise.reject(new TypeError('Body is unusable: Body has already been read'));
    this.#used = true;
    return Promise.resolve(this.#text);
  }

  override text(): Promise<string> {
    return this.#read();
  }

  override json(): Promise<any> {
    return this.#read().then((t) => JSON.parse(t));
  }

  override arrayBuffer(): Promise<ArrayBuffer> {
    return this.#read().then((t) => new TextEncoder().encode(t).buffer as ArrayBuffer);
  }

  override blob(): Promise<Blob> {
    return this.#read().then((t) => new Blob([t], { type: this.headers.get('content-type') ?? '' }));
  }

  override formData(): Promise<FormData> {
    return this.#stream().formData();
  }

  override clone(): Response {
    if (this.#streamed || this.#used) return this.#stream().clone();
    return new TextResponse(this.#text, { status: this.status, statusText: this.statusText, headers: this.headers });
  }

  static {
    // `body` and `bodyUsed` are accessors of Response.prototype: the stream, made on demand.
    Object.defineProperties(TextResponse.prototype, {
      body: {
        get(this: TextResponse) {
          return this.#stream().body;
        },
      },
      bodyUsed: {
        get(this: TextResponse) {
          return this.#used || (this.#streamed?.bodyUsed ?? false);
        },
      },
    });
  }
}
