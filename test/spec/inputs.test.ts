// The error corpus for what reaches the loader before any rule does: the files of the spec
// directory (FIFOs, links, an api.yaml that is a directory), their bytes (encodings, control
// characters) and YAML's own features (aliases, alias bombs, duplicate and non-text keys, deep
// nesting). Each case ends in located diagnostics, never a crash or a hang; aliases work.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagnosticError, formatDiagnostic, type Diagnostic } from '../../generator/diagnostics.js';
import { buildIr } from '../../generator/ir/build.js';
import { loadSpec } from '../../generator/spec/load.js';
import { checkSpec } from '../../generator/spec/validate.js';
import { fixtureDir } from '../setup/generate.js';

function spec(prepare: (dir: string) => void = () => undefined): string {
  const dir = mkdtempSync(join(tmpdir(), 'vcgen-inputs-'));
  cpSync(fixtureDir('minimal'), dir, { recursive: true });
  prepare(dir);
  return dir;
}

function diagnose(dir: string): Diagnostic[] {
  try {
    checkSpec(loadSpec(dir, (p) => p.slice(dir.length + 1) || '.'));
  } catch (e) {
    if (e instanceof DiagnosticError) return e.diagnostics;
    throw e;
  }
  return [];
}

const text = (diags: Diagnostic[]): string => diags.map(formatDiagnostic).join('\n');

function edit(dir: string, file: string, from: string | RegExp, to: string): void {
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = before.replace(from, to);
  if (after === before) throw new Error(`edit did not apply: ${String(from)}`);
  writeFileSync(path, after);
}

/** Inserts raw bytes into a file just after the first occurrence of `after`. */
function insertBytes(dir: string, file: string, after: string, bytes: number[]): void {
  const path = join(dir, file);
  const buf = readFileSync(path);
  const at = buf.indexOf(after) + Buffer.byteLength(after);
  writeFileSync(path, Buffer.concat([buf.subarray(0, at), Buffer.from(bytes), buf.subarray(at)]));
}

const lineOf = (dir: string, file: string, needle: string): number =>
  readFileSync(join(dir, file), 'utf8')
    .split('\n')
    .findIndex((l) => l.includes(needle)) + 1;

describe('files of the spec directory', () => {
  it('refuses a FIFO named *.yaml instead of waiting for it forever', (ctx) => {
    if (process.platform === 'win32') ctx.skip('needs mkfifo, which Windows does not have');
    const dir = spec((d) => execFileSync('mkfifo', [join(d, 'pipe.yaml')]));
    const t0 = Date.now();
    const diags = diagnose(dir);
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(text(diags)).toBe(
      'pipe.yaml: error [spec-file] refusing to read it: it is a FIFO (named pipe), not a regular file\n' +
        '    fix: spec files must be regular files; remove it or rename it so that it does not end in .yaml',
    );
  });

  it('names dangling links, link loops and directories reached twice', () => {
    const dir = spec((d) => {
      symlinkSync(join(d, 'gone.yaml'), join(d, 'dangling.yaml'));
      symlinkSync(join(d, 'self.yaml'), join(d, 'self.yaml'));
      mkdirSync(join(d, 'sub'));
      symlinkSync(d, join(d, 'sub', 'back'));
    });
    const messages = diagnose(dir).map((x) => `${x.file}: ${x.message}`);
    expect(messages).toEqual([
      'dangling.yaml: cannot read a dangling symbolic link (its target does not exist)',
      'self.yaml: cannot read a symbolic link that cannot be followed (a symbolic link loop)',
      'sub/back: symbolic link loop: this directory is . again; not read twice',
    ]);
  });

  it('follows links to files and directories', () => {
    const dir = spec((d) => {
      mkdirSync(join(d, 'elsewhere'));
      const other = mkdtempSync(join(tmpdir(), 'vcgen-inputs-linked-'));
      writeFileSync(join(other, 'extra.yaml'), 'package: com.vmware.vcenter.vm.linked\nenums:\n  e: { values: [A] }\n');
      symlinkSync(other, join(d, 'elsewhere', 'linked'));
      writeFileSync(
        join(d, 'elsewhere', 'real.yaml'),
        'package: com.vmware.vcenter.vm.real\nenums:\n  e: { values: [A] }\n',
      );
      symlinkSync(join(d, 'elsewhere', 'real.yaml'), join(d, 'alias.yaml'));
    });
    // The same file reached twice (by its name and by a link) is one unit declared twice.
    expect(text(diagnose(dir))).toMatch(
      /^elsewhere\/real\.yaml:1:10: error \[duplicate-unit\] package 'com\.vmware\.vcenter\.vm\.real' is declared in two files \(first: alias\.yaml\)/,
    );
    rmSync(join(dir, 'alias.yaml'));
    expect(diagnose(dir)).toEqual([]);
  });

  it('says that api.yaml is a directory, and what is wrong with the spec directory itself', () => {
    const dir = spec((d) => {
      rmSync(join(d, 'api.yaml'));
      mkdirSync(join(d, 'api.yaml'));
    });
    expect(diagnose(dir).map((d) => [d.file, d.message])).toEqual([
      ['api.yaml', 'api.yaml is a directory; it must be a file'],
    ]);
    const missing = join(dir, 'nope');
    expect(() => loadSpec(missing, () => 'nope')).toThrow(DiagnosticError);
    expect(diagnose(missing)[0]!.message).toBe('cannot read the spec directory: it does not exist');
    expect(diagnose(join(dir, 'cdrom.yaml'))[0]).toMatchObject({
      message: 'the spec directory is not a directory',
      fix: 'pass the directory that holds this file, not the file',
    });
  });
});

