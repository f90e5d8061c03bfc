// Bundle size: a consumer that calls ONE operation (hardware serial disconnect), bundled by
// esbuild (minified, ESM) for the browser and for Node, raw and gzip bytes; and whether tree-shaking
// dropped the services the consumer does not use.
import { cpSync, mkdirSync, symlinkSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { fmt, NM, pkgVersion, rm, table, workDir, write } from './lib.mjs';
import { heySdk, vcgenPackage } from './inputs.mjs';

export const title = 'Bundle size (one operation, esbuild --bundle --minify, ESM)';

const VM = `'vm-42'`;
const ENTRIES = {
  'vcgen createClient (whole client)': {
    file: 'entry.js',
    code: `import { createClient, id } from '@vcgen/vcenter-vm';
const client = createClient({ baseUrl: 'https://vcenter.example.com', sessionId: globalThis.VC_SESSION });
export const run = () => client.hardware.serial.disconnect(id('VirtualMachine', ${VM}), id('com.vmware.vcenter.vm.hardware.SerialPort', '9000'));
`,
  },
  'vcgen per-service import + createTransport': {
    file: 'entry.js',
    code: `import { createTransport, id } from '@vcgen/vcenter-vm';
import { HardwareSerialService } from '@vcgen/vcenter-vm/services/hardware/serial';
const serial = new HardwareSerialService(createTransport({ baseUrl: 'https://vcenter.example.com', sessionId: globalThis.VC_SESSION }));
export const run = () => serial.disconnect(id('VirtualMachine', ${VM}), id('com.vmware.vcenter.vm.hardware.SerialPort', '9000'));
`,
  },
  'vcgen per-operation function + createTransport': {
    file: 'entry.js',
    code: `import { createTransport, id } from '@vcgen/vcenter-vm';
import { hardwareSerialDisconnect } from '@vcgen/vcenter-vm/services/hardware/serial';
const transport = createTransport({ baseUrl: 'https://vcenter.example.com', sessionId: globalThis.VC_SESSION });
export const run = () => hardwareSerialDisconnect(transport, id('VirtualMachine', ${VM}), id('com.vmware.vcenter.vm.hardware.SerialPort', '9000'));
`,
  },
  [`openapi-fetch ${pkgVersion('openapi-fetch')}`]: {
    file: 'entry.js',
    code: `import createClient from 'openapi-fetch';
const client = createClient({ baseUrl: 'https://vcenter.example.com', headers: { 'vmware-api-session-id': globalThis.VC_SESSION } });
export const run = () => client.POST('/api/vcenter/vm/{vm}/hardware/serial/{port}?action=disconnect', { params: { path: { vm: ${VM}, port: '9000' } } });
`,
  },
  [`hey-api sdk ${pkgVersion('@hey-api/openapi-ts')} (client-fetch)`]: {
    file: 'entry.ts',
    code: `import { client } from './hey/client.gen';
import { vmHardwareSerialDisconnect } from './hey/sdk.gen';
client.setConfig({ baseUrl: 'https://vcenter.example.com', headers: { 'vmware-api-session-id': (globalThis as any).VC_SESSION } });
export const run = () => vmHardwareSerialDisconnect({ path: { vm: ${VM}, port: '9000' } });
`,
  },
  'plain fetch (baseline)': {
    file: 'entry.js',
    code: `export const run = () => fetch('https://vcenter.example.com/api/vcenter/vm/' + ${VM} + '/hardware/serial/9000?action=disconnect', { method: 'POST', headers: { 'vmware-api-session-id': globalThis.VC_SESSION } });
`,
  },
};

function link(dir, name, target) {
  const p = join(dir, 'node_modules', name);
  mkdirSync(dirname(p), { recursive: true });
  symlinkSync(target, p, 'dir');
}

/** Distinct `/api/…` operation paths in a bundle: the operations tree-shaking kept. */
function keptPaths(text) {
  return new Set(text.match(/\/api\/vcenter\/vm[^'"`\s]*/g) ?? []);
}

/** vcgen's bundles name each kept operation by its vAPI id: operations and services kept. */
function keptOps(text) {
  const ops = new Set([...text.matchAll(/['"`](com\.vmware\.vcenter\.vm(?:\.[a-z_]+)+)['"`]/g)].map((m) => m[1]));
  return { ops: ops.size, services: new Set([...ops].map((o) => o.replace(/\.[a-z_]+$/, ''))).size };
}

export async function run(opts, log) {
  const base = workDir('bundle');
  const pkg = vcgenPackage(log);
  const hey = heySdk(log);
  const rows = [];
  const notes = [];
  let perService;
  for (const [name, entry] of Object.entries(ENTRIES)) {
    const dir = join(base, name.replace(/[^a-z0-9]+/gi, '-').toLowerCase());
    rm(dir);
    write(join(dir, entry.file), entry.code);
    write(join(dir, 'package.json'), JSON.stringify({ name: 'bundle-consumer', private: true, type: 'module' }));
    link(dir, '@vcgen/vcenter-vm', pkg);
    link(dir, 'openapi-fetch', join(NM, 'openapi-fetch'));
    cpSync(hey, join(dir, 'hey'), { recursive: true });
    const sizes = {};
    for (const platform of ['browser', 'node']) {
      const r = await build({
        entryPoints: [join(dir, entry.file)],
        bundle: true,
        minify: true,
        format: 'esm',
        platform,
        target: 'es2022',
        write: false,
        metafile: true,
        logLevel: 'silent',
        absWorkingDir: dir,
      });
      const out = r.outputFiles[0];
      const text = out.text;
      sizes[platform] = {
        raw: out.contents.length,
        gz: gzipSync(out.contents, { level: 9 }).length,
        text,
        meta: r.metafile,
      };
    }
    const kept = keptPaths(sizes.browser.text);
    // vcgen's operation tables hold their paths split at the parameters: look for its operation ids.
    const others = name.startsWith('vcgen')
      ? ['hardware.cdrom', 'guest.processes', 'power']
          .filter((s) => sizes.browser.text.includes(`com.vmware.vcenter.vm.${s}.`))
          .map((s) => `/${s.replace('.', '/')}`)
      : ['/hardware/cdrom', '/guest/processes', '/power'].filter((s) => [...kept].some((p) => p.includes(s)));
    rows.push([
      name,
      fmt.bytes(sizes.browser.raw),
      fmt.bytes(sizes.browser.gz),
      fmt.bytes(sizes.node.raw),
      fmt.bytes(sizes.node.gz),
      name.startsWith('plain')
        ? '–'
        : name.startsWith('vcgen')
          ? `${keptOps(sizes.browser.text).ops} ops / ${keptOps(sizes.browser.text).services} svc`
          : `${kept.size}`,
      name.startsWith('plain') ? '–' : others.length ? `kept (${others.join(', ')})` : 'dropped',
    ]);
    // The target is for the smallest way the package offers to call one operation.
    if (name.startsWith('vcgen per-operation')) perService = { ...sizes.browser, dir };
  }

  // What the per-service bundle is made of (esbuild's metafile, bytes after minification).
  const inputs = Object.values(perService.meta.outputs)[0].inputs;
  const parts = Object.entries(inputs)
    .map(([file, v]) => [
      relative(perService.dir, join(perService.dir, file)).replace(/^(\.\.\/)+/, ''),
      v.bytesInOutput,
    ])
    .filter(([, b]) => b > 0)
    .sort((a, b) => b[1] - a[1]);
  const target = 2000;
  const gz = perService.gz;
  notes.push(
    `Target: vcgen one operation (per-operation function) ≤ ${fmt.bytes(target)} bytes min+gzip (browser): ${fmt.bytes(gz)} → ${gz <= target ? 'met' : `MISSED by ${fmt.bytes(gz - target)} (${(gz / target).toFixed(2)}×)`}.`,
  );
  return [
    'One call: `hardware.serial.disconnect(vm, port)` (POST …/hardware/serial/{port}?action=disconnect). esbuild ' +
      `${pkgVersion('esbuild')}, minify, format esm, target es2022; gzip level 9. "ops kept" counts the distinct /api/vcenter/vm… ` +
      'path strings left in the bundle (for vcgen: the distinct vAPI operation ids, and their services); "other services" greps the ' +
      'bundle for the cdrom, guest processes and power paths (for vcgen: their operation ids).',
    '',
    table(['consumer', 'browser raw', 'browser gzip', 'node raw', 'node gzip', 'ops kept', 'other services'], rows),
    '',
    ...notes,
    '',
    'vcgen per-operation bundle (browser) by module, minified bytes:',
    '',
    table(
      ['module', 'bytes'],
      parts.map(([f, b]) => [f, fmt.bytes(b)]),
    ),
  ].join('\n');
}
