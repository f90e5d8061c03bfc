// Name conversions between the spellings VMware's files use and vAPI canonical ids.
// vAPI canonical names are snake_case but keep acronyms in capitals: GlobalDNSSettings is
// global_DNS_settings, GuestOS is guest_OS, VM stays VM.
import { TYPE_KEYWORDS } from '../../model/types.js';

/**
 * What an import covers: the services below the package `below` (`--only`) and the services
 * listed (`--service`); neither: the whole file.
 */
export interface ImportScope {
  below?: string;
  services?: readonly string[];
}

export function inScope(service: string, scope: ImportScope | undefined): boolean {
  if (!scope || (scope.below === undefined && !scope.services?.length)) return true;
  return (
    (scope.below !== undefined && service.startsWith(`${scope.below}.`)) || (scope.services ?? []).includes(service)
  );
}

/** Splits a PascalCase or camelCase word into its words: `GlobalDNSSettings` → Global, DNS, Settings. */
export function pascalWords(name: string): string[] {
  return name.match(/[A-Z]+(?![a-z])[0-9]*|[A-Z]?[a-z0-9]+|[0-9]+/g) ?? [];
}

/** A word of two or more capitals (digits may follow) is an acronym and keeps its case. */
function snakeWord(word: string): string {
  return /^[A-Z]{2,}[0-9]*$/.test(word) ? word : word.toLowerCase();
}

/** `GlobalDNSSettings` → `global_DNS_settings`, `createTemporary` → `create_temporary`, `VM` → `VM`. */
export function pascalToSnake(name: string): string {
  if (/^[a-z0-9_]+$/.test(name)) return name;
  return pascalWords(name).map(snakeWord).join('_');
}

/** `global_DNS_settings` → `GlobalDNSSettings` (how the Swagger /api definitions spell a canonical name). */
export function snakeToPascal(name: string): string {
  return name
    .split(/[._]/)
    .filter((p) => p.length > 0)
    .map((p) => p.charAt(0).toUpperCase() + p.slice(1))
    .join('');
}

/** `Vcenter.Vm.Hardware.Cdrom.BackingInfo` → `vcenter.vm.hardware.cdrom.backing_info`. */
export function dottedPascalToCanonical(name: string): string {
  return name.split('.').map(pascalToSnake).join('.');
}

/**
 * A resource type as written in the prose, made canonical: backticks dropped, and 7.x's
 * shortened dotted ids (`vcenter.vm.hardware.Cdrom`) get their `com.vmware.` back. Names without a
 * dot (`VirtualMachine`, `Network:VCenter`) and names starting with a capital stay as written.
 */
export function canonicalResourceType(raw: string): string {
  const t = raw.replace(/`/g, '').replace(/\.+$/, '');
  if (!t.includes('.') || t.startsWith('com.') || !/^[a-z]/.test(t)) return t;
  return `com.vmware.${t}`;
}

/** `7.0.3.0` → `7.0.3`, `9.1.0.0` → `9.1.0`; three-part and shorter versions stay as they are. */
export function normalizeVersion(v: string): string {
  const parts = v.split('.');
  return parts.length === 4 && parts[3] === '0' ? parts.slice(0, 3).join('.') : v;
}

/** The package of vAPI's standard errors. */
export const STD_ERRORS = 'com.vmware.vapi.std.errors';

/** A standard error type (`com.vmware.vapi.std.errors.not_found`), not a type nested in one. */
export function isStdErrorId(id: string): boolean {
  return id.startsWith(`${STD_ERRORS}.`) && id.split('.').length === 6;
}

/** Escapes one JSON pointer segment. */
export function ptrSeg(s: string | number): string {
  return String(s).replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Builds a JSON pointer from segments. */
export function ptr(...segs: (string | number)[]): string {
  return segs.map((s) => `/${ptrSeg(s)}`).join('');
}

/** True when a relative type name would be read as a keyword of the type language. */
export function isTypeKeyword(name: string): boolean {
  return TYPE_KEYWORDS.has(name);
}
