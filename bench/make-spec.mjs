// Writes a synthetic N× spec: spec/7.0.3 plus N−1 renamed copies of every unit below the root
// package (com.vmware.vcenter.vm → com.vmware.vcenter.vm.copy2, …; so …vm.hardware.cdrom becomes
// …vm.copy2.hardware.cdrom), with HTTP paths moved to /api/copy2/…, /rest/copy2/… so that no two
// operations share a method and path. References stay consistent: every id below the root is
// renamed the same way (full ids, resource types, relative names resolve inside the copy), and the
// units outside the root (com.vmware.vapi.std…, com.vmware.vcenter.guest, …) stay shared.
//
//   node bench/make-spec.mjs <factor> <out dir> [--from spec/7.0.3]
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT_ID = /com\.vmware\.vcenter\.vm(?![\w-])/g;

function yamlFiles(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const p = join(dir, name);
      return statSync(p).isDirectory() ? yamlFiles(p) : name.endsWith('.yaml') ? [p] : [];
    });
}

export function makeSpec(factor, outDir, fromDir) {
  const files = yamlFiles(fromDir);
  rmSync(outDir, { recursive: true, force: true });
  let units = 0;
  for (const file of files) {
    const rel = relative(fromDir, file);
    const text = readFileSync(file, 'utf8');
    const put = (relPath, content) => {
      mkdirSync(dirname(join(outDir, relPath)), { recursive: true });
      writeFileSync(join(outDir, relPath), content);
    };
    put(rel, text);
    const unitId = text.match(/^(?:service|package):\s*(\S+)/m)?.[1];
    if (!unitId || !/^com\.vmware\.vcenter\.vm(\.|$)/.test(unitId)) continue; // api.yaml, shared units
    units++;
    for (let k = 2; k <= factor; k++) {
      const copy = text
        .replace(ROOT_ID, `com.vmware.vcenter.vm.copy${k}`)
        .replace(/(path:\s*["']?)\/(api|rest)\//g, `$1/$2/copy${k}/`);
      put(join(`copy${k}`, rel.replace(/^com\.vmware\.vcenter\.vm/, `com.vmware.vcenter.vm.copy${k}`)), copy);
    }
  }
  return { files: files.length, unitsCopied: units, factor };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [factor, out] = process.argv.slice(2);
  const i = process.argv.indexOf('--from');
  const from = i > 0 ? process.argv[i + 1] : fileURLToPath(new URL('../spec/7.0.3', import.meta.url));
  if (!(Number(factor) >= 1) || !out) {
    console.error('usage: node bench/make-spec.mjs <factor> <out dir> [--from spec/7.0.3]');
    process.exit(1);
  }
  const r = makeSpec(Number(factor), out, from);
  console.log(`make-spec: ${r.unitsCopied} units × ${r.factor} (+ shared units) → ${out}`);
}
