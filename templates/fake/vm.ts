// What a VM is beyond its devices and power: VMware Tools and its installer, CPU and memory with
// their hot-add rules, the hardware version and its upgrade, boot order, console tickets, guest
// customization, and what the guest reports (identity, networking, disks) while Tools run.
// Emitted verbatim into the package (src/fake/).
import { own } from './check.js';
import { guestReady } from './guest.js';
import type { VmRecord } from './inventory.js';
import type { Behaviour, Call, Obj, World } from './world.js';

const VM = 'com.vmware.vcenter.vm';
const HW = `${VM}.hardware`;

/** The first value of each VM singleton the fake models (the rest is made up from its type). */
export function vmDefaults(world: World): void {
  const d = world.defaults;
  d.set(HW, () => ({ version: 'VMX_19', upgrade_policy: 'NEVER', upgrade_status: 'NONE' }));
  d.set(`${HW}.cpu`, () => ({ count: 2, cores_per_socket: 1, hot_add_enabled: false, hot_remove_enabled: false }));
  d.set(`${HW}.memory`, () => ({ size_MiB: 4096, hot_add_enabled: false }));
  d.set(`${HW}.boot`, () => ({ type: 'BIOS', delay: 0, retry: false, retry_delay: 10000, enter_setup_mode: false }));
  d.set(`${HW}.boot.device`, () => [] as unknown as Obj);
  d.set(`${VM}.tools`, () => ({
    auto_update_supported: false,
    install_attempt_count: 0,
    version_number: 12352,
    version: '12.3.5',
    upgrade_policy: 'MANUAL',
    version_status: 'CURRENT',
    install_type: 'OPEN_VM_TOOLS',
    run_state: 'NOT_RUNNING',
  }));
  d.set(`${VM}.guest.customization`, () => ({ status: 'IDLE' }));
  d.set(`${VM}.library_item`, () => ({}));
  d.set(`${VM}.storage.policy`, () => ({ disks: {} }));
}

const versionNumber = (v: unknown): number => Number(String(v).replace(/\D/g, ''));

