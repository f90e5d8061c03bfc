// A field added to a structure in a later release than the structure itself is optional unless a
// source says otherwise: a new required field would break every client of the older API that builds
// the structure, so vAPI adds fields as optional (9.1's `domain_ou` of guest customization's domain,
// added in 8.0.2 to a 7.0.0 structure, reads as required in its case in VMware's file). The bindings
// facts are such a source: a field they state keeps their optionality.
import { compareVersions } from '../../model/version.js';
import type { ImportLog } from '../shared/draft.js';
import { unitId, type UnitDoc } from '../shared/unit-doc.js';
import { splitOptional } from './types.js';

/** Makes such fields optional; returns them as `<structure id>.<field> (since <v>)`. */
export function optionalNewFields(units: UnitDoc[], covered: ReadonlySet<string>, log: ImportLog): string[] {
  const out: string[] = [];
  for (const u of units) {
    for (const [name, s] of Object.entries(u.structures ?? {})) {
      if (!s.since) continue;
      const id = `${unitId(u)}.${name}`;
      for (const f of s.fields) {
        if (!f.since || compareVersions(f.since, s.since) <= 0 || covered.has(`${id}#${f.name}`)) continue;
        const t = splitOptional(f.type);
        if (t.optional) continue;
        f.type = `optional<${t.inner}>`;
        out.push(`${id}.${f.name} (since ${f.since})`);
      }
    }
  }
  if (out.length)
    log.notes.push(
      `${out.length} fields added after their structure made optional (no source says they are required): ${out.join(', ')}`,
    );
  return out;
}
