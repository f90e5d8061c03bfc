// Facts VMware's files state only in prose: resource types of ids, tagged-union cases, enum values,
// versions, deprecations, privileges, errors. Each reader returns facts, never the sentences.
import { canonicalResourceType, dottedPascalToCanonical, normalizeVersion } from '../shared/names.js';
import type { EnumValueDoc, PrivilegeDoc } from '../shared/unit-doc.js';

const RT = String.raw`resource type:\s*` + '`?' + String.raw`([^\s` + '`' + String.raw`]+)`;

export interface ResourceTypes {
  /** The value itself (or each element of a list) is an id of this type. */
  self?: string;
  /** Map keys are ids of this type. */
  key?: string;
  /** Map values are ids of this type. */
  value?: string;
  /** Two different types were named for the same place. */
  conflict?: string[];
}

/** Reads "must be an identifier for the resource type: X" and its variants. */
export function resourceTypes(desc: string | undefined): ResourceTypes {
  const out: ResourceTypes = {};
  if (!desc || !desc.includes('resource type')) return out;
  const put = (slot: 'self' | 'key' | 'value', raw: string): void => {
    const t = canonicalResourceType(raw);
    const had = out[slot];
    if (had !== undefined && had !== t) out.conflict = [had, t];
    else out[slot] = t;
  };
  for (const m of desc.matchAll(
    new RegExp(String.raw`key in the (?:\w+ )?map (?:must|will) be an identifier for the ${RT}`, 'g'),
  ))
    put('key', m[1]!);
  for (const m of desc.matchAll(
    new RegExp(
      String.raw`(?<!key in the (?:\w+ )?map )(?:must|will) (?:be an identifier|contain identifiers) for the ${RT}`,
      'g',
    ),
  ))
    put('self', m[1]!);
  if (/values in this map/i.test(desc)) {
    const m = desc.match(new RegExp(String.raw`They will be identifiers for the ${RT}`));
    if (m) put('value', m[1]!);
  }
  return out;
}

export interface UnionCondition {
  /** Field name of the discriminant (normalized: last segment, `-` → `_`). */
  discriminant: string;
  values: string[];
  /** The prose also says the field may be unset within its case. */
  optionalInCase: boolean;
}

const UNSET = /\b(?:if|may be|can be|will be|might be)\s+(?:unset|missing or `?null`?)\b|\bDefaults to\b/i;