export function vmBehaviours(add: (op: string, b: Behaviour) => void): void {
  const current = (call: Call, service: string): Obj => call.world.valueOf(service, [call.vm().id]) as Obj;
  const on = (call: Call): boolean => call.vm().power == 'POWERED_ON';
  const spec = (call: Call): Obj => (own(call.args, 'spec') ?? {}) as Obj;
  // VMware Tools: the run state follows the VM; upgrades and the installer need it powered on.
  add(`${VM}.tools.get`, {
    after: (call, result) => {
      const vm = call.vm();
      const r = result as Obj;
      r.run_state = vm.tools == 'RUNNING' ? 'RUNNING' : 'NOT_RUNNING';
      if (!vm.toolsInstalled) {
        for (const k of ['version', 'version_number', 'install_type']) delete r[k];
        r.version_status = 'NOT_INSTALLED';
      }
      return r;
    },
  });
  add(`${VM}.tools.upgrade`, {
    before: (call) => {
      if (!on(call)) call.fail(['NOT_ALLOWED_IN_CURRENT_STATE'], `${call.vm().id} is not powered on`);
      if (call.vm().tools != 'RUNNING')
        call.fail(['NOT_ALLOWED_IN_CURRENT_STATE'], `VMware Tools is not running in ${call.vm().id}`);
    },
    handle: (call) => void Object.assign(current(call, `${VM}.tools`), { version_status: 'CURRENT' }),
  });
  add(`${VM}.tools.installer.get`, { handle: (call) => ({ is_connected: call.vm().installerConnected }) });
  add(`${VM}.tools.installer.connect`, {
    handle: (call) => {
      const vm = call.vm();
      if (!on(call)) call.fail(['NOT_ALLOWED_IN_CURRENT_STATE'], `${vm.id} is not powered on`);
      if (vm.installerConnected) call.fail(['ALREADY_IN_DESIRED_STATE'], 'the Tools installer is mounted already');
      vm.installerConnected = true;
    },
  });
  add(`${VM}.tools.installer.disconnect`, {
    handle: (call) => {
      if (!on(call)) call.fail(['NOT_ALLOWED_IN_CURRENT_STATE'], `${call.vm().id} is not powered on`);
      call.vm().installerConnected = false;
    },
  });
  // CPU and memory: a running VM changes only what hot add / hot remove allow.
  add(`${HW}.cpu.update`, { before: (call) => cpuRules(call, current(call, `${HW}.cpu`), spec(call)) });
  add(`${HW}.memory.update`, { before: (call) => memoryRules(call, current(call, `${HW}.memory`), spec(call)) });
  add(`${HW}.memory.get`, {
    after: (call, r) => {
      const m = r as Obj;
      if (m.hot_add_enabled) Object.assign(m, { hot_add_increment_size_MiB: 128, hot_add_limit_MiB: 65536 });
      else for (const k of ['hot_add_increment_size_MiB', 'hot_add_limit_MiB']) delete m[k];
      return m;
    },
  });
  // The hardware version: upgrades go up only, with the VM powered off.
  add(HW + '.upgrade', {
    handle: (call) => {
      const hw = current(call, HW);
      if (call.vm().power != 'POWERED_OFF')
        call.fail(['NOT_ALLOWED_IN_CURRENT_STATE'], `${call.vm().id} is not powered off`);
      const to = own(call.args, 'version') ?? 'VMX_19';
      if (versionNumber(to) == versionNumber(hw.version))
        call.fail(['ALREADY_IN_DESIRED_STATE'], `the VM has ${String(to)} already`);
      if (versionNumber(to) < versionNumber(hw.version))
        call.fail(['INVALID_ARGUMENT'], `${String(to)} predates ${String(hw.version)}`);
      hw.version = to;
      hw.upgrade_status = 'SUCCESS';
      // The reason of an earlier failed upgrade goes with it (the FAILED case's field).
      delete hw.upgrade_error;
    },
  });
  add(`${HW}.update`, {
    before: (call) => {
      const to = spec(call).upgrade_version;
      const hw = current(call, HW);
      if (to != null && versionNumber(to) == versionNumber(hw.version))
        call.fail(['ALREADY_IN_DESIRED_STATE'], `the VM has ${String(to)} already`);
      if (to != null && versionNumber(to) < versionNumber(hw.version))
        call.fail(['INVALID_ARGUMENT'], `${String(to)} is no upgrade`);
    },
  });
  add(`${HW}.boot.device.set`, {
    before: (call) => {
      const seen = new Set<unknown>();
      for (const d of (own(call.args, 'devices') ?? []) as Obj[]) {
        if (seen.has(d.type)) call.fail(['INVALID_ARGUMENT'], `devices: ${String(d.type)} is listed twice`);
        seen.add(d.type);
        const exists = (service: string, id: unknown): boolean =>
          call.world.collection(`${HW}.${service}`, [call.vm().id]).has(String(id));
        for (const disk of (d.disks ?? []) as string[])
          if (!exists('disk', disk))
            call.fail(['NOT_FOUND', 'INVALID_ARGUMENT'], `devices: disk ${disk} does not exist`);
        if (d.nic != null && !exists('ethernet', d.nic))
          call.fail(['NOT_FOUND', 'INVALID_ARGUMENT'], `devices: network adapter ${String(d.nic)} does not exist`);
      }
    },
  });
  add(`${VM}.console.tickets.create`, {
    handle: (call) => {
      const vm = call.vm();
      const type = spec(call).type;
      if (type == 'WEBMKS' && vm.power != 'POWERED_ON')
        call.fail(['NOT_ALLOWED_IN_CURRENT_STATE'], `${vm.id} is not powered on`);
      const host = call.world.inventory.get(String(vm.attrs.host))?.name ?? 'esx.fake';
      const t = call.world.random.hex(32);
      return {
        ticket:
          type == 'WEBMKS' ? `wss://${host}:443/ticket/${t}` : `vmrc://clone:${t}@vcenter.fake:443/?moid=${vm.id}`,
      };
    },
  });
  add(`${VM}.guest.customization.set`, {
    before: (call) =>
      call.vm().power == 'POWERED_OFF' ||
      call.fail(['NOT_ALLOWED_IN_CURRENT_STATE'], `${call.vm().id} is not powered off`),
    after: (call) =>
      void Object.assign(current(call, `${VM}.guest.customization`), {
        status: own(call.args, 'spec') ? 'PENDING' : 'IDLE',
      }),
  });
  guestInfo(add);
}

