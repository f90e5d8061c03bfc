// Helpers of the emitter tables: pick the one file of a kind, render a file's template.
import type { EmittedFile, Template } from '../../generator/emit/files.js';
import { defaultTemplatesDir } from '../../generator/paths.js';
import { createRenderer } from '../../generator/render/handlebars.js';
import { loadTemplates } from '../../generator/templates/load.js';

type Of<K extends EmittedFile['kind']> = Extract<EmittedFile, { kind: K }>;

/** The only file the emitter made, which must be of kind `kind`. */
export function only<K extends EmittedFile['kind']>(files: EmittedFile[], kind: K): Of<K> {
  if (files.length !== 1) throw new Error(`expected one file, got ${files.length}`);
  return ofKind(files[0]!, kind);
}

export function ofKind<K extends EmittedFile['kind']>(file: EmittedFile, kind: K): Of<K> {
  if (file.kind !== kind) throw new Error(`${file.path} is a ${file.kind}, not a ${kind}`);
  return file as Of<K>;
}

const renderer = createRenderer(loadTemplates(defaultTemplatesDir));

/** The text a template file renders to (before assembly and formatting). */
export function rendered(file: Extract<EmittedFile, { template: unknown }>): string {
  return renderer.render(file.template, file.view);
}

/** The view of a file made from `template` (checked: the file names that very template). */
export function viewOf<V>(file: EmittedFile, template: Template<V>): V {
  if (!('template' in file) || file.template !== template)
    throw new Error(`${file.path} is not made from ${template.name}`);
  return file.view as V;
}
