// Canonical ids for a Swagger 2.0 file of VMware's (7.x style): services from tags, types from
// definition names. The /rest definitions are named like vAPI (`vcenter.vm.hardware.cdrom.backing_info`);
// the /api definitions are PascalCase (`VcenterVmHardwareCdromBackingInfo`) and are matched to their
// /rest twin, or, for /api-only services, derived from the longest known service or package prefix.
import type { ImportLog } from '../shared/draft.js';
import { byCode } from '../../model/order.js';
import { pascalToSnake, pascalWords, ptr, snakeToPascal, STD_ERRORS } from '../shared/names.js';
import { isSchema, type Schema } from '../schema/types.js';

/** /rest wrappers: `…_resp` is `{ value }`, `…_error` is `{ type, value }`; neither is a vAPI type. */
export function isRestWrapper(name: string, schema: unknown): boolean {
  if (!isSchema(schema) || !isSchema(schema.properties)) return false;
  const props = Object.keys(schema.properties).sort().join(',');
  return (name.endsWith('_resp') && props === 'value') || (name.endsWith('_error') && props === 'type,value');
}

export class SwaggerNames {
  /** Package the tags are relative to, e.g. `com.vmware.vcenter`. */
  readonly prefix: string;
  /** Definition name → canonical id. */
  private readonly canon = new Map<string, string>();
  /** Canonical id → the /api definition that has it (preferred over the /rest twin). */
  private readonly apiDef = new Map<string, string>();
  /** Ids derived from PascalCase names (no /rest twin), for the report. */
  readonly derived: string[] = [];
  /** Definitions that request bodies name: operation inputs, not types. */
  readonly bodies: ReadonlySet<string>;

  constructor(doc: Schema, log: ImportLog) {
    const defs = isSchema(doc.definitions) ? doc.definitions : {};
    const tags = collectTags(doc);
    this.prefix = detectPrefix(Object.keys(defs), tags, doc, log);
    const restNames = Object.keys(defs).filter((n) => /^[a-z]/.test(n) && n.includes('.'));
    const byPascal = new Map<string, string>();
    for (const r of restNames) {
      this.canon.set(r, `com.vmware.${r}`);
      if (!isRestWrapper(r, defs[r])) byPascal.set(snakeToPascal(r), `com.vmware.${r}`);
    }
    const units = new Map<string, string>();
    const addUnit = (id: string): void => {
      const parts = id.split('.');
      for (let i = 3; i <= parts.length; i++) {
        const u = parts.slice(0, i).join('.');
        units.set(snakeToPascal(u.replace(/^com\.vmware\./, '')), u);
      }
    };
    for (const t of tags) addUnit(this.service(t));
    for (const id of this.canon.values()) addUnit(id.slice(0, id.lastIndexOf('.')));
    // The standard packages every vAPI file uses, for files without /rest definitions to learn them from.
    for (const id of [STD_ERRORS, this.prefix]) addUnit(id);
    if (restNames.length === 0) {
      log.warn(
        'no-rest-names',
        'the file has no /rest definitions (vAPI-style names); ids of types outside the tagged services are guessed from PascalCase names',
        '/definitions',
        'import the complete file, which has both path families',
      );
    }
    const bodies = bodyDefinitions(doc, (tag) => this.service(tag));
    this.bodies = bodies;
    const known = new Set(this.canon.values());
    const pending = Object.keys(defs).filter((n) => /^[A-Z]/.test(n));
    const left: string[] = [];
    for (const n of pending) {
      const twin = byPascal.get(n);
      if (twin) {
        this.canon.set(n, twin);
        this.apiDef.set(twin, n);
      } else left.push(n);
    }
    // Shorter names first, so that `…Credentials` is known before `…CredentialsType` nests in it.
    left.sort((a, b) => a.length - b.length || byCode(a, b));
    for (const n of left) {
      // Not derivable: reported by refType when an imported operation reaches it.
      const id = deriveId(n, units, known);
      if (!id) continue;
      if (known.has(id))
        log.warn(
          'type-name',
          `definition '${n}' derives to '${id}', which another definition already has`,
          ptr('definitions', n),
        );
      // Operation bodies are not types: nothing nests in them.
      if (!bodies.has(n)) known.add(id);
      this.canon.set(n, id);
      this.apiDef.set(id, n);
      this.derived.push(id);
    }
  }

  /** `vm/hardware/cdrom` → `com.vmware.vcenter.vm.hardware.cdrom`; `VM` → `com.vmware.vcenter.VM`. */
  service(tag: string): string {
    return `${this.prefix}.${tag.split('/').join('.')}`;
  }

  canonical(defName: string): string | undefined {
    return this.canon.get(defName);
  }

  /** The /api definition of a canonical id, when there is one. */
  apiDefinition(id: string): string | undefined {
    return this.apiDef.get(id);
  }

