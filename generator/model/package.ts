// What api.yaml's `package:` may say about the generated npm package beyond its name, version and
// description: the fields a published package needs (spec/README.md, spec/schema.json).

export interface PackageMeta {
  /** SPDX license expression, e.g. `MIT`. */
  license?: string;
  author?: string | { name: string; email?: string; url?: string };
  homepage?: string;
  repository?: string | { type: string; url: string; directory?: string };
  keywords?: string[];
  publishConfig?: { access?: 'public' | 'restricted'; registry?: string; tag?: string; provenance?: boolean };
}

/** The keys of PackageMeta, in the order package.json gets them. */
export const PACKAGE_META_KEYS = ['license', 'author', 'homepage', 'repository', 'keywords', 'publishConfig'] as const;
