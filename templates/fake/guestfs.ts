// Files and directories of the guest (guest.filesystem.*): an in-memory tree per VM with the
// errors the operations document: NOT_FOUND for a missing path or parent, ALREADY_EXISTS for a
// taken destination, RESOURCE_IN_USE for a non-empty directory, INVALID_ARGUMENT for a file where
// a directory goes (and the reverse). Emitted verbatim into the package (src/fake/).
import { own } from './check.js';
import { guestReady, pathRules, type GuestFile, type GuestState } from './guest.js';
import type { VmRecord } from './inventory.js';
import type { Behaviour, Call, Obj } from './world.js';

const FS = 'com.vmware.vcenter.vm.guest.filesystem';

export function guestFsBehaviours(add: (op: string, b: Behaviour) => void): void {
  const on = (op: string, handle: (call: Call, fs: Tree) => unknown): void =>
    add(`${FS}.${op}`, { handle: (call) => handle(call, new Tree(call, guestReady(call))) });
  on('directories.create', (call, fs) => {
    const path = fs.path('path');
    if (fs.files.has(path)) call.fail(['ALREADY_EXISTS'], `${path} exists already`);
    if (own(call.args, 'create_parents') === true) fs.mkdirs(fs.rules.parent(path));
    fs.dir(fs.rules.parent(path));
    fs.files.set(path, fs.entry('DIRECTORY'));
    return undefined;
  });
  on('directories.create_temporary', (call, fs) => fs.temporary('DIRECTORY'));
  on('files.create_temporary', (call, fs) => fs.temporary('FILE'));
  on('directories.delete', (call, fs) => {
    const path = fs.path('path');
    if (fs.get(path).type != 'DIRECTORY') call.fail(['INVALID_ARGUMENT'], `${path} is not a directory`);
    const inside = fs.below(path);
    if (inside.length && own(call.args, 'recursive') !== true) call.fail(['RESOURCE_IN_USE'], `${path} is not empty`);
    for (const p of [path, ...inside]) fs.files.delete(p);
    return undefined;
  });
  on('directories.move', (call, fs) => fs.move('DIRECTORY'));
  on('files.move', (call, fs) => fs.move('FILE'));
  on('files.delete', (call, fs) => {
    const path = fs.path('path');
    if (fs.get(path).type == 'DIRECTORY') call.fail(['INVALID_ARGUMENT'], `${path} is a directory`);
    fs.files.delete(path);
    return undefined;
  });
  on('files.get', (call, fs) => {
    const path = fs.path('path');
    const f = fs.get(path);
    return { type: f.type, size: f.size, attributes: fs.attributes(f) };
  });
  on('files.update', (call, fs) => {
    const f = fs.get(fs.path('path'));
    const a = (own(call.args, 'file_attributes') ?? {}) as Obj;
    if (typeof a.last_modified == 'string') f.modified = Date.parse(a.last_modified);
    if (typeof a.last_accessed == 'string') f.accessed = Date.parse(a.last_accessed);
    const w = a.windows as Obj | undefined;
    if (w)
      Object.assign(f, {
        ...(w.hidden != null ? { hidden: w.hidden } : {}),
        ...(w.read_only != null ? { readOnly: w.read_only } : {}),
      });
    return undefined;
  });
  on('files.list', (call, fs) => fs.list());
  on('transfers.create', (call, fs) => {
    const spec = own(call.args, 'spec') as Obj;
    const path = fs.rules.norm(String(spec.path));
    const attrs = spec.attributes as Obj | undefined;
    if (attrs) {
      const existing = fs.files.get(path);
      if (existing?.type == 'DIRECTORY') call.fail(['INVALID_ARGUMENT'], `${path} is a directory`);
      if (existing && attrs.overwrite !== true) call.fail(['ALREADY_EXISTS'], `${path} exists and overwrite is off`);
      fs.dir(fs.rules.parent(path));
      fs.files.set(path, { ...fs.entry('FILE'), size: Number(attrs.size) });
    } else if (fs.get(path).type != 'FILE') call.fail(['INVALID_ARGUMENT'], `${path} is not a file`);
    const host = call.world.inventory.get(String(call.vm().attrs.host))?.name ?? 'esx.fake';
    return `https://${host}/guestFile?id=${call.world.next()}&token=${call.world.random.hex(24)}`;
  });
}

/** One call's view of a guest's files. */
class Tree {
  readonly rules: ReturnType<typeof pathRules>;
  readonly files: Map<string, GuestFile>;
  private readonly g: GuestState;

  constructor(
    private readonly call: Call,
    vm: VmRecord,
  ) {
    this.g = vm.guest;
    this.rules = pathRules(this.g);
    this.files = this.g.files;
  }