  /** Every definition name with its canonical id. */
  entries(): [string, string][] {
    return [...this.canon];
  }
}

/**
 * The per-operation body objects and aliases: the definitions request bodies name, and those named
 * after an operation (`VcenterAuthenticationTokenIssue`), also where the operation takes its input
 * another way (form fields).
 */
function bodyDefinitions(doc: Schema, service: (tag: string) => string): Set<string> {
  const out = new Set<string>();
  const paths = isSchema(doc.paths) ? doc.paths : {};
  for (const item of Object.values(paths)) {
    if (!isSchema(item)) continue;
    for (const op of Object.values(item)) {
      if (!isSchema(op)) continue;
      const tag = Array.isArray(op.tags) && typeof op.tags[0] === 'string' ? op.tags[0] : undefined;
      if (tag !== undefined && typeof op.operationId === 'string')
        out.add(
          snakeToPascal(service(tag).replace(/^com\.vmware\./, '')) +
            snakeToPascal(op.operationId.replace(/\$task$/i, 'Task')),
        );
      if (!Array.isArray(op.parameters)) continue;
      for (const p of op.parameters) {
        const ref = isSchema(p) && p.in === 'body' && isSchema(p.schema) ? p.schema.$ref : undefined;
        if (typeof ref === 'string') out.add(ref.replace('#/definitions/', ''));
      }
    }
  }
  return out;
}

function collectTags(doc: Schema): string[] {
  const tags = new Set<string>();
  const paths = isSchema(doc.paths) ? doc.paths : {};
  for (const item of Object.values(paths)) {
    if (!isSchema(item)) continue;
    for (const op of Object.values(item)) {
      if (isSchema(op) && Array.isArray(op.tags)) for (const t of op.tags) tags.add(String(t));
    }
  }
  return [...tags];
}

/** The package the tags hang below, voted by /rest definition names (`vcenter.` + tag path + `.`…). */
function detectPrefix(defNames: string[], tags: string[], doc: Schema, log: ImportLog): string {
  const dotted = new Set(tags.map((t) => t.split('/').join('.')));
  const votes = new Map<string, number>();
  for (const d of defNames) {
    if (!/^[a-z]/.test(d)) continue;
    for (let i = d.indexOf('.'); i > 0; i = d.indexOf('.', i + 1)) {
      const head = d.slice(0, i);
      const rest = d.slice(i + 1);
      for (let j = 0; j <= rest.length; j++) {
        if (j < rest.length && rest[j] !== '.' && rest[j] !== '_') continue;
        if (dotted.has(rest.slice(0, j))) {
          votes.set(head, (votes.get(head) ?? 0) + 1);
          break;
        }
      }
    }
  }
  const best = [...votes].sort((a, b) => b[1] - a[1] || byCode(a[0], b[0]))[0];
  if (best) return `com.vmware.${best[0]}`;
  const title = isSchema(doc.info) && typeof doc.info.title === 'string' ? doc.info.title : '';
  if (/^[a-z][a-z0-9_]*$/.test(title)) {
    log.warn(
      'service-prefix',
      `no /rest definitions name the tags' package; assuming com.vmware.${title} from info.title`,
      '/info/title',
    );
    return `com.vmware.${title}`;
  }
  log.warn('service-prefix', 'cannot tell which package the tags are relative to; assuming com.vmware', '/tags');
  return 'com.vmware';
}

/**
 * Longest known unit prefix (else the first word as a package), then the rest in snake_case; a
 * rest that starts with a type's name nests in it.
 */
function deriveId(name: string, units: Map<string, string>, known: Set<string>): string | undefined {
  let unit: string | undefined;
  let len = 0;
  for (const [pascal, id] of units) {
    if (pascal.length <= len || !name.startsWith(pascal)) continue;
    const next = name.charAt(pascal.length);
    if (next !== '' && !/[A-Z0-9]/.test(next)) continue;
    unit = id;
    len = pascal.length;
  }
  if (!unit) {
    // Outside every package the file names (`Oauth2TokenInfo` of the token endpoint): its first
    // word is the package below com.vmware (`com.vmware.oauth2.token_info`).
    const first = pascalWords(name)[0];
    if (first === undefined || first.length === name.length) return undefined;
    unit = `com.vmware.${pascalToSnake(first).toLowerCase()}`;
    len = first.length;
  }
  const words = pascalWords(name.slice(len));
  if (words.length === 0) return undefined;
  for (let k = words.length - 1; k >= 1; k--) {
    const parent = `${unit}.${pascalToSnake(words.slice(0, k).join(''))}`;
    if (known.has(parent)) return `${parent}.${pascalToSnake(words.slice(k).join(''))}`;
  }
  return `${unit}.${pascalToSnake(words.join(''))}`;
}
