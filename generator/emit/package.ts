// package.json and README.md: made last, from the IR and the files the other emitters made (the
// modules that are entry points of their own, whether openapi-typescript's types are shipped).
import type { EmitContext, EmittedFile } from './files.js';
import { distOf, markdown, template, textFile } from './files.js';
import { guide, type FindView, type TaskView } from './guide.js';

export interface ReadmeView {
  name: string;
  version: string;
  description: string;
  apiVersion: string;
  root: string;
  title: string;
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
}

export interface PackageJsonView extends ReadmeView {
  /** name, version and description as JSON strings. */
  json: { name: string; version: string; description: string };
  /** Subpath exports of modules that are entry points of their own, as JSON strings. */
  entries: { key: string; types: string; js: string }[];
}

export const PACKAGE_JSON_TEMPLATE = template<PackageJsonView>('package.json.hbs');
export const README_TEMPLATE = template<ReadmeView>('README.md.hbs');

export function emitPackageFiles({ ir, generatorVersion }: EmitContext, files: readonly EmittedFile[]): EmittedFile[] {
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
    title: ir.title ?? ir.root,
    generatorVersion,
    clientName: ir.clientName,
    services,
    counts: { services: ir.services.length, operations: ir.services.reduce((n, s) => n + s.operations.length, 0) },
    openapi: files.some((f) => f.kind === 'openapi-types'),
    ...guide(ir),
  };
  const json = {
    name: JSON.stringify(view.name),
    version: JSON.stringify(view.version),
    description: JSON.stringify(view.description),
  };
  const entries = files.flatMap((f) => {
    if ((f.kind !== 'ts-module' && f.kind !== 'ts-verbatim') || f.entry === undefined) return [];
    const dist = distOf(f.path);
    return [
      {
        key: JSON.stringify(`./${f.entry}`),
        types: JSON.stringify(`./${dist.dts}`),
        js: JSON.stringify(`./${dist.js}`),
      },
    ];
  });
  return [
    textFile('package.json', PACKAGE_JSON_TEMPLATE, { ...view, json, entries }),
    markdown('README.md', README_TEMPLATE, view),
  ];
}
