// The rules of changes to structures, enums and error types: whether each breaks depends on how
// code written for the old surface can use the type (constructs it as input, reads it as output).
import { code, more, was, type ChangeClass, type FindingOf, type Rule } from './rule.js';

const inputUse = (f: FindingOf<string>): ChangeClass => (f.use?.input ? 'breaking' : 'non-breaking');
const outputUse = (f: FindingOf<string>): ChangeClass => (f.use?.output ? 'breaking' : 'non-breaking');

export const TYPE_RULES = {
  'structure-added': {
    action: 'added',
    class: 'non-breaking',
    level: 'minor',
    text: (f) => `structure added${more(f)}`,
  },
  'structure-removed': { action: 'removed', class: 'breaking', text: (f) => `structure removed${more(f)}` },
  'type-name-changed': { action: 'changed', class: 'breaking', text: (f) => `exported TypeScript name ${was(f)}` },
  'field-added': {
    action: 'added',
    class: (f) => (f.after === 'required' ? inputUse(f) : 'non-breaking'),
    level: 'minor',
    text: (f) => `field ${code(f.member)} added (${f.after}${f.detail ? `, ${f.detail}` : ''})`,
  },
  'field-removed': { action: 'removed', class: 'breaking', text: (f) => `field ${code(f.member)} removed` },
  'field-renamed': {
    action: 'changed',
    class: 'breaking',
    text: (f) =>
      `field ${code(f.before)} renamed ${code(f.after)}: only the case differs, but it is another key on the wire and another property in TypeScript`,
  },
  'field-type-changed': {
    action: 'changed',
    class: 'breaking',
    text: (f) => `field ${code(f.member)}: type ${was(f)}`,
  },
  'field-required': {
    action: 'changed',
    class: inputUse,
    level: 'patch',
    text: (f) => `field ${code(f.member)} is now required`,
  },
  'field-optional': {
    action: 'changed',
    class: outputUse,
    level: 'minor',
    text: (f) => `field ${code(f.member)} is now optional`,
  },
  'union-changed': {
    action: 'changed',
    class: 'breaking',
    text: (f) =>
      `tagged union ${f.before ? `on ${code(f.before)}` : 'none'} → ${f.after ? `on ${code(f.after)}` : 'none'}`,
  },
  'case-field-dropped': {
    action: 'changed',
    class: 'breaking',
    text: (f) => `case ${code(f.member)} no longer has field ${code(f.before)}`,
  },
  'case-field-required': {
    action: 'changed',
    class: inputUse,
    level: 'patch',
    text: (f) => `case ${code(f.member)} now requires field ${code(f.after)}`,
  },
  'case-field-optional': {
    action: 'changed',
    class: outputUse,
    level: 'minor',
    text: (f) => `case ${code(f.member)} no longer requires field ${code(f.after)}`,
  },
  'case-field-allowed': {
    action: 'changed',
    class: 'non-breaking',
    level: 'minor',
    text: (f) => `case ${code(f.member)} now allows field ${code(f.after)}`,
  },
  'enum-added': { action: 'added', class: 'non-breaking', level: 'minor', text: (f) => `enum added${more(f)}` },
  'enum-removed': { action: 'removed', class: 'breaking', text: (f) => `enum removed${more(f)}` },
  'value-added': {
    action: 'added',
    class: 'non-breaking',
    level: 'minor',
    text: (f) => `value ${code(f.member)} added`,
  },
  'value-removed': { action: 'removed', class: 'breaking', text: (f) => `value ${code(f.member)} removed` },
  'error-type-added': {
    action: 'added',
    class: 'non-breaking',
    level: 'minor',
    text: (f) => `error type added${more(f)}`,
  },
  'error-type-removed': { action: 'removed', class: 'breaking', text: (f) => `error type removed${more(f)}` },
  'error-type-changed': {
    action: 'changed',
    class: 'breaking',
    text: (f) => `${f.member === 'type' ? 'wire type' : 'exported class'} ${was(f)}`,
  },
} satisfies Record<string, Rule>;
