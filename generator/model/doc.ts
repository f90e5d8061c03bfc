// What every documented thing of the API carries: a description, the version that added it, and
// whether (and since when, in favour of what) it is deprecated.

export interface Deprecation {
  since?: string;
  /** Canonical id of what to use instead. */
  replacement?: string;
  description?: string;
}

export interface Documented {
  description?: string;
  since?: string;
  deprecated?: Deprecation;
}

/** The documentation of a node, without its other keys (and without keys it does not have). */
export function docOf(n: Documented): Documented {
  const out: Documented = {};
  if (n.description !== undefined) out.description = n.description;
  if (n.since !== undefined) out.since = n.since;
  if (n.deprecated !== undefined) out.deprecated = n.deprecated;
  return out;
}