/** Reads "… only relevant when the value of X.type is one of A or B." */
export function unionCondition(desc: string | undefined): UnionCondition | undefined {
  if (!desc) return undefined;
  const m = desc.match(/only relevant when the value of (\S+) is (one of )?([^\n]+)/);
  if (!m) return undefined;
  const disc = m[1]!.split(/[.#]/).pop()!.replace(/-/g, '_').replace(/[*`]/g, '');
  const list = m[3]!.split(/\.\s/)[0]!.replace(/\.\s*$/, '');
  const values = list
    .split(/\s*,\s*(?:or\s+)?|\s+or\s+/)
    .map((v) => v.replace(/[*`]/g, '').trim().replace(/\.$/, ''))
    .filter((v) => v.length > 0)
    .map((v) => v.split('.').pop()!);
  const rest = desc.replace(m[0], '');
  return { discriminant: disc, values, optionalInCase: UNSET.test(rest) };
}

const MAY_BE_UNSET = /\b(?:if|may be|can be|will be|might be)\s+(?:unset|missing or `?null`?)\b/i;

/** True when the prose says the value may be absent (results: "If unset, …"). */
export function saysMayBeUnset(desc: string | undefined): boolean {
  return !!desc && MAY_BE_UNSET.test(desc);
}

const SUBJECTS =
  'operation|property|field|structure|schema|enumeration|enum|method|attribute|class|parameter|service|package|type|error';

/**
 * "This operation was added in __vSphere API 7.0.2.0__." → `7.0.2`. `subjects` says whose version
 * it is: enum values ("This constant was added …") are read by enumProse, not here.
 */
export function sinceOf(desc: string | undefined, subjects = SUBJECTS): string | undefined {
  const m = desc?.match(
    new RegExp(String.raw`\bThis (?:${subjects}) (?:was|were) added in (?:_{2})?vSphere API ([0-9]+(?:\.[0-9]+)+)`),
  );
  return m ? normalizeVersion(m[1]!) : undefined;
}

/** A deprecation stated for the thing itself; `true` when no version is given. */
export function deprecationOf(desc: string | undefined): true | { since: string } | undefined {
  const m = desc?.match(
    /\bThis (?:operation|property|field|structure|schema|enumeration|method|attribute|class) (?:was|has been|is) deprecated\b([^\n]*)/i,
  );
  if (!m) return undefined;
  const v = m[1]!.match(/vSphere API ([0-9]+(?:\.[0-9]+)+)/);
  return v ? { since: normalizeVersion(v[1]!) } : true;
}

export interface PrivilegeProse {
  privileges: PrivilegeDoc[];
  /** Lines of the privilege list that no rule understood. */
  unparsed: string[];
}

function privilegeList(text: string): string[] {
  return text
    .replace(/\.\s*$/, '')
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+/)
    .map((p) => p.replace(/[`*]/g, '').trim())
    .filter((p) => p.length > 0);
}

/** Reads the "privileges described as follows:" list of an operation. */
export function privilegesOf(desc: string | undefined): PrivilegeProse {
  const out: PrivilegeProse = { privileges: [], unparsed: [] };
  const at = desc?.indexOf('privileges described as follows') ?? -1;
  if (!desc || at < 0) return out;
  for (const raw of desc.slice(at).split('\n').slice(1)) {
    const line = raw.trim().replace(/^-\s*/, '').trim();
    if (!line) continue;
    let m = line.match(/^The resource `?([^\s`]+)`? referenced by the parameter `?(\w+)`? requires (.+)$/);
    if (m) {
      out.privileges.push({ param: m[2]!, resource: canonicalResourceType(m[1]!), require: privilegeList(m[3]!) });
      continue;
    }
    // A resource named by a field of a parameter's structure (`VM.ClonePlacementSpec.folder`): the
    // privileges apply to a resource of that type; the field's path is not kept.
    m = line.match(/^The resource `?([^\s`]+)`? referenced by the attribute `?[\w.-]+`? requires (.+)$/);
    if (m) {
      const p = { resource: canonicalResourceType(m[1]!), require: privilegeList(m[2]!) };
      const same = (q: PrivilegeDoc): boolean => q.param === undefined && JSON.stringify(q) === JSON.stringify(p);
      if (!out.privileges.some(same)) out.privileges.push(p);
      continue;
    }
    m = line.match(/^Operation execution requires (?:the )?(.+?)(?: privileges?)?\.?$/);
    if (m && !/\bif\b/i.test(line)) {
      out.privileges.push({ require: privilegeList(m[1]!) });
      continue;
    }
    out.unparsed.push(line);
  }
  return out;
}

export interface EnumProse {
  values: EnumValueDoc[];
  /** The enum's canonical id from "For more information see: *X*", when stated. */
  id?: string;
}

/** Reads "Possible values:\n - `A`: …" lists (with per-value "This constant was added in …"). */
export function enumProse(desc: string | undefined): EnumProse | undefined {
  if (!desc) return undefined;
  const at = desc.indexOf('Possible values');
  const inline = desc.match(/Value is one of:?\s*([^\n]+)/);
  if (at < 0 && !inline) return undefined;
  const values: EnumValueDoc[] = [];
  if (at >= 0) {
    for (const line of desc.slice(at).split('\n').slice(1)) {
      const item = line.match(/^\s*-\s*`([^`]+)`/);
      if (item) {
        values.push({ value: item[1]! });
        continue;
      }
      const since = sinceOf(line, 'constant');
      const last = values[values.length - 1];
      if (since && last) last.since = since;
      if (/For more information see/.test(line)) break;
    }
  } else {
    for (const v of inline![1]!.split(/\s*,\s*(?:or\s+)?|\s+or\s+/)) {
      const t = v.replace(/[`*.]/g, '').trim();
      if (/^[A-Z][A-Z0-9_]*$/.test(t)) values.push({ value: t });
    }
  }
  const ref = desc.match(/For more information see:\s*\*([A-Za-z0-9_.]+)\*/);
  return { values, ...(ref ? { id: `com.vmware.${dottedPascalToCanonical(ref[1]!)}` } : {}) };
}

/** Error names listed in a response description: `***Vapi.Std.Errors.NotFound***` → canonical ids. */
export function errorsInDescription(desc: string | undefined): string[] {
  if (!desc) return [];
  return [...desc.matchAll(/\*\*\*([A-Za-z0-9_.]+)\*\*\*/g)].map((m) => `com.vmware.${dottedPascalToCanonical(m[1]!)}`);
}
