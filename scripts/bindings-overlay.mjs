#!/usr/bin/env node
// Writes spec/overlays/bindings/<apiVersion>.yaml: what VMware's Python vAPI bindings state as data
// about a scope of services (operations with parameters, result, task type and full error list;
// every structure and enum they reach, with field types, resource types of ids and tagged unions
// with the required and optional fields of each case). The wheel is read as a zip of Python text;
// nothing in it is run. Format: spec/overlays/README.md ("Facts from VMware's vAPI bindings").
//
// Usage: node scripts/bindings-overlay.mjs [--wheel <file.whl>] [--out <file>] [--api-version <v>]
//                                          [--service <id>]... [--check] [--compare <spec dir>]
//   --wheel        the bindings wheel (default: $VCGEN_BINDINGS_WHEEL). VMware publishes it in the
//                  repository vmware/vsphere-automation-sdk-python, folder lib/vapi-client-bindings/
//                  (vapi_client_bindings 3.8.0 is vSphere 7.0U3).
//   --api-version  the vSphere API version the wheel describes (default: from KNOWN_WHEELS)
//   --out          default: spec/overlays/bindings/<api version>.yaml
//   --service      a service in scope (repeat it); default: the `scope:` list of the existing --out
//   --check        write nothing; exit 1 when --out differs from what would be written
//   --compare      also print how the tagged unions and field types of a spec directory differ
// Without a wheel the script says where to get one and exits 0; a wheel that is not there or
// cannot be read is an error (exit code 2).
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { compareOperations, compareUnions, readSpecUnits, specModel } from './bindings/compare.mjs';
import { collect } from './bindings/facts.mjs';
import { Bindings } from './bindings/model.mjs';
import { render } from './bindings/render.mjs';
import { readZip } from './bindings/zip.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Bindings releases → the vSphere API version they describe (VMware's SDK release notes). */
const KNOWN_WHEELS = { '3.8.0': '7.0.3', '3.9.0': '8.0.0' };
const WHERE =
  'VMware publishes it in the repository vmware/vsphere-automation-sdk-python, folder lib/vapi-client-bindings/ (vapi_client_bindings-3.8.0 for vSphere 7.0U3)';

const USAGE = `Usage: node scripts/bindings-overlay.mjs [--wheel <file.whl>] [--out <file>] [--api-version <v>]
                                       [--service <id>]... [--check] [--compare <spec dir>]

Writes spec/overlays/bindings/<api version>.yaml: what VMware's Python vAPI bindings state as data
about a scope of services (spec/overlays/README.md, "Facts from VMware's vAPI bindings").

  --wheel        the bindings wheel (default: $VCGEN_BINDINGS_WHEEL); VMware publishes it in the
                 repository vmware/vsphere-automation-sdk-python, folder lib/vapi-client-bindings/
  --api-version  the vSphere API version the wheel describes (default: known for ${Object.keys(KNOWN_WHEELS).join(', ')})
  --out          default: spec/overlays/bindings/<api version>.yaml
  --service      a service in scope (repeat it); default: the scope: list of the existing --out
  --check        write nothing; exit 1 when --out differs from what would be written
  --compare      also print how the tagged unions, field types and operations of a spec differ
  -h, --help     show this help

Without a wheel it says where to get one and exits 0; a wheel that is not there or cannot be read
is an error (exit code 2).`;

let parsed;
try {
  parsed = parseArgs({
    options: {
      help: { type: 'boolean', short: 'h', default: false },
      wheel: { type: 'string' },
      out: { type: 'string' },
      'api-version': { type: 'string' },
      service: { type: 'string', multiple: true },
      check: { type: 'boolean', default: false },
      compare: { type: 'string' },
    },
  });
} catch (e) {
  console.error(`bindings-overlay: ${e instanceof Error ? e.message : e}\n\n${USAGE}`);
  process.exit(2);
}
const opts = parsed.values;
if (opts.help) {
  console.log(USAGE);
  process.exit(0);
}
const die = (msg) => {
  console.error(`bindings-overlay: ${msg}`);
  process.exit(2);
};
const wheel = opts.wheel || process.env.VCGEN_BINDINGS_WHEEL;
if (!wheel) {
  console.log(`bindings-overlay: skipped: no wheel given (--wheel or $VCGEN_BINDINGS_WHEEL). ${WHERE}.`);
  process.exit(0);
}
if (!existsSync(wheel)) die(`${wheel} does not exist. ${WHERE}.`);