  path(param: string): string {
    return this.rules.norm(String(own(this.call.args, param)));
  }

  get(path: string): GuestFile {
    return this.files.get(path) ?? this.call.fail(['NOT_FOUND'], `${path} does not exist in the guest`);
  }

  dir(path: string): void {
    const f = this.get(path);
    if (f.type != 'DIRECTORY') this.call.fail(['INVALID_ARGUMENT'], `${path} is not a directory`);
  }

  mkdirs(path: string): void {
    if (this.files.has(path) || path == this.rules.root) return;
    this.mkdirs(this.rules.parent(path));
    this.files.set(path, this.entry('DIRECTORY'));
  }

  entry(type: GuestFile['type']): GuestFile {
    const now = this.call.world.clock.now();
    return { type, size: type == 'DIRECTORY' ? 4096 : 0, modified: now, accessed: now };
  }

  below(path: string): string[] {
    const prefix = path.endsWith(this.rules.sep) ? path : path + this.rules.sep;
    return [...this.files.keys()].filter((p) => p.startsWith(prefix));
  }

  temporary(type: GuestFile['type']): string {
    const a = this.call.args;
    const parent =
      own(a, 'parent_path') != null
        ? this.path('parent_path')
        : this.rules.norm(this.g.family == 'WINDOWS' ? 'C:\\Windows\\Temp' : '/tmp');
    this.dir(parent);
    const name = `${String(own(a, 'prefix'))}${this.call.world.random.hex(8)}${String(own(a, 'suffix'))}`;
    const path = parent.endsWith(this.rules.sep) ? parent + name : parent + this.rules.sep + name;
    this.files.set(path, this.entry(type));
    return path;
  }

  move(type: GuestFile['type']): undefined {
    const from = this.path('path');
    const to = this.path('new_path');
    const f = this.get(from);
    if (f.type != type)
      this.call.fail(['INVALID_ARGUMENT'], `${from} is not a ${type == 'FILE' ? 'file' : 'directory'}`);
    this.dir(this.rules.parent(to));
    if (this.files.has(to) && !(type == 'FILE' && own(this.call.args, 'overwrite') === true))
      this.call.fail(['ALREADY_EXISTS'], `${to} exists already`);
    for (const p of type == 'DIRECTORY' ? this.below(from) : []) {
      this.files.set(to + p.slice(from.length), this.files.get(p)!);
      this.files.delete(p);
    }
    this.files.delete(from);
    this.files.set(to, f);
    return undefined;
  }

  attributes(f: GuestFile): Obj {
    const common = {
      last_modified: new Date(f.modified).toISOString(),
      last_accessed: new Date(f.accessed).toISOString(),
    };
    return this.g.family == 'WINDOWS'
      ? {
          ...common,
          filesystem_family: 'WINDOWS',
          win_attributes: { hidden: !!f.hidden, read_only: !!f.readOnly, created: common.last_modified },
        }
      : {
          ...common,
          filesystem_family: 'POSIX',
          posix_attributes: { owner: 0, group: 0, permissions: f.type == 'DIRECTORY' ? '755' : '644' },
          ...(f.target ? { symlink_target: f.target } : {}),
        };
  }

  list(): Obj {
    const path = this.path('path');
    const f = this.get(path);
    const entries: [string, GuestFile][] =
      f.type == 'DIRECTORY'
        ? this.below(path)
            .filter((p) => !p.slice(path.length + (path.endsWith(this.rules.sep) ? 0 : 1)).includes(this.rules.sep))
            .map((p) => [p.slice(p.lastIndexOf(this.rules.sep) + 1), this.files.get(p)!])
        : [[path.slice(path.lastIndexOf(this.rules.sep) + 1), f]];
    const pattern = (own(this.call.args, 'filter') as Obj | undefined)?.match_pattern;
    let re: RegExp | undefined;
    try {
      re = typeof pattern == 'string' ? new RegExp(pattern) : undefined;
    } catch {
      this.call.fail(['INVALID_ARGUMENT'], `filter.match_pattern '${String(pattern)}' is not a regular expression`);
    }
    const matching = entries.filter(([n]) => !re || re.test(n)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const it = (own(this.call.args, 'iteration') ?? {}) as Obj;
    const start = typeof it.index == 'number' ? it.index : 0;
    const size = typeof it.size == 'number' && it.size > 0 ? it.size : 50;
    const page = matching.slice(start, start + size);
    return {
      files: page.map(([filename, e]) => ({ filename, type: e.type, size: e.size })),
      total: matching.length,
      ...(page.length ? { start_index: start, end_index: start + page.length - 1 } : {}),
      status: start + page.length >= matching.length ? 'END_OF_DATA' : 'READY',
    };
  }
}
