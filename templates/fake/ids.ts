// Identifiers as vCenter makes them: managed object ids (`vm-1001`, `datastore-12`), device keys
// (`3000`), UUIDs. An id of a known resource type must have its type's form: an id of another
// known type, or of no known form, is an invalid argument. Emitted verbatim (src/fake/).

interface IdForm {
  /** What a well-formed id of the type looks like. */
  readonly pattern: RegExp;
  /** Prefix of the ids the fake makes (managed objects); absent: made otherwise (keys, UUIDs). */
  readonly prefix?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const KEY = /^\d+$/;
const hw = (kind: string): string => `com.vmware.vcenter.vm.hardware.${kind}`;

/** The forms of the resource types vCenter has (types a package does not use are harmless here). */
const FORMS: ReadonlyMap<string, IdForm> = new Map<string, IdForm>([
  ['VirtualMachine', { pattern: /^vm-\d+$/, prefix: 'vm-' }],
  ['HostSystem', { pattern: /^host-\d+$/, prefix: 'host-' }],
  ['ClusterComputeResource', { pattern: /^domain-c\d+$/, prefix: 'domain-c' }],
  ['Datacenter', { pattern: /^datacenter-\d+$/, prefix: 'datacenter-' }],
  ['Folder', { pattern: /^group-[dhnsv]\d+$/, prefix: 'group-v' }],
  ['ResourcePool', { pattern: /^resgroup-v?\d+$/, prefix: 'resgroup-' }],
  ['Datastore', { pattern: /^datastore-\d+$/, prefix: 'datastore-' }],
  ['Network', { pattern: /^(network|dvportgroup)-o?\d+$/, prefix: 'network-' }],
  ['com.vmware.vcenter.StoragePolicy', { pattern: UUID }],
  ['com.vmware.content.library.Item', { pattern: UUID }],
  ['com.vmware.vcenter.compute.Resources.COMPUTE_POLICY', { pattern: UUID }],
  ...[
    'Cdrom',
    'Disk',
    'Ethernet',
    'Floppy',
    'SerialPort',
    'ParallelPort',
    'ScsiAdapter',
    'SataAdapter',
    'NvmeAdapter',
  ].map((k): [string, IdForm] => [hw(k), { pattern: KEY }]),
]);

/** Resource types whose ids are managed object ids (each has its own form). */
const MANAGED = [...FORMS].filter(([, f]) => f.prefix);

/** The known type an id has the form of (managed objects only), if any. */
export function kindOfId(value: string): string | undefined {
  return MANAGED.find(([, f]) => f.pattern.test(value))?.[0];
}

/** Why `value` is no id of `resource`, or undefined when it can be one. */
export function idProblem<P>(resource: string | undefined, value: string, bad: (message: string) => P): P | undefined {
  if (!value || /\s/.test(value)) return bad(`'${value}' is not an identifier`);
  const form = resource ? FORMS.get(resource) : undefined;
  if (!form || form.pattern.test(value)) return undefined;
  const other = kindOfId(value);
  return bad(
    other
      ? `'${value}' is an identifier of a ${other}, not of a ${resource}`
      : `'${value}' is not a well-formed ${resource} identifier`,
  );
}

/** The prefix of the managed object ids of `resource` (`vm-`), or undefined for other kinds. */
export function idPrefix(resource: string): string | undefined {
  return FORMS.get(resource)?.prefix;
}

/** The id form the fake uses for a resource type: a managed object id, a key, a UUID, or free. */
export function idStyle(resource: string | undefined): 'managed' | 'key' | 'uuid' | 'free' {
  const form = resource ? FORMS.get(resource) : undefined;
  return !form ? 'free' : form.prefix ? 'managed' : form.pattern == KEY ? 'key' : 'uuid';
}
