// A self-signed certificate for the fake's HTTPS, made at run time with node:crypto alone: an
// ECDSA P-256 key pair, and an X.509 v3 certificate for 127.0.0.1 and localhost written in DER
// by hand (the few ASN.1 types it needs) and signed with the key. Valid from a day ago for 30
// days. Emitted verbatim into the package (src/fake/); loaded only by the HTTPS server.

interface KeyObject {
  export(options: { type: string; format: string }): string | Uint8Array;
}
interface NodeCrypto {
  generateKeyPairSync(type: 'ec', options: { namedCurve: string }): { publicKey: KeyObject; privateKey: KeyObject };
  sign(algorithm: string, data: Uint8Array, key: KeyObject): Uint8Array;
  randomBytes(n: number): Uint8Array;
}

export interface SelfSigned {
  /** PEM certificate: what a client trusts (`createNodeFetch({ ca: cert })`). */
  cert: string;
  /** PEM private key (PKCS #8). */
  key: string;
}

// In a variable: bundlers leave it alone, and the package type-checks without Node's types.
const CRYPTO = 'node:crypto';

const bytes = (...parts: (Uint8Array | number[])[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let i = 0;
  for (const p of parts) out.set(p, (i += p.length) - p.length);
  return out;
};

/** One DER element: tag, length, content. */
function tlv(tag: number, ...content: (Uint8Array | number[])[]): Uint8Array {
  const body = bytes(...content);
  const n = body.length;
  const len = n < 0x80 ? [n] : n < 0x100 ? [0x81, n] : [0x82, n >> 8, n & 0xff];
  return bytes([tag], len, body);
}

const seq = (...c: Uint8Array[]): Uint8Array => tlv(0x30, ...c);
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

function oid(dotted: string): Uint8Array {
  const [a, b, ...rest] = dotted.split('.').map(Number);
  const out = [a! * 40 + b!];
  for (const n of rest) {
    const groups = [n & 0x7f];
    for (let v = n >>> 7; v; v >>>= 7) groups.unshift((v & 0x7f) | 0x80);
    out.push(...groups);
  }
  return tlv(0x06, out);
}

/** UTCTime (YYMMDDHHMMSSZ), right for the years 1950 to 2049. */
function utcTime(d: Date): Uint8Array {
  return tlv(0x17, utf8(d.toISOString().replace(/[-:T]/g, '').slice(2, 14) + 'Z'));
}

const pem = (label: string, der: Uint8Array): string =>
  `-----BEGIN ${label}-----\n${btoa(String.fromCharCode(...der))
    .replace(/.{64}/g, '$&\n')
    .replace(/\n$/, '')}\n-----END ${label}-----\n`;

/** Makes a key and a certificate for 127.0.0.1 / localhost, signed by itself. */
export async function selfSigned(commonName = 'vcgen fake vCenter'): Promise<SelfSigned> {
  const crypto = (await import(CRYPTO)) as NodeCrypto;
  const { publicKey, privateKey } = crypto.generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const spki = publicKey.export({ type: 'spki', format: 'der' }) as Uint8Array;
  const serial = crypto.randomBytes(16);
  // A positive INTEGER in its shortest form: a leading zero byte would be padding DER forbids.
  serial[0] = serial[0]! & 0x7f || 0x01;
  const name = seq(tlv(0x31, seq(oid('2.5.4.3'), tlv(0x0c, utf8(commonName)))));
  const ecdsaSha256 = seq(oid('1.2.840.10045.4.3.2'));
  const now = Date.now();
  const ext = (id: string, critical: boolean, value: Uint8Array): Uint8Array =>
    seq(oid(id), ...(critical ? [tlv(0x01, [0xff])] : []), tlv(0x04, value));
  const extensions = tlv(
    0xa3,
    seq(
      // subjectAltName: IP 127.0.0.1, DNS localhost
      ext('2.5.29.17', false, seq(tlv(0x87, [127, 0, 0, 1]), tlv(0x82, utf8('localhost')))),
      // basicConstraints CA:TRUE (it is its own issuer), keyUsage, extKeyUsage serverAuth
      ext('2.5.29.19', true, seq(tlv(0x01, [0xff]))),
      ext('2.5.29.15', true, tlv(0x03, [0x02, 0x84])),
      ext('2.5.29.37', false, seq(oid('1.3.6.1.5.5.7.3.1'))),
    ),
  );
  const tbs = seq(
    tlv(0xa0, tlv(0x02, [2])),
    tlv(0x02, serial),
    ecdsaSha256,
    name,
    seq(utcTime(new Date(now - 86_400_000)), utcTime(new Date(now + 30 * 86_400_000))),
    name,
    spki,
    extensions,
  );
  const signature = crypto.sign('sha256', tbs, privateKey);
  const der = seq(tbs, ecdsaSha256, tlv(0x03, [0], signature));
  return { cert: pem('CERTIFICATE', der), key: privateKey.export({ type: 'pkcs8', format: 'pem' }) as string };
}
