// The guest OS of a VM as guest operations see it: they need the VM running and VMware Tools up
// (NOT_ALLOWED_IN_CURRENT_STATE, SERVICE_UNAVAILABLE), and guest credentials that match a guest
// user (UNAUTHENTICATED). Processes run what a pluggable handler decides; files and directories
// live in an in-memory tree; environment variables in a map. Emitted verbatim (src/fake/).
import { own } from './check.js';
import type { VmRecord } from './inventory.js';
import type { Behaviour, Call, Obj } from './world.js';

export interface GuestUser {
  username: string;
  /** A secret: never recorded. */
  password: string;
}

/** What a started program does: its exit code and how long it runs on the fake's clock. */
export interface ProcessOutcome {
  exitCode?: number;
  durationMs?: number;
}

export interface ProcessStart {
  vm: string;
  user: string;
  path: string;
  arguments: string;
  workingDirectory: string | undefined;
  environment: Readonly<Record<string, string>>;
}

/** Decides what a program started in the guest does (default: exits 0 at once). */
export type ProcessHandler = (start: ProcessStart) => ProcessOutcome | number | void;

export interface GuestProcess {
  readonly pid: number;
  readonly name: string;
  readonly owner: string;
  readonly command: string;
  readonly started: number;
  /** When it ends (or ended) on the fake's clock; undefined: runs until killed. */
  finished: number | undefined;
  exitCode: number | undefined;
}

export interface GuestFile {
  type: 'FILE' | 'DIRECTORY' | 'SYMLINK';
  size: number;
  modified: number;
  accessed: number;
  target?: string;
  hidden?: boolean;
  readOnly?: boolean;
}

export interface GuestState {
  family: 'LINUX' | 'WINDOWS';
  os: string;
  fullName: string;
  hostName: string;
  ipAddress: string | undefined;
  users: GuestUser[];
  /** SAML bearer tokens the guest accepts. */
  tokens: string[];
  env: Record<string, string>;
  files: Map<string, GuestFile>;
  processes: Map<number, GuestProcess>;
  nextPid: number;
  onProcess: ProcessHandler | undefined;
  /** Suspended by the guest itself (guest power standby). */
  standby: boolean;
}

const G = 'com.vmware.vcenter.vm.guest';

