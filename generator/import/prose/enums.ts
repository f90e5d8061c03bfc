// Enums the file writes as plain strings with "Possible values" in the prose (9.x style; also
// accepted in Swagger 2.0 files). The enum's id comes from "For more information see: *X*", or
// from the place it was found (with a warning).
import type { DraftEnum, ImportLog, TypeRegistry } from '../shared/draft.js';
import { enumProse } from './facts.js';

export function registerProseEnum(
  registry: TypeRegistry,
  log: ImportLog,
  desc: string,
  fallbackId: string | undefined,
  pointer: string,
): string | undefined {
  const prose = enumProse(desc);
  if (!prose || prose.values.length === 0) return undefined;
  let id = prose.id;
  if (!id) {
    if (!fallbackId) return undefined;
    id = fallbackId;
    log.warn(
      'enum-name',
      `the prose lists enum values without naming the enum; named '${id}'`,
      pointer,
      'name it in an overlay if vAPI names it differently',
    );
  }
  const had = registry.types.get(id);
  if (had && had.kind !== 'enum') {
    log.warn('enum-name', `'${id}' names a ${had.kind}, not an enum; values ignored`, pointer);
    return undefined;
  }
  const en: DraftEnum = had ?? { kind: 'enum', id, values: [], pointer };
  const added = prose.values.filter((v) => !en.values.some((x) => x.value === v.value));
  if (had && added.length)
    log.warn(
      'enum-values',
      `enum '${id}' lists values here that other places do not (${added.map((v) => v.value).join(', ')}); merged`,
      pointer,
    );
  en.values.push(...added);
  registry.types.set(id, en);
  registry.proseEnums.add(id);
  return id;
}
