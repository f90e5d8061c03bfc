// The wheel reader's zip part: members stored and deflated read back byte for byte; damaged or
// unsupported archives are refused with an error that names the archive and the member.
import { describe, expect, it } from 'vitest';
import { readZip } from '../../scripts/bindings/zip.mjs';
import { writeZip } from './zip-writer.js';

const text = 'class Cdrom(VapiInterface):\n    pass\n'.repeat(50);

describe('readZip', () => {
  it('reads stored and deflated members, UTF-8 names and an archive comment', () => {
    const zip = writeZip(
      [
        { name: 'com/vmware/a_client.py', data: text, method: 8 },
        { name: 'com/vmware/b_client.py', data: 'x = 1\n', method: 0 },
        { name: 'dir/', data: '', method: 0 },
        { name: 'naïve.txt', data: 'é', method: 0 },
      ],
      'a comment',
    );
    const got = readZip(zip, 'test.whl');
    expect([...got.keys()]).toEqual(['com/vmware/a_client.py', 'com/vmware/b_client.py', 'naïve.txt']);
    expect(got.get('com/vmware/a_client.py')?.toString()).toBe(text);
    expect(got.get('com/vmware/b_client.py')?.toString()).toBe('x = 1\n');
    expect(got.get('naïve.txt')?.toString()).toBe('é');
  });

  it('reads an empty archive', () => {
    expect(readZip(writeZip([])).size).toBe(0);
  });

  const good = writeZip([{ name: 'a.py', data: text }]);
  const cases: [string, Buffer, RegExp][] = [
    ['not a zip', Buffer.from('hello, this is not an archive at all'), /t\.whl: not a zip archive/],
    [
      'a CRC that does not match',
      writeZip([{ name: 'a.py', data: text, crc: 1 }]),
      /t\.whl: a\.py: CRC-32 does not match/,
    ],
    [
      'an encrypted member',
      writeZip([{ name: 'a.py', data: text, flags: 1 }]),
      /a\.py: encrypted members are not supported/,
    ],
    [
      'an unknown compression method',
      writeZip([{ name: 'a.py', data: text, method: 12 as 0 }]),
      /a\.py: compression method 12/,
    ],
    ['data cut short', Buffer.concat([good.subarray(0, 40), good.subarray(good.length - 22 - 36)]), /t\.whl: /],
    [
      'a ZIP64 end record',
      (() => {
        const z = Buffer.from(good);
        z.writeUInt32LE(0xffffffff, z.length - 22 + 16);
        return z;
      })(),
      /ZIP64 archives are not supported/,
    ],
    [
      'damaged deflate data',
      (() => {
        const z = Buffer.from(good);
        z.fill(0xff, 40, 60);
        return z;
      })(),
      /a\.py: (cannot inflate|CRC-32 does not match|size is)/,
    ],
  ];
  for (const [what, zip, want] of cases)
    it(`refuses ${what}`, () => {
      expect(() => readZip(zip, 't.whl')).toThrow(want);
    });
});