/** The guest's path rules: separator and root. */
export function pathRules(g: GuestState): {
  sep: string;
  root: string;
  norm(p: string): string;
  parent(p: string): string;
} {
  const win = g.family == 'WINDOWS';
  const sep = win ? '\\' : '/';
  const norm = (p: string): string => {
    let s = win ? p.replace(/\//g, '\\') : p;
    while (s.length > (win ? 3 : 1) && s.endsWith(sep)) s = s.slice(0, -1);
    return s;
  };
  const root = win ? 'C:\\' : '/';
  return {
    sep,
    root,
    norm,
    parent: (p) => (p.lastIndexOf(sep) <= root.length - 1 ? root : p.slice(0, p.lastIndexOf(sep))),
  };
}

/** Guest operations need the VM on, Tools running and valid guest credentials. */
export function guestReady(call: Call, credentials = true): VmRecord {
  const vm = call.vm();
  // What the guest reports is unavailable while it is down; guest operations are not allowed.
  const down = credentials ? ['NOT_ALLOWED_IN_CURRENT_STATE'] : ['SERVICE_UNAVAILABLE', 'NOT_ALLOWED_IN_CURRENT_STATE'];
  if (vm.power != 'POWERED_ON') call.fail(down, `${vm.id} is not running`);
  if (vm.tools != 'RUNNING')
    call.fail(['SERVICE_UNAVAILABLE', 'NOT_ALLOWED_IN_CURRENT_STATE'], `VMware Tools is not running in ${vm.id}`);
  if (credentials) guestUser(call, vm);
  return vm;
}

function guestUser(call: Call, vm: VmRecord): string {
  const c = (own(call.args, 'credentials') ?? {}) as Obj;
  const g = vm.guest;
  const ok =
    c.type == 'SAML_BEARER_TOKEN'
      ? typeof c.saml_token == 'string' && g.tokens.includes(c.saml_token)
      : g.users.some((u) => u.username == c.user_name && u.password == c.password);
  if (!ok) call.fail(['UNAUTHENTICATED'], `the guest of ${vm.id} rejected the credentials`);
  return typeof c.user_name == 'string' ? c.user_name : 'root';
}

/** The processes, files, directories, transfers and environment of the guest. */
export function guestBehaviours(add: (op: string, b: Behaviour) => void): void {
  const guarded = (op: string, handle: (call: Call, vm: VmRecord) => unknown): void =>
    add(`${G}.${op}`, { handle: (call) => handle(call, guestReady(call)) });
  guarded('processes.create', startProcess);
  guarded('processes.list', (call, vm) =>
    [...vm.guest.processes.values()].map((p) => ({
      name: p.name,
      pid: p.pid,
      owner: p.owner,
      command: p.command,
      started: iso(p.started),
    })),
  );
  guarded('processes.get', (call, vm) => processInfo(call, processOf(call, vm)));
  guarded('processes.delete', (call, vm) => {
    const p = processOf(call, vm);
    if (p.finished === undefined || p.finished > call.world.clock.now())
      Object.assign(p, { finished: call.world.clock.now(), exitCode: 143 });
    return undefined;
  });
  guarded('environment.get', (call, vm) => {
    const name = String(own(call.args, 'name'));
    return Object.hasOwn(vm.guest.env, name)
      ? vm.guest.env[name]
      : call.fail(['NOT_FOUND'], `the guest has no variable ${name}`);
  });
  guarded('environment.list', (call, vm) => {
    const names = own(call.args, 'names') as string[] | undefined;
    const e = vm.guest.env;
    return Object.fromEntries(
      Object.keys(e)
        .filter((k) => !names?.length || names.includes(k))
        .map((k) => [k, e[k]]),
    );
  });
}

const iso = (t: number): string => new Date(t).toISOString();

function processOf(call: Call, vm: VmRecord): GuestProcess {
  const pid = Number(own(call.args, 'pid'));
  return vm.guest.processes.get(pid) ?? call.fail(['NOT_FOUND'], `the guest has no process ${pid}`, { pid });
}

function processInfo(call: Call, p: GuestProcess): Obj {
  const now = call.world.clock.now();
  const done = p.finished !== undefined && p.finished <= now;
  return {
    name: p.name,
    owner: p.owner,
    command: p.command,
    started: iso(p.started),
    ...(done ? { finished: iso(p.finished!), exit_code: p.exitCode ?? 0 } : {}),
  };
}

function startProcess(call: Call, vm: VmRecord): number {
  const spec = own(call.args, 'spec') as Obj;
  const g = vm.guest;
  const { norm } = pathRules(g);
  const path = norm(String(spec.path));
  const file = g.files.get(path);
  if (!file || file.type == 'DIRECTORY') call.fail(['NOT_FOUND'], `the guest has no program ${path}`);
  const user = guestUser(call, vm);
  const args = typeof spec.arguments == 'string' ? spec.arguments : '';
  const outcome = g.onProcess?.({
    vm: vm.id,
    user,
    path,
    arguments: args,
    workingDirectory: typeof spec.working_directory == 'string' ? spec.working_directory : undefined,
    environment: { ...(spec.environment_variables as Record<string, string> | undefined) },
  });
  const o: ProcessOutcome = typeof outcome == 'number' ? { exitCode: outcome } : (outcome ?? {});
  const now = call.world.clock.now();
  const pid = g.nextPid;
  g.nextPid += 1 + call.world.random.int(8);
  g.processes.set(pid, {
    pid,
    name: path.slice(path.lastIndexOf(pathRules(g).sep) + 1),
    owner: user,
    command: args ? `"${path}" ${args}` : `"${path}"`,
    started: now,
    finished: o.durationMs === Infinity ? undefined : now + (o.durationMs ?? 0),
    exitCode: o.exitCode ?? 0,
  });
  return pid;
}

/** A new guest with the usual programs and folders of its family. */
export function newGuest(family: 'LINUX' | 'WINDOWS', now: number): GuestState {
  const g: GuestState = {
    family,
    os: family == 'WINDOWS' ? 'WINDOWS_SERVER_2021' : 'UBUNTU_64',
    fullName: family == 'WINDOWS' ? 'Microsoft Windows Server 2022 (64-bit)' : 'Ubuntu Linux (64-bit)',
    hostName: 'guest',
    ipAddress: undefined,
    users: [
      family == 'WINDOWS'
        ? { username: 'Administrator', password: 'VMware1!' }
        : { username: 'root', password: 'VMware1!' },
    ],
    tokens: [],
    env:
      family == 'WINDOWS'
        ? { PATH: 'C:\\Windows\\System32', TEMP: 'C:\\Windows\\Temp' }
        : { PATH: '/usr/bin:/bin', HOME: '/root', LANG: 'C.UTF-8' },
    files: new Map(),
    processes: new Map(),
    nextPid: 1000,
    onProcess: undefined,
    standby: false,
  };
  const dirs =
    family == 'WINDOWS'
      ? ['C:\\', 'C:\\Windows', 'C:\\Windows\\System32', 'C:\\Windows\\Temp', 'C:\\Users']
      : ['/', '/bin', '/usr', '/usr/bin', '/tmp', '/root', '/etc'];
  const files =
    family == 'WINDOWS'
      ? ['C:\\Windows\\System32\\cmd.exe', 'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe']
      : ['/bin/sh', '/bin/bash', '/usr/bin/env', '/etc/hostname'];
  if (family == 'WINDOWS')
    dirs.push('C:\\Windows\\System32\\WindowsPowerShell', 'C:\\Windows\\System32\\WindowsPowerShell\\v1.0');
  for (const d of dirs) g.files.set(d, { type: 'DIRECTORY', size: 4096, modified: now, accessed: now });
  for (const f of files) g.files.set(f, { type: 'FILE', size: 1 << 16, modified: now, accessed: now });
  return g;
}
