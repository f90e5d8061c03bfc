// One shape-checked YAML document → spec model nodes: api.yaml, or a unit file with its structures,
// enums, error types and operations, a source place on every node.
import { isScalar } from 'yaml';
import type { Loc } from '../diagnostics.js';
import { deref, get, mapEntries, plain, scalar, seqItems, type SourceFile, str } from './yaml-ast.js';
import type { Deprecation } from '../model/doc.js';
import { PACKAGE_META_KEYS, type PackageMeta } from '../model/package.js';
import type {
  SpecApi,
  SpecBinding,
  SpecEnum,
  SpecErrorType,
  SpecField,
  SpecOperation,
  SpecParam,
  SpecStructure,
  SpecUnion,
  SpecUnit,
} from './model.js';

/** The package metadata api.yaml states (shape-checked by the schema), in a fixed order. */
function packageMeta(pkg: unknown): PackageMeta {
  const out: Record<string, unknown> = {};
  for (const key of PACKAGE_META_KEYS) {
    const node = get(pkg, key);
    if (node !== undefined) out[key] = plain(node);
  }
  return out as PackageMeta;
}

/** Turns one shape-checked document tree into spec model nodes. */
export class NodeBuilder {
  constructor(private readonly f: SourceFile) {}

  private loc(node: unknown): Loc {
    return this.f.locOf(node);
  }

  private documented(node: unknown): { description?: string; since?: string; deprecated?: Deprecation } {
    const dep = get(node, 'deprecated');
    let deprecated: Deprecation | undefined;
    if (dep !== undefined) {
      deprecated =
        scalar(dep) === true
          ? {}
          : {
              since: str(get(dep, 'since')),
              replacement: str(get(dep, 'replacement')),
              description: str(get(dep, 'description')),
            };
      for (const k of Object.keys(deprecated) as (keyof Deprecation)[])
        if (deprecated[k] === undefined) delete deprecated[k];
    }
    const out: { description?: string; since?: string; deprecated?: Deprecation } = {};
    const description = str(get(node, 'description'));
    const since = str(get(node, 'since'));
    if (description !== undefined) out.description = description;
    if (since !== undefined) out.since = since;
    if (deprecated) out.deprecated = deprecated;
    return out;
  }

  api(root: unknown): SpecApi {
    const pkg = get(root, 'package');
    return {
      loc: this.loc(root),
      apiVersion: str(get(root, 'apiVersion'))!,
      root: str(get(root, 'root'))!,
      title: str(get(root, 'title')),
      accessors: mapEntries(this.f, get(root, 'accessors')).map((e) => ({
        service: e.key,
        loc: e.loc,
        name: str(e.value)!,
        nameLoc: this.loc(e.value),
      })),
      package: {
        name: str(get(pkg, 'name'))!,
        version: str(get(pkg, 'version'))!,
        description: str(get(pkg, 'description')),
        ...packageMeta(pkg),
      },
    };
  }

  unit(root: unknown): SpecUnit {
    const isService = get(root, 'service') !== undefined;
    const idNode = get(root, isService ? 'service' : 'package');
    return {
      kind: isService ? 'service' : 'package',
      id: str(idNode)!,
      loc: this.loc(idNode),
      ...this.documented(root),
      structures: mapEntries(this.f, get(root, 'structures')).map((e) => this.structure(e.key, e.value, e.loc)),
      enums: mapEntries(this.f, get(root, 'enums')).map((e) => this.enum(e.key, e.value, e.loc)),
      errors: mapEntries(this.f, get(root, 'errors')).map((e) => this.errorType(e.key, e.value, e.loc)),
      operations: mapEntries(this.f, get(root, 'operations')).map((e) => this.operation(e.key, e.value, e.loc)),
    };
  }

  private field(node: unknown): SpecField {
    const typeNode = get(node, 'type');
    return {
      name: str(get(node, 'name'))!,
      type: str(typeNode)!,
      typeLoc: this.loc(typeNode),
      loc: this.loc(node),
      ...this.documented(node),
    };
  }

  private structure(name: string, node: unknown, loc: Loc): SpecStructure {
    return {
      name,
      loc,
      ...this.documented(node),
      fields: seqItems(get(node, 'fields')).map((n) => this.field(n)),
      unions: seqItems(get(node, 'unions')).map((n) => this.union(n)),
    };
  }

