// IR type → TypeScript type text. Records the names it uses so emitters can import them.
import type { Ir } from '../ir/model.js';
import type { VapiType } from '../model/types.js';

/** Which module each generated name lives in (filled once per IR). */
export interface NameIndex {
  structure: Map<string, string>;
  enumName: Map<string, string>;
  resource: Map<string, string>;
  /** Of union structures both sent and read: the type of what is sent (their known cases). */
  known: Map<string, string>;
  /** The type of `exception` values (types.ts), when the API has any. */
  errorValue?: string;
}

export function nameIndex(ir: Ir): NameIndex {
  return {
    structure: new Map(ir.structures.map((s) => [s.id, s.tsName])),
    enumName: new Map(ir.enums.map((e) => [e.id, e.tsName])),
    resource: new Map(ir.resources.map((r) => [r.type, r.tsName])),
    known: new Map(ir.structures.filter((s) => s.knownName).map((s) => [s.id, s.knownName!])),
    ...(ir.errorValue ? { errorValue: ir.errorValue.tsName } : {}),
  };
}

/** Names a piece of generated code refers to, by the module that exports them. */
export class Uses {
  readonly types = new Set<string>();
  readonly enums = new Set<string>();
  readonly ids = new Set<string>();
  readonly runtime = new Set<string>();
  readonly errors = new Set<string>();
}

const PRIMITIVE_TS: Record<string, string> = {
  string: 'string',
  uri: 'string',
  long: 'number',
  double: 'number',
  boolean: 'boolean',
  opaque: 'unknown',
};
const PRIMITIVE_ALIAS: Record<string, string> = { datetime: 'DateTime', secret: 'Secret', binary: 'Binary' };

/**
 * Renders a type. `read` marks data that comes from the server: enums there are open (newer
 * servers may send values this client does not know).
 */
export function tsType(t: VapiType, names: NameIndex, uses: Uses, read: boolean): string {
  switch (t.kind) {
    case 'primitive': {
      if (t.name === 'exception') {
        uses.types.add(names.errorValue!);
        return names.errorValue!;
      }
      const alias = PRIMITIVE_ALIAS[t.name];
      if (alias) {
        uses.runtime.add(alias);
        return alias;
      }
      return PRIMITIVE_TS[t.name]!;
    }
    case 'id': {
      if (!t.resource) return 'string';
      const n = names.resource.get(t.resource)!;
      uses.ids.add(n);
      return n;
    }
    case 'ref': {
      // Sent: only the cases this client knows.
      const n = (!read && names.known.get(t.id)) || names.structure.get(t.id)!;
      uses.types.add(n);
      return n;
    }
    case 'enum': {
      const n = names.enumName.get(t.id)!;
      uses.enums.add(n);
      if (!read) return n;
      uses.runtime.add('Open');
      return `Open<${n}>`;
    }
    case 'list':
    case 'set': {
      if (t.of.kind === 'optional') return `Array<${tsType(t.of, names, uses, read)}>`;
      return `${tsType(t.of, names, uses, read)}[]`;
    }
    case 'optional':
      return `${tsType(t.of, names, uses, read)} | undefined`;
    case 'map': {
      const value = tsType(t.value, names, uses, read);
      if (t.key.kind === 'enum' && !read) return `Partial<Record<${tsType(t.key, names, uses, false)}, ${value}>>`;
      return `Record<string, ${value}>`;
    }
  }
}
