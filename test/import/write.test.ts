// Writing the spec directory: layout, modeline, same bytes on every run, files no longer produced
// removed, an unrelated directory never replaced, and the result loads and checks cleanly.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { importCommand } from '../../generator/commands/import.js';
import { scalar } from '../../generator/import/write/yaml.js';
import { runImport } from '../../generator/import/run.js';
import { loadSpec } from '../../generator/spec/load.js';
import { checkSpec } from '../../generator/spec/validate.js';
import { SWAGGER, tmpSpec } from './util.js';

function listFiles(dir: string, base = ''): string[] {
  return readdirSync(join(dir, base), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listFiles(dir, join(base, e.name)) : [join(base, e.name)]))
    .sort();
}

const importInto = (out: string) =>
  runImport({ file: SWAGGER, out, only: 'com.vmware.vcenter.vm', overlays: null, compare: null });

describe('writing the spec directory', () => {
  it('writes one file per unit plus api.yaml, with a relative schema modeline', () => {
    const { out } = tmpSpec();
    expect(importInto(out).wrote).toBe(true);
    expect(listFiles(out)).toEqual([
      'api.yaml',
      'com.vmware.vapi.std.errors/_package.yaml',
      'com.vmware.vapi.std/_package.yaml',
      'com.vmware.vcenter.vm.guest/_package.yaml',
      'com.vmware.vcenter.vm.guest/processes.yaml',
      'com.vmware.vcenter.vm.hardware/cdrom.yaml',
    ]);
    const cdrom = readFileSync(join(out, 'com.vmware.vcenter.vm.hardware/cdrom.yaml'), 'utf8');
    expect(cdrom.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=(\.\.\/)+.*spec\/schema\.json$/);
    expect(cdrom).toContain('      - { name: vm, type: "id:VirtualMachine" }\n');
    expect(cdrom).toContain(
      '      api: { method: POST, path: "/api/vcenter/vm/{vm}/hardware/cdrom/{cdrom}?action=connect" }\n',
    );
    expect(cdrom).toContain('    values: [ISO_FILE, HOST_DEVICE, CLIENT_DEVICE]\n');
    const checked = checkSpec(loadSpec(out));
    expect(checked.spec.units).toHaveLength(5);
  });

  it('writes the same bytes every time and removes files no longer produced', () => {
    const { out } = tmpSpec();
    importInto(out);
    const first = new Map(listFiles(out).map((f) => [f, readFileSync(join(out, f), 'utf8')]));
    writeFileSync(
      join(out, 'com.vmware.vcenter.vm.hardware', 'floppy.yaml'),
      'service: com.vmware.vcenter.vm.hardware.floppy\n',
    );
    importInto(out);
    expect(new Map(listFiles(out).map((f) => [f, readFileSync(join(out, f), 'utf8')]))).toEqual(first);
    expect(readdirSync(join(out, '..')).filter((n) => n.includes('vcgen-'))).toEqual([]);
  });

  it('refuses to replace a directory that is not a spec directory', () => {
    const { out } = tmpSpec();
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'notes.txt'), 'mine');
    const r = importInto(out);
    expect(r.ok).toBe(false);
    expect(r.diagnostics.map((d) => d.rule)).toContain('output');
    expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('mine');
  });

  it.each([
    ['info', 'info'],
    ['id:VirtualMachine', '"id:VirtualMachine"'],
    ['map<string,long>', '"map<string,long>"'],
    ['list<optional<x.y>>', 'list<optional<x.y>>'],
    ['7.0.3', '7.0.3'],
    ['6.7', '"6.7"'],
    ['true', '"true"'],
    ['ON', '"ON"'],
    ['the VM is off', 'the VM is off'],
    ['a: b', '"a: b"'],
    ['/api/x/{vm}', '"/api/x/{vm}"'],
    ['@vcgen/vcenter-vm', '"@vcgen/vcenter-vm"'],
  ])('writes %s as %s', (value, written) => expect(scalar(value)).toBe(written));
});

describe('vcgen import (command)', () => {
  it('prints help, rejects bad arguments, and prints a one-line summary', async () => {
    const out: string[] = [];
    const spyOut = vi.spyOn(process.stdout, 'write').mockImplementation((s) => (out.push(String(s)), true));
    const spyErr = vi.spyOn(process.stderr, 'write').mockImplementation((s) => (out.push(String(s)), true));
    try {
      expect(await importCommand(['--help'])).toBe(0);
      expect(out.join('')).toContain('--only <package id>');
      expect(await importCommand([SWAGGER])).toBe(1);
      out.length = 0;
      const { out: dir } = tmpSpec();
      expect(
        await importCommand([SWAGGER, '--only', 'com.vmware.vcenter.vm', '--out', dir, '--no-overlays', '-q']),
      ).toBe(0);
      expect(existsSync(join(dir, 'api.yaml'))).toBe(true);
      expect(out.join('')).toMatch(
        /^import: 2 services, 4 operations, 6 structures, 3 enums, 3 error types, 6→6 op errors → .* \(6 files\); 0 errors, 1 warning in \d+\.\d\d s\n$/,
      );
      expect(
        await importCommand([
          SWAGGER,
          '--only',
          'com.vmware.vcenter.vm',
          '--out',
          dir,
          '--no-overlays',
          '--strict',
          '-q',
        ]),
      ).toBe(1);
    } finally {
      spyOut.mockRestore();
      spyErr.mockRestore();
    }
  });
});
