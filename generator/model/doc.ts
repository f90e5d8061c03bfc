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