  private union(node: unknown): SpecUnion {
    const cases: SpecUnion['cases'] = new Map();
    for (const e of mapEntries(this.f, get(node, 'cases'))) {
      const items = seqItems(e.value);
      cases.set(e.key, { fields: items.map((i) => str(i)!), loc: e.loc, fieldLocs: items.map((i) => this.loc(i)) });
    }
    return { discriminant: str(get(node, 'discriminant'))!, cases, loc: this.loc(get(node, 'discriminant')) };
  }

  private enum(name: string, node: unknown, loc: Loc): SpecEnum {
    const def = get(node, 'default');
    return {
      name,
      loc,
      ...this.documented(node),
      values: seqItems(get(node, 'values')).map((v) => {
        const plain = str(v);
        if (plain !== undefined && scalar(v) !== undefined) return { value: plain, loc: this.loc(v) };
        return { value: str(get(v, 'value'))!, loc: this.loc(v), ...this.documented(v) };
      }),
      default: str(def),
      defaultLoc: def === undefined ? undefined : this.loc(def),
    };
  }

  private errorType(name: string, node: unknown, loc: Loc): SpecErrorType {
    return {
      name,
      loc,
      ...this.documented(node),
      errorType: str(get(node, 'error_type'))!,
      fields: seqItems(get(node, 'fields')).map((n) => this.field(n)),
    };
  }

  private binding(node: unknown): SpecBinding | null {
    if (node === undefined || scalar(node) === null) return null;
    const pathNode = deref(get(node, 'path'));
    const loc = this.loc(pathNode);
    // The loc is the path text's first character (after a quote), so that columns inside it add up.
    const quoted = isScalar(pathNode) && (pathNode.type === 'QUOTE_DOUBLE' || pathNode.type === 'QUOTE_SINGLE');
    const out: SpecBinding = {
      method: str(get(node, 'method'))!,
      path: str(pathNode)!,
      loc: quoted ? { ...loc, col: loc.col + 1 } : loc,
    };
    const body = str(get(node, 'body'));
    if (body !== undefined) out.body = body;
    if (scalar(get(node, 'form')) === true) out.form = true;
    return out;
  }

  private operation(name: string, node: unknown, loc: Loc): SpecOperation {
    const http = get(node, 'http');
    const result = get(node, 'result');
    return {
      name,
      loc,
      ...this.documented(node),
      params: seqItems(get(node, 'params')).map((n): SpecParam => {
        const typeNode = get(n, 'type');
        const p: SpecParam = {
          name: str(get(n, 'name'))!,
          type: str(typeNode)!,
          typeLoc: this.loc(typeNode),
          loc: this.loc(n),
          ...this.documented(n),
        };
        const where = str(get(n, 'in'));
        if (where) p.in = where as SpecParam['in'];
        return p;
      }),
      result:
        result === undefined
          ? undefined
          : {
              type: str(get(result, 'type'))!,
              description: str(get(result, 'description')),
              loc: this.loc(get(result, 'type')),
            },
      errors: seqItems(get(node, 'errors')).map((n) => {
        const plain = scalar(n);
        if (typeof plain === 'string') return { error: plain, loc: this.loc(n) };
        const data = str(get(n, 'data'));
        return {
          error: str(get(n, 'error'))!,
          when: str(get(n, 'when')),
          ...(data ? { data } : {}),
          loc: this.loc(get(n, 'error')),
        };
      }),
      privileges: seqItems(get(node, 'privileges')).map((n) => ({
        param: str(get(n, 'param')),
        resource: str(get(n, 'resource')),
        require: seqItems(get(n, 'require')).map((r) => str(r)!),
        loc: this.loc(n),
      })),
      http: { api: this.binding(get(http, 'api'))!, rest: this.binding(get(http, 'rest')) },
      ...this.task(get(node, 'task')),
    };
  }

  private task(node: unknown): Pick<SpecOperation, 'task'> {
    const mode = str(node);
    return mode === 'both' || mode === 'only' ? { task: { mode, loc: this.loc(node) } } : {};
  }
}
