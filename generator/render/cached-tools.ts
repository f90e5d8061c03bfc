// CodeTools in front of a cache: each step's output is looked up by its input first; the real
// tools (and with them ts-morph and prettier) are only opened on the first miss.
import type { Cache } from './cache.js';
import type { CodeTools, Text } from './tools.js';

export function cachedTools(cache: Cache, open: () => Promise<CodeTools>): CodeTools {
  let tools: Promise<CodeTools> | undefined;
  const real = (): Promise<CodeTools> => (tools ??= open());
  return {
    async assemble(files, banner) {
      const keys = files.map((f) => JSON.stringify([banner, f.text, f.imports ?? [], f.exports ?? []]));
      const out: (Text | undefined)[] = keys.map((k, i) => {
        const text = cache.get('assemble', k);
        return text === undefined ? undefined : { path: files[i]!.path, text };
      });
      const missing = files.filter((_, i) => !out[i]);
      if (missing.length) {
        const made = await (await real()).assemble(missing, banner);
        let j = 0;
        out.forEach((o, i) => {
          if (o) return;
          out[i] = made[j++];
          cache.set('assemble', keys[i]!, out[i]!.text);
        });
      }
      return out as Text[];
    },
    async format(f) {
      const key = `${f.language}\0${f.text}`;
      const hit = cache.get('format', key);
      if (hit !== undefined) return { path: f.path, text: hit };
      const made = await (await real()).format(f);
      cache.set('format', key, made.text);
      return made;
    },
    async openapiTypes(json) {
      const hit = cache.get('openapi-ts', json);
      if (hit !== undefined) return hit;
      const made = await (await real()).openapiTypes(json);
      cache.set('openapi-ts', json, made);
      return made;
    },
    async close() {
      if (tools) await (await tools).close();
    },
  };
}
