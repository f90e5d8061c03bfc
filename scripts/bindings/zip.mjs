// Reads a zip archive (a Python wheel) held in memory: the central directory, then each member's
// local header and data, stored or deflated. No ZIP64, no encryption, no multi-disk archives: a
// wheel of text files needs none of them, and an archive that uses them is refused with a clear
// error rather than read wrongly. Every member's CRC-32 and size are checked.
import { crc32, inflateRawSync } from 'node:zlib';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export class ZipError extends Error {
  name = 'ZipError';
}

/**
 * The members of a zip archive: name → bytes (directories left out). `where` names the archive in
 * error messages.
 * @param {Uint8Array} bytes
 * @param {string} [where]
 * @returns {Map<string, Buffer>}
 */
export function readZip(bytes, where = 'archive') {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const fail = (msg) => {
    throw new ZipError(`${where}: ${msg}`);
  };
  // The end-of-central-directory record: 22 bytes plus a comment of at most 65535 bytes.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === EOCD && i + 22 + buf.readUInt16LE(i + 20) === buf.length) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) fail('not a zip archive (no end of central directory record)');
  const disk = buf.readUInt16LE(eocd + 4);
  const count = buf.readUInt16LE(eocd + 10);
  const size = buf.readUInt32LE(eocd + 12);
  const offset = buf.readUInt32LE(eocd + 16);
  if (disk !== 0 || buf.readUInt16LE(eocd + 8) !== count) fail('multi-disk archives are not supported');
  if (count === 0xffff || offset === 0xffffffff) fail('ZIP64 archives are not supported');
  if (offset + size > eocd) fail('central directory lies outside the archive');
  const out = new Map();
  let p = offset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > eocd || buf.readUInt32LE(p) !== CENTRAL) fail(`central directory entry ${n} is damaged`);
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const crc = buf.readUInt32LE(p + 16);
    const packed = buf.readUInt32LE(p + 20);
    const length = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString(flags & 0x800 ? 'utf8' : 'latin1', p + 46, p + 46 + nameLen);
    p += 46 + nameLen + extraLen + commentLen;
    if (name.endsWith('/')) continue;
    if (flags & 0x1) fail(`${name}: encrypted members are not supported`);
    if (packed === 0xffffffff || length === 0xffffffff || local === 0xffffffff)
      fail(`${name}: ZIP64 members are not supported`);
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== LOCAL) fail(`${name}: local header is damaged`);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    if (start + packed > buf.length) fail(`${name}: data runs past the end of the archive`);
    const raw = buf.subarray(start, start + packed);
    let data;
    if (method === 0) data = Buffer.from(raw);
    else if (method === 8) {
      try {
        data = inflateRawSync(raw);
      } catch (e) {
        fail(`${name}: cannot inflate (${e instanceof Error ? e.message : String(e)})`);
      }
    } else fail(`${name}: compression method ${method} is not supported (only stored and deflated)`);
    if (data.length !== length) fail(`${name}: size is ${data.length}, the directory says ${length}`);
    if (crc32(data) >>> 0 !== crc) fail(`${name}: CRC-32 does not match`);
    if (out.has(name)) fail(`${name}: listed twice`);
    out.set(name, data);
  }
  return out;
}
