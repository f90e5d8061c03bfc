// A field added to a structure in a later release than the structure itself is optional unless a
// source says otherwise: a new required field would break every client of the older API that builds
// the structure, so vAPI adds fields as optional (9.1's `domain_ou` of guest customization's domain,
// added in 8.0.2 to a 7.0.0 structure, reads as required in its case in VMware's file). New: its
// `since` is later than its structure's, or the previous version's spec has the structure without
// it. The bindings facts are such a source: a field they state keeps their optionality.
import { compareVersions } from '../../model/version.js';
import type { ImportLog } from '../shared/draft.js';
import { unitId, type UnitDoc } from '../shared/unit-doc.js';
import { splitOptional } from './types.js';

/**
 * Makes such fields optional: those whose `since` is later than their structure's, and those the
 * previous version's spec (`previous`: structure id → field names) does not have in a structure it
 * has. Returns them as `<structure id>.<field>`.
 */
export function optionalNewFields(
  units: UnitDoc[],
  covered: ReadonlySet<string>,
  previous: ReadonlyMap<string, string[]> | undefined,
  log: ImportLog,
): string[] {
  const out: string[] = [];
  for (const u of units) {
    for (const [name, s] of Object.entries(u.structures ?? {})) {
      const id = `${unitId(u)}.${name}`;
      const had = previous?.get(id);
      for (const f of s.fields) {
        const later = s.since !== undefined && f.since !== undefined && compareVersions(f.since, s.since) > 0;
        const added = had !== undefined && !had.includes(f.name);
        if ((!later && !added) || covered.has(`${id}#${f.name}`)) continue;
        const t = splitOptional(f.type);
        if (t.optional) continue;
        f.type = `optional<${t.inner}>`;
        out.push(`${id}.${f.name}${f.since ? ` (since ${f.since})` : ''}`);
      }
    }
  }
  if (out.length)
    log.notes.push(
      `${out.length} fields added after their structure made optional (no source says they are required): ${out.join(', ')}`,
    );
  return out;
}
