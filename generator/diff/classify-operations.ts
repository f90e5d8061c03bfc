// The rules of changes to services and operations (and of the API as a whole): what each does to
// code that calls the generated client's methods.
import { code, more, was, type Rule } from './rule.js';

export const OPERATION_RULES = {
  'service-added': { action: 'added', class: 'non-breaking', level: 'minor', text: (f) => `service added${more(f)}` },
  'service-removed': { action: 'removed', class: 'breaking', text: (f) => `service removed${more(f)}` },
  'service-accessor-changed': { action: 'changed', class: 'breaking', text: (f) => `client accessor ${was(f)}` },
  'operation-added': {
    action: 'added',
    class: 'non-breaking',
    level: 'minor',
    text: (f) => `operation added${more(f)}`,
  },
  'operation-removed': { action: 'removed', class: 'breaking', text: (f) => `operation removed${more(f)}` },
  'method-changed': { action: 'changed', class: 'breaking', text: (f) => `client method ${was(f)}` },
  'param-added': {
    action: 'added',
    class: 'breaking',
    text: (f) => `parameter ${code(f.member)} added (${f.after}); positional parameters shift`,
  },
  'param-removed': { action: 'removed', class: 'breaking', text: (f) => `parameter ${code(f.member)} removed` },
  'param-renamed': {
    action: 'changed',
    class: 'non-breaking',
    level: 'patch',
    text: (f) =>
      `parameter ${code(f.before)} renamed ${code(f.after)}: same position and type, so positional calls are unaffected${
        f.detail === 'path' ? '' : ` (it travels as ${code(f.after)} in the ${f.detail} now)`
      }`,
  },
  'params-reordered': {
    action: 'changed',
    class: 'breaking',
    text: (f) => `parameters reordered: ${f.before} → ${f.after}`,
  },
  'param-required': {
    action: 'changed',
    class: 'breaking',
    text: (f) => `parameter ${code(f.member)} is now required`,
  },
  'param-optional': {
    action: 'changed',
    class: 'non-breaking',
    level: 'minor',
    text: (f) => `parameter ${code(f.member)} is now optional`,
  },
  'param-type-changed': {
    action: 'changed',
    class: 'breaking',
    text: (f) => `parameter ${code(f.member)}: type ${was(f)}`,
  },
  'result-added': {
    action: 'added',
    class: 'non-breaking',
    level: 'minor',
    text: (f) => `now returns ${code(f.after)}`,
  },
  'result-removed': {
    action: 'removed',
    class: 'breaking',
    text: (f) => `no longer returns a result (was ${code(f.before)})`,
  },
  'result-type-changed': { action: 'changed', class: 'breaking', text: (f) => `result type ${was(f)}` },
  'result-always-set': {
    action: 'changed',
    class: 'non-breaking',
    level: 'patch',
    text: (f) => `result is always set now: ${was(f)}`,
  },
  'error-added': { action: 'added', class: 'breaking', text: (f) => `may now raise ${code(f.member)}` },
  'error-removed': {
    action: 'removed',
    class: 'non-breaking',
    level: 'patch',
    text: (f) => `no longer raises ${code(f.member)}`,
  },
  'error-data-added': {
    action: 'added',
    class: 'non-breaking',
    level: 'minor',
    text: (f) => `${code(f.member)} now carries data ${code(f.after)}`,
  },
  'error-data-changed': {
    action: 'changed',
    class: 'breaking',
    text: (f) =>
      `data of ${code(f.member)}: ${f.before ? code(f.before) : 'untyped'} → ${f.after ? code(f.after) : 'untyped'}`,
  },
  'binding-added': {
    action: 'added',
    class: 'non-breaking',
    level: 'minor',
    text: (f) => `now available on the ${f.member} style: ${code(f.after)}`,
  },
  'binding-changed': {
    action: 'changed',
    class: 'breaking',
    text: (f) =>
      `HTTP binding (${f.member}) ${f.before ? code(f.before) : 'none'} → ${f.after ? code(f.after) : 'none'}`,
  },
  'rest-bindings-dropped': {
    action: 'removed',
    class: 'non-breaking',
    level: 'patch',
    text: (f) =>
      `${f.detail} no longer ${f.ids!.length === 1 ? 'has' : 'have'} a \`/rest\` path: a client created with \`style: rest\` calls ${f.ids!.length === 1 ? 'it' : 'them'} on ${f.ids!.length === 1 ? 'its' : 'their'} \`/api\` path${f.ids!.length === 1 ? '' : 's'}, which every vCenter since 7.0U2 (API 7.0.2) serves; only older servers, which have no \`/api\`, cannot answer. Clients on the default \`/api\` style are unaffected`,
  },
  'task-changed': {
    action: 'changed',
    // The method of a task-only operation returns the task's id, of the others the result.
    class: (f) => (f.before === 'only' || f.after === 'only' ? 'breaking' : 'non-breaking'),
    level: 'minor',
    text: (f) =>
      `runs as a task: ${f.before ?? 'no'} → ${f.after ?? 'no'}${
        f.after === 'only'
          ? ' (the method now starts a task and returns its id)'
          : f.before === 'only'
            ? ' (the method now returns the result, no longer a task id)'
            : ''
      }`,
  },
  'param-location-changed': {
    action: 'changed',
    class: 'breaking',
    text: (f) => `parameter ${code(f.member)} travels in ${f.before} → ${f.after}`,
  },
  'privileges-changed': {
    action: 'changed',
    class: 'non-breaking',
    level: 'patch',
    text: (f) => `required privileges ${f.before || 'none'} → ${f.after || 'none'}`,
  },
} satisfies Record<string, Rule>;