function cpuRules(call: Call, cpu: Obj, s: Obj): void {
  const count = (s.count ?? cpu.count) as number;
  const cores = (s.cores_per_socket ?? cpu.cores_per_socket) as number;
  if (count < 1 || cores < 1 || count % cores)
    call.fail(['INVALID_ARGUMENT'], `count ${count} is not a multiple of cores_per_socket ${cores}`);
  const vm = call.vm();
  if (vm.power == 'POWERED_OFF') return;
  const hot =
    vm.power == 'POWERED_ON' &&
    (s.cores_per_socket == null || s.cores_per_socket == cpu.cores_per_socket) &&
    (s.hot_add_enabled == null || s.hot_add_enabled == cpu.hot_add_enabled) &&
    (s.hot_remove_enabled == null || s.hot_remove_enabled == cpu.hot_remove_enabled) &&
    (count == cpu.count || (count > (cpu.count as number) ? cpu.hot_add_enabled : cpu.hot_remove_enabled));
  if (!hot)
    call.fail(
      ['NOT_ALLOWED_IN_CURRENT_STATE'],
      'the CPU change needs the VM powered off (or CPU hot add / hot remove enabled)',
    );
}

function memoryRules(call: Call, mem: Obj, s: Obj): void {
  const size = (s.size_MiB ?? mem.size_MiB) as number;
  if (size < 4 || size % 4) call.fail(['INVALID_ARGUMENT'], `size_MiB ${size} is not a positive multiple of 4`);
  const vm = call.vm();
  if (vm.power == 'POWERED_OFF') return;
  const hot =
    vm.power == 'POWERED_ON' &&
    (s.hot_add_enabled == null || s.hot_add_enabled == mem.hot_add_enabled) &&
    (size == mem.size_MiB || (size > (mem.size_MiB as number) && mem.hot_add_enabled && size <= 65536));
  if (!hot)
    call.fail(
      ['NOT_ALLOWED_IN_CURRENT_STATE'],
      'the memory change needs the VM powered off (or memory hot add enabled, to grow it)',
    );
}

/** What the guest reports through VMware Tools. */
function guestInfo(add: (op: string, b: Behaviour) => void): void {
  const reported = (op: string, make: (vm: VmRecord, call: Call) => unknown): void =>
    add(`${VM}.guest.${op}`, { handle: (call) => make(guestReady(call, false), call) });
  reported('identity.get', (vm) => ({
    name: vm.guest.os,
    family: vm.guest.family,
    full_name: { id: 'vmsg.guestos.fullname', default_message: vm.guest.fullName, args: [] },
    host_name: vm.guest.hostName,
    ...(vm.guest.ipAddress ? { ip_address: vm.guest.ipAddress } : {}),
  }));
  reported('networking.get', (vm) => ({
    dns_values: { host_name: vm.guest.hostName, domain_name: 'fake.local' },
    dns: { ip_addresses: ['10.0.0.2'], search_domains: ['fake.local'] },
  }));
  reported('networking.interfaces.list', (vm, call) =>
    [...call.world.collection(`${HW}.ethernet`, [vm.id])].map(([nic, info], i) => ({
      nic,
      mac_address: info.mac_address,
      ...(i == 0 && vm.guest.ipAddress
        ? {
            ip: {
              ip_addresses: [{ ip_address: vm.guest.ipAddress, prefix_length: 24, origin: 'DHCP', state: 'PREFERRED' }],
            },
          }
        : {}),
    })),
  );
  reported('networking.routes.list', (vm) =>
    vm.guest.ipAddress
      ? [{ network: '0.0.0.0', prefix_length: 0, gateway_address: '10.0.0.1', interface_index: 0 }]
      : [],
  );
  reported('local_filesystem.get', (vm, call) =>
    Object.fromEntries(
      [...call.world.collection(`${HW}.disk`, [vm.id])].map(([disk, info], i) => [
        vm.guest.family == 'WINDOWS' ? `${String.fromCharCode(67 + i)}:\\` : i ? `/mnt/disk${i}` : '/',
        {
          capacity: info.capacity ?? 0,
          free_space: Math.floor(Number(info.capacity ?? 0) / 2),
          filesystem: vm.guest.family == 'WINDOWS' ? 'NTFS' : 'ext4',
          mappings: [{ disk }],
        },
      ]),
    ),
  );
  add(`${VM}.guest.operations.get`, {
    handle: (call) => {
      const ready = call.vm().power == 'POWERED_ON' && call.vm().tools == 'RUNNING';
      return { guest_operations_ready: ready, interactive_guest_operations_ready: false };
    },
  });
}
