// The rules for names (naming.ts applies them, in one fixed order): TypeScript identifiers,
// accessors, module paths, OpenAPI names, and the names the package's own code takes. Emitters
// never invent names; escaping text for generated code is theirs (emit/syntax.ts).

/** Words an identifier must not be: reserved words of JavaScript and TypeScript, and type names. */
const RESERVED = new Set(
  [
    'break case catch class const continue debugger default delete do else enum export extends false finally',
    'for function if import in instanceof new null return super switch this throw true try typeof var void',
    'while with yield let static implements interface package private protected public await abstract as async',
    'declare from get is keyof module namespace never readonly require set type undefined unique unknown infer',
    'any boolean number object string symbol bigint arguments eval',
  ]
    .join(' ')
    .split(' '),
);

/** Global names the generated code uses and must not shadow. */
export const BUILTIN_GLOBALS: readonly string[] = [
  'Array',
  'Boolean',
  'Date',
  'Error',
  'Function',
  'JSON',
  'Map',
  'Math',
  'Number',
  'Object',
  'Promise',
  'Partial',
  'Pick',
  'Omit',
  'Readonly',
  'Record',
  'Required',
  'Set',
  'String',
  'Symbol',
  'Exclude',
  'Extract',
  'NonNullable',
  'ReturnType',
  'RegExp',
  'URL',
  'Response',
  'Request',
  'Headers',
  'AbortSignal',
  'fetch',
  'globalThis',
  'console',
  'process',
];

/** Names the package's templates declare next to the spec's: client.ts.hbs and errors.ts.hbs. */
export const TEMPLATE_NAMES: readonly string[] = [
  'createClient',
  'createTransport',
  'errorRegistry',
  'UnknownVapiError',
];

/**
 * What no generated name may be: the globals the code uses, the names the templates declare, and
 * `runtime`, the names the runtime's modules export (read from the runtime files).
 */
export function reservedNames(runtime: Iterable<string>): string[] {
  return [...BUILTIN_GLOBALS, ...TEMPLATE_NAMES, ...runtime];
}

const words = (s: string): string[] =>
  s
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);

const cap = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

/** `backing_info` → BackingInfo, `ISO_FILE` → IsoFile, `getFoo` → GetFoo. */
export function pascal(s: string): string {
  return words(s)
    .map((w) => (w === w.toUpperCase() ? cap(w.toLowerCase()) : cap(w)))
    .join('');
}

/** `create_temporary` → createTemporary. */
export function camel(s: string): string {
  const p = pascal(s);
  return p.charAt(0).toLowerCase() + p.slice(1);
}

/** Makes any text a valid identifier that is not a reserved word. */
export function identifier(s: string, fallback = 'value'): string {
  let id = s.replace(/[^A-Za-z0-9_$]/g, '');
  if (!id) id = fallback;
  if (/^[0-9]/.test(id)) id = `_${id}`;
  if (RESERVED.has(id)) id = `${id}_`;
  return id;
}

/** Hands out unique names in the order asked; a clash gets a numeric suffix. */
export class NameRegistry {
  private readonly taken = new Set<string>();
  constructor(reserved: Iterable<string> = []) {
    for (const r of reserved) this.taken.add(r);
  }
  claim(preferred: string): string {
    let name = preferred;
    for (let n = 2; this.taken.has(name); n++) name = `${preferred}${n}`;
    this.taken.add(name);
    return name;
  }
  has(name: string): boolean {
    return this.taken.has(name);
  }
}

/** Segments of a canonical id relative to the root package; ids outside it drop `com.vmware.`. */
export function relativeSegments(id: string, root: string): string[] {
  if (id === root) return [];
  if (id.startsWith(`${root}.`)) return id.slice(root.length + 1).split('.');
  return id.replace(/^com\.vmware\./, '').split('.');
}

/** PascalCase type name for a structure or enum id. */
export function typeNameFor(id: string, root: string): string {
  const name = relativeSegments(id, root).map(pascal).join('');
  return identifier(name, 'Type');
}

/** Class name for a vAPI error: `not_found` → NotFoundError, the base `error` → VapiStdError. */
export function errorClassName(id: string): string {
  const last = id.slice(id.lastIndexOf('.') + 1);
  return last === 'error' ? 'VapiStdError' : identifier(`${pascal(last)}Error`);
}

/** Members of the client object (templates/client.ts.hbs) besides its service accessors. */
export const CLIENT_MEMBERS: readonly string[] = ['transport', 'login', 'logout', 'withResult'];

/** The client's interface: com.vmware.vcenter.vm → VcenterVmClient. */
export function clientInterfaceName(root: string): string {
  return `${pascal(root.replace(/^com\.vmware\./, '').replace(/\./g, '_'))}Client`;
}

/** The package's command that starts its fake vCenter: `@vcgen/vcenter-vm` → `vcenter-vm-fake`. */
export function fakeCommandName(packageName: string): string {
  return `${packageName.replace(/^@[^/]*\//, '')}-fake`;
}

/** Method name of an operation: `create_temporary` → createTemporary. */
export function safeMethod(name: string): string {
  const m = camel(name) || 'call';
  // `then` would make a service object thenable (await would call it).
  return m === 'constructor' || m === '__proto__' || m === 'then' ? `${m}_` : m;
}

/** `powerOn` → POWER_ON (a module constant's name). */
export function upperSnake(s: string): string {
  return s
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .toUpperCase();
}

/** Name for an id type: `VirtualMachine` → VirtualMachineId; dotted types use their last segment. */
export function resourceIdName(resource: string): string {
  const last = resource.slice(resource.lastIndexOf('.') + 1);
  return identifier(`${pascal(last)}Id`);
}

/**
 * Accessor path for a service below the root: com.vmware.vcenter.vm.guest.local_filesystem →
 * guest.localFilesystem.
 */
export function accessorPath(id: string, root: string): string[] {
  return relativeSegments(id, root).map(accessorSegment);
}

/** One segment of an accessor path: `local_filesystem` → localFilesystem. */
export function accessorSegment(segment: string): string {
  const a = camel(segment);
  // `then` would make the object thenable (await would call it).
  return a === '__proto__' || a === 'constructor' || a === 'then' ? `${a}_` : a || 'service';
}

/** Module path (no extension) of a service file inside src/. */
export function serviceModule(id: string, root: string): string {
  return `services/${relativeSegments(id, root)
    .map(
      (s) =>
        s
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-|-$/g, '') || 'service',
    )
    .join('/')}`;
}

/**
 * OpenAPI tag of a service, VMware's own style: com.vmware.vcenter.vm.guest.local_filesystem →
 * Vcenter.Vm.Guest.LocalFilesystem.
 */
export function openApiTag(serviceId: string): string {
  return serviceId
    .replace(/^com\.vmware\./, '')
    .split('.')
    .map((s) => pascal(s) || '_')
    .join('.');
}

/**
 * OpenAPI operationId, VMware's own style: Vcenter.Vm.Hardware.Serial_disconnect; the /rest binding
 * adds `$Rest`, a task form (of an operation that has the plain form too) `$task`, as VMware's files.
 */
export function openApiOperationId(serviceId: string, operation: string, style: 'api' | 'rest', task = false): string {
  return `${openApiTag(serviceId)}_${camel(operation) || operation}${task ? '$task' : ''}${style === 'rest' ? '$Rest' : ''}`;
}
