// package.json and README.md: made last, from the IR and the files the other emitters made (the
// modules that are entry points of their own, whether openapi-typescript's types are shipped).
import { byCode } from '../model/order.js';
import { PACKAGE_META_KEYS, type PackageMeta } from '../model/package.js';
import type { EmitContext, EmittedFile } from './files.js';
import { distOf, markdown, template, textFile } from './files.js';
import { guide, type FindView, type TaskView } from './guide.js';
import { markdownText } from './syntax.js';

export interface ReadmeView {
  name: string;
  version: string;
  description: string;
  apiVersion: string;
  root: string;
  /** One line of Markdown text (markdownText). */
  title: string;
  /** The package's license (markdownText), when the spec names one. */
  license?: string;
  generatorVersion: string;
  clientName: string;
  services: { accessor: string; id: string; className: string; operations: string }[];
  counts: { services: number; operations: number };
  /** The package ships openapi-typescript's types (`<name>/openapi`). */
  openapi: boolean;
  /** Finding a VM by name, when the package lists VMs by a filter with names (guide.ts). */
  find?: FindView;
  /** Starting an operation as a task, by the first task method of the package. */
  task?: TaskView;
  /** The waiting helpers, by kind. */
  waits?: { power?: string; tools?: string; guestIp?: string };
  /** The package ships a fake vCenter (`<name>/fake`), and the command that serves it. */
  fake?: { command: string };
}

export interface PackageJsonView extends ReadmeView {
  /**
   * name, version and description as JSON strings; `meta` and `publishConfig`: the `"key": value,`
   * lines of the package metadata api.yaml states (packageMetaLines), empty when it states none.
   */
  json: { name: string; version: string; description: string; meta: string; publishConfig: string };
  /** Subpath exports of modules that are entry points of their own, as JSON strings. */
  entries: { key: string; types: string; js: string }[];
  /** The package's commands (`bin`): name and script (under bin/), as JSON strings. */
  bins: { key: string; path: string }[];
}

export const PACKAGE_JSON_TEMPLATE = template<PackageJsonView>('package.json.hbs');
export const README_TEMPLATE = template<ReadmeView>('README.md.hbs');

export function emitPackageFiles({ ir, generatorVersion }: EmitContext, files: readonly EmittedFile[]): EmittedFile[] {
  const entryOf = (f: EmittedFile): string | undefined =>
    f.kind === 'ts-module' || f.kind === 'ts-verbatim' ? f.entry : undefined;
  const services = ir.services.map((s) => ({
    accessor: `client.${s.accessor.join('.')}`,
    id: s.id,
    className: s.className,
    operations: s.operations.map((o) => o.method).join(', '),
  }));
  const view: ReadmeView = {
    name: ir.package.name,
    version: ir.package.version,
    description: ir.package.description ?? `Typed client for ${ir.root} (vSphere API ${ir.apiVersion})`,
    apiVersion: ir.apiVersion,
    root: ir.root,
    title: markdownText(ir.title ?? ir.root),
    ...(ir.package.license !== undefined ? { license: markdownText(ir.package.license) } : {}),
    generatorVersion,
    clientName: ir.clientName,
    services,
    counts: { services: ir.services.length, operations: ir.services.reduce((n, s) => n + s.operations.length, 0) },
    openapi: files.some((f) => f.kind === 'openapi-types'),
    ...guide(ir),
    ...(files.some((f) => entryOf(f) === 'fake') ? { fake: { command: ir.fakeCommand } } : {}),
  };
  const json = {
    name: JSON.stringify(view.name),
    version: JSON.stringify(view.version),
    description: JSON.stringify(view.description),
    meta: packageMetaLines(ir.package, ['license', 'author', 'homepage', 'repository', 'keywords']),
    publishConfig: packageMetaLines(ir.package, ['publishConfig']),
  };
  const entries = files.flatMap((f) => {
    const entry = entryOf(f);
    if (entry === undefined || (f.kind !== 'ts-module' && f.kind !== 'ts-verbatim')) return [];
    const dist = distOf(f.path);
    return [
      {
        key: JSON.stringify(`./${entry}`),
        types: JSON.stringify(`./${dist.dts}`),
        js: JSON.stringify(`./${dist.js}`),
      },
    ];
  });
  const bins = files.flatMap((f) => {
    if (f.kind !== 'text' || f.bin === undefined) return [];
    // package.json's `files` ships bin/ when there are commands.
    if (!f.path.startsWith('bin/')) throw new Error(`the script of the command ${f.bin} is not under bin/: ${f.path}`);
    return [{ key: JSON.stringify(f.bin), path: JSON.stringify(`./${f.path}`) }];
  });
  return [
    textFile('package.json', PACKAGE_JSON_TEMPLATE, { ...view, json, entries, bins }),
    markdown('README.md', README_TEMPLATE, view),
  ];
}

// package.json gets no prettier pass: its template and the lines below are written as prettier
// prints JSON (a test holds it for hostile texts).
const WIDTH = 120;
/** Key order inside author, repository and publishConfig, whatever order the spec wrote them in. */
const KEY_ORDER = ['type', 'name', 'email', 'url', 'directory', 'access', 'registry', 'tag', 'provenance'];
const rank = (k: string): number => (KEY_ORDER.includes(k) ? KEY_ORDER.indexOf(k) : KEY_ORDER.length);

function jsonValue(v: unknown, indent: string, head: number): string {
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    const one = `[${v.map((x) => jsonValue(x, indent, 0)).join(', ')}]`;
    if (head + one.length <= WIDTH && v.every((x) => typeof x !== 'object' || x === null)) return one;
    const inner = `${indent}  `;
    return `[\n${v.map((x) => `${inner}${jsonValue(x, inner, inner.length)}`).join(',\n')}\n${indent}]`;
  }
  if (v !== null && typeof v === 'object') {
    const entries = Object.entries(v)
      .filter(([, x]) => x !== undefined)
      .sort(([a], [b]) => rank(a) - rank(b) || byCode(a, b));
    if (entries.length === 0) return '{}';
    const inner = `${indent}  `;
    const lines = entries.map(([k, x]) => {
      const key = `${inner}${JSON.stringify(k)}: `;
      return `${key}${jsonValue(x, inner, key.length)}`;
    });
    return `{\n${lines.join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(v);
}

/**
 * `"key": value,` lines (each with its newline) of package.json for the given keys of the package
 * metadata (license, author, homepage, repository, keywords, publishConfig) that are set.
 */
export function packageMetaLines(meta: PackageMeta, keys: readonly (keyof PackageMeta)[] = PACKAGE_META_KEYS): string {
  let out = '';
  for (const k of keys) {
    // Keywords are a set (npm searches them): sorted, so that the spec's order does not matter.
    const v = k === 'keywords' && meta.keywords ? [...meta.keywords].sort(byCode) : meta[k];
    if (v === undefined) continue;
    const key = `  ${JSON.stringify(k)}: `;
    // The line ends in a comma: it counts towards the width prettier fits the value in.
    out += `${key}${jsonValue(v, '  ', key.length + 1)},\n`;
  }
  return out;
}
