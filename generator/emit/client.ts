// client.ts: createClient() returns one object whose accessors mirror the service ids below the
// root package (client.hardware.serial, client.guest.localFilesystem, …).
import type { IrService } from '../ir/model.js';
import { moduleSpecifier, template, tsModule, type EmitContext, type EmittedFile, type ImportSpec } from './files.js';
import { docLines } from './jsdoc.js';

export interface AccessorNode {
  key: string;
  className?: string;
  doc: string[];
  children: AccessorNode[];
}

function tree(services: IrService[]): AccessorNode[] {
  const roots: AccessorNode[] = [];
  const find = (list: AccessorNode[], key: string): AccessorNode => {
    let n = list.find((c) => c.key === key);
    if (!n) {
      n = { key, doc: [], children: [] };
      list.push(n);
    }
    return n;
  };
  for (const s of services) {
    let level = roots;
    let node: AccessorNode | undefined;
    for (const key of s.accessor) {
      node = find(level, key);
      level = node.children;
    }
    node!.className = s.className;
    node!.doc = docLines(s);
  }
  const sort = (list: AccessorNode[]): AccessorNode[] =>
    list.sort((a, b) => (a.key < b.key ? -1 : 1)).map((n) => ({ ...n, children: sort(n.children) }));
  return sort(roots);
}

export interface ClientView {
  clientName: string;
  apiVersion: string;
  root: string;
  /** The services outside the root, by accessor: "`vms`, `folders` and `hosts`" (empty: none). */
  outside: string;
  accessors: AccessorNode[];
}

export const CLIENT_TEMPLATE = template<ClientView>('client.ts.hbs');

export function emitClient({ ir }: EmitContext): EmittedFile[] {
  const path = 'src/client.ts';
  const imports: ImportSpec[] = [
    { from: moduleSpecifier(path, 'src/runtime/transport'), named: ['newTransport'], typeOnly: false },
    { from: moduleSpecifier(path, 'src/runtime/transport'), named: ['ClientOptions', 'Transport'], typeOnly: true },
    { from: moduleSpecifier(path, 'src/runtime/result'), named: ['resultStyle'], typeOnly: false },
    { from: moduleSpecifier(path, 'src/runtime/result'), named: ['ResultStyle'], typeOnly: true },
    ...ir.services.map((s) => ({
      from: moduleSpecifier(path, `src/${s.module}`),
      named: [s.className],
      typeOnly: false,
    })),
  ];
  const outside = ir.services
    .filter((s) => s.id !== ir.root && !s.id.startsWith(`${ir.root}.`))
    .map((s) => `\`${s.accessor.join('.')}\``)
    .sort();
  const view = {
    clientName: ir.clientName,
    apiVersion: ir.apiVersion,
    root: ir.root,
    outside: outside.length > 1 ? `${outside.slice(0, -1).join(', ')} and ${outside.at(-1)}` : (outside[0] ?? ''),
    accessors: tree(ir.services),
  };
  return [tsModule(path, CLIENT_TEMPLATE, view, imports)];
}