let b;
try {
  b = new Bindings(readZip(readFileSync(wheel), wheel));
} catch (e) {
  die(`cannot read ${wheel}: ${e instanceof Error ? e.message : e}`);
}
const apiVersion = opts['api-version'] ?? KNOWN_WHEELS[b.version];
if (!apiVersion) die(`${b.name} ${b.version} is not a known release; say which API version it is with --api-version`);
const out = opts.out ?? join(ROOT, 'spec', 'overlays', 'bindings', `${apiVersion}.yaml`);
const shown = relative(process.cwd(), out) || out;
let scope = opts.service;
if (!scope?.length) {
  if (!existsSync(out)) die(`${shown} does not exist yet: name the services in scope with --service`);
  scope = parse(readFileSync(out, 'utf8'))?.scope;
  if (!Array.isArray(scope) || !scope.length) die(`${shown} has no scope: list; name the services with --service`);
}

let facts;
try {
  facts = collect(b, scope);
} catch (e) {
  die(e instanceof Error ? e.message : String(e));
}
for (const w of b.warnings) console.error(`bindings-overlay: warning: ${w}`);
const text = render(facts, { apiVersion, name: b.name, version: b.version, scope });
const count = (f) =>
  `${f.services.length} services, ${f.services.reduce((n, s) => n + s.operations.length, 0)} operations, ` +
  `${f.structures.size} structures (${[...f.structures.values()].reduce((n, s) => n + s.unions.length, 0)} unions), ${f.enums.size} enums`;

if (opts.check) {
  const current = existsSync(out) ? readFileSync(out, 'utf8') : '';
  if (current !== text) {
    console.error(`bindings-overlay: ${shown} is stale; run \`node scripts/bindings-overlay.mjs --wheel ${wheel}\``);
    process.exit(1);
  }
  console.log(`bindings-overlay: ${shown} is current (${count(facts)})`);
} else {
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(`${out}.tmp`, text);
  renameSync(`${out}.tmp`, out);
  console.log(`bindings-overlay: wrote ${shown} from ${b.name} ${b.version}: ${count(facts)}`);
}

if (opts.compare) {
  const spec = specModel(readSpecUnits(opts.compare));
  const { diffs, unions, places } = compareUnions(facts, spec.structures);
  const exact = unions.filter((u) => u.exact).length;
  console.log(`\n${opts.compare}: ${exact} of ${unions.length} tagged unions of the bindings are exact in the spec`);
  let last;
  for (const d of diffs) {
    if (d.structure !== last) console.log(`${(last = d.structure)}`);
    console.log(`  ${d.kind}: ${d.detail}`);
  }
  const kinds = new Map();
  for (const d of diffs) kinds.set(d.kind, (kinds.get(d.kind) ?? 0) + 1);
  console.log(`\n${[...kinds].map(([k, n]) => `${k}: ${n}`).join(', ')}`);
  console.log(
    `(field, case) places: ${places.forbiddenAccepted} accept a field the case forbids, ${places.requiredOptional} leave optional a field it requires, ` +
      `${places.optionalRequired} require a field it leaves optional, ${places.requiredForbidden} forbid a field it requires`,
  );
  const ops = compareOperations(facts, spec.operations);
  console.log(`\n${opts.compare}: operations (${ops.absent.length} of the scope's are not in it)`);
  last = undefined;
  for (const d of ops.diffs) {
    if (d.operation !== last) console.log(`${(last = d.operation)}`);
    console.log(`  ${d.kind}: ${d.detail}`);
  }
}