describe('bytes of a spec file', () => {
  it('refuses bytes that are not UTF-8, at their line and column', () => {
    const dir = spec((d) => insertBytes(d, 'cdrom.yaml', '{ name: ', [0xe9]));
    const line = lineOf(dir, 'cdrom.yaml', '{ name: ');
    const [d] = diagnose(dir);
    expect(d).toMatchObject({
      rule: 'encoding',
      message: "byte 0xE9 is not UTF-8 (in Latin-1 it would be 'é'); the file is in another encoding",
    });
    expect(d!.loc).toMatchObject({ file: 'cdrom.yaml', line });
    expect(d!.loc!.col).toBe(
      readFileSync(join(dir, 'cdrom.yaml'), 'latin1').split('\n')[line - 1]!.indexOf('{ name: ') + 9,
    );
  });

  it.each([
    [
      'UTF-16 with its byte-order mark',
      (t: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')]),
      /the file is UTF-16/,
    ],
    [
      'UTF-16 without one',
      (t: string) => Buffer.from(t, 'utf16le'),
      /U\+0000 .*NUL bytes between characters mean the file is UTF-16/,
    ],
    [
      'UTF-32',
      (t: string) => Buffer.concat([Buffer.from([0, 0, 0xfe, 0xff]), Buffer.from(t, 'latin1')]),
      /the file is UTF-32/,
    ],
  ])('refuses a file in %s', (_name, encode, message) => {
    const dir = spec((d) => writeFileSync(join(d, 'cdrom.yaml'), encode(readFileSync(join(d, 'cdrom.yaml'), 'utf8'))));
    const diags = diagnose(dir);
    expect(diags).toHaveLength(1);
    expect(diags[0]).toMatchObject({
      rule: 'encoding',
      loc: { file: 'cdrom.yaml' },
      fix: expect.stringMatching(/save the file as UTF-8/),
    });
    expect(diags[0]!.message).toMatch(message);
  });

  it('refuses raw control characters, which YAML does not allow, and accepts them escaped', () => {
    const raw = spec((d) => edit(d, 'cdrom.yaml', 'Read one CD-ROM.', 'Read one\u0000 CD-ROM.'));
    expect(text(diagnose(raw))).toMatch(
      /^cdrom\.yaml:\d+:\d+: error \[encoding\] control character U\+0000 is not allowed raw in a YAML file/,
    );
    const escaped = spec((d) =>
      edit(d, 'cdrom.yaml', 'description: Read one CD-ROM.', 'description: "Read one\\0 CD-ROM."'),
    );
    expect(diagnose(escaped)).toEqual([]);
  });

  it('reads a UTF-8 byte-order mark as nothing', () => {
    const dir = spec((d) =>
      writeFileSync(join(d, 'cdrom.yaml'), `\uFEFF${readFileSync(join(d, 'cdrom.yaml'), 'utf8')}`),
    );
    expect(diagnose(dir)).toEqual([]);
  });
});

describe('YAML features', () => {
  it('supports aliases: an aliased parameter is a parameter of both operations', () => {
    const dir = spec((d) => {
      edit(
        d,
        'cdrom.yaml',
        /(get:[\s\S]*?params:\n\s*- )\{ name: vm, type: "id:VirtualMachine" \}/,
        '$1&vm { name: vm, type: "id:VirtualMachine" }',
      );
      edit(d, 'cdrom.yaml', /(list:[\s\S]*?params:\n\s*- )\{ name: vm, type: "id:VirtualMachine" \}/, '$1*vm');
    });
    const ir = buildIr(checkSpec(loadSpec(dir)));
    const cdrom = ir.services.find((s) => s.id.endsWith('cdrom'))!;
    for (const op of ['get', 'list']) {
      expect(cdrom.operations.find((o) => o.name === op)!.params[0]).toMatchObject({
        name: 'vm',
        in: 'path',
        type: { kind: 'id', resource: 'VirtualMachine' },
      });
    }
  });

  it('reports an alias without an anchor, and one inside what it names', () => {
    const dir = spec((d) => {
      edit(d, 'cdrom.yaml', '{ name: vm, type: "id:VirtualMachine" }', '*nothing');
      writeFileSync(join(d, 'loop.yaml'), 'package: com.vmware.vcenter.vm.loop\nenums: &self\n  e: *self\n');
    });
    expect(diagnose(dir).map((d) => `${d.loc?.file}:${d.loc?.line} ${d.rule} ${d.message}`)).toEqual([
      `cdrom.yaml:${lineOf(dir, 'cdrom.yaml', '*nothing')} yaml-alias alias *nothing has no anchor &nothing before it`,
      'loop.yaml:3 yaml-alias alias *self is inside the node &self it names, which would never end',
    ]);
  });

  it('refuses an alias bomb (billion laughs) at the alias where it blows up, quickly', () => {
    let bomb =
      'package: com.vmware.vcenter.vm.bomb\ndescription: x\nenums:\n  e: { values: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol] }\n';
    for (let i = 1; i < 9; i++)
      bomb += `  e${i}: { values: &a${i} [${Array(10)
        .fill(`*a${i - 1}`)
        .join(', ')}] }\n`;
    const dir = spec((d) => writeFileSync(join(d, 'bomb.yaml'), bomb));
    const t0 = Date.now();
    const diags = diagnose(dir);
    expect(Date.now() - t0).toBeLessThan(5_000);
    expect(diags).toHaveLength(1);
    expect(diags[0]).toMatchObject({ rule: 'yaml-alias', loc: { file: 'bomb.yaml', line: 8 } });
    expect(diags[0]!.message).toMatch(
      /^aliases would add more than 100,000 values to this file \(an alias bomb\?\); refused at \*a3$/,
    );
  });

  it('accepts many aliases of a small value (150, beyond yaml’s own limit of 100)', () => {
    const values = Array.from({ length: 150 }, (_, i) => `      - { value: V${i}, description: *d }`).join('\n');
    const dir = spec((d) =>
      writeFileSync(
        join(d, 'many.yaml'),
        `package: com.vmware.vcenter.vm.many\ndescription: &d shared words\nenums:\n  e:\n    values:\n${values}\n`,
      ),
    );
    expect(diagnose(dir)).toEqual([]);
  });

  it('finds duplicate keys in one pass, naming the key and the first one', () => {
    const keys = Array.from({ length: 30_000 }, (_, i) => `      - { value: V${i} }`).join('\n');
    const dir = spec((d) =>
      writeFileSync(
        join(d, 'big.yaml'),
        `package: com.vmware.vcenter.vm.big\nenums:\n  e:\n    values:\n${keys}\n  f: { values: [A] }\n  e: { values: [B] }\n`,
      ),
    );
    const t0 = Date.now();
    const diags = diagnose(dir);
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(text(diags)).toBe(
      "big.yaml:30006:3: error [duplicate-key] key 'e' appears twice in this map (first at line 3)\n    fix: remove or rename one of them (names must be unique)",
    );
  });

  it('refuses keys that are lists or maps, and merge keys of YAML 1.1', () => {
    const dir = spec((d) => {
      writeFileSync(join(d, 'key.yaml'), 'package: com.vmware.vcenter.vm.key\n? [a, b]\n: 1\n');
      edit(
        d,
        'cdrom.yaml',
        '    description: Read one CD-ROM.',
        '    <<: { since: "7.0" }\n    description: Read one CD-ROM.',
      );
    });
    const diags = diagnose(dir);
    expect(diags.map((d) => d.rule)).toEqual(['schema', 'yaml-key']);
    expect(diags[0]).toMatchObject({
      message: "unknown key '<<' in 'operations.get' (service file)",
      fix: expect.stringMatching(/^merge keys \(<<\) belong to YAML 1\.1/),
    });
    expect(diags[1]).toMatchObject({
      loc: { file: 'key.yaml', line: 2, col: 3 },
      message: 'a map key must be a plain value, not a list or a map',
    });
  });

  it('refuses values nested too deeply to read, without a crash', () => {
    const dir = spec((d) =>
      writeFileSync(
        join(d, 'deep.yaml'),
        `package: com.vmware.vcenter.vm.deep\nx: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`,
      ),
    );
    const diags = diagnose(dir);
    expect(diags[0]).toMatchObject({
      rule: 'yaml-syntax',
      message: 'YAML: the values are nested too deeply to read',
      loc: { file: 'deep.yaml', line: 2 },
    });
  });
});
