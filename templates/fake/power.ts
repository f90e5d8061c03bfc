// The power state machine of a VM (power: start, stop, suspend, reset) and of its guest (guest
// power: shutdown, reboot, standby, which need VMware Tools running), with the errors vCenter
// documents for each transition, and what follows from them: devices connect and disconnect,
// Tools start and stop, guest processes end. Emitted verbatim into the package (src/fake/).
import { powerDevices } from './devices.js';
import type { PowerState, VmRecord } from './inventory.js';
import type { Behaviour, Call, World } from './world.js';

const VM = 'com.vmware.vcenter.vm';

/** Moves a VM to a power state with its consequences (no checks: the builder uses it too). */
export function setPower(world: World, vm: VmRecord, to: PowerState, clean = false): void {
  const from = vm.power;
  vm.power = to;
  if (to == 'POWERED_OFF') vm.cleanPowerOff = clean;
  vm.guest.standby = false;
  if (to == 'POWERED_ON') vm.tools = vm.toolsInstalled ? 'RUNNING' : 'NOT_INSTALLED';
  else {
    vm.tools = vm.toolsInstalled ? 'NOT_RUNNING' : 'NOT_INSTALLED';
    vm.installerConnected = false;
  }
  if (from != to) powerDevices(world, vm, to == 'POWERED_ON');
  if (to != 'POWERED_ON' || from != 'POWERED_ON') endProcesses(world, vm);
}

/** A restart of the guest: its processes are gone. */
function endProcesses(world: World, vm: VmRecord): void {
  const now = world.clock.now();
  for (const p of vm.guest.processes.values())
    if (p.finished === undefined || p.finished > now) Object.assign(p, { finished: now, exitCode: 143 });
}

export function powerBehaviours(add: (op: string, b: Behaviour) => void): void {
  const state = (call: Call, allowed: Partial<Record<PowerState, [string, string]>>): VmRecord => {
    const vm = call.vm();
    const refusal = allowed[vm.power];
    if (refusal) call.fail([refusal[0]], refusal[1].replace('%', vm.id));
    return vm;
  };
  add(`${VM}.power.get`, {
    handle: (call) => {
      const vm = call.vm();
      return vm.power == 'POWERED_OFF' ? { state: vm.power, clean_power_off: vm.cleanPowerOff } : { state: vm.power };
    },
  });
  add(`${VM}.power.start`, {
    handle: (call) =>
      setPower(
        call.world,
        state(call, { POWERED_ON: ['ALREADY_IN_DESIRED_STATE', '% is already powered on'] }),
        'POWERED_ON',
      ),
  });
  add(`${VM}.power.stop`, {
    handle: (call) =>
      setPower(
        call.world,
        state(call, { POWERED_OFF: ['ALREADY_IN_DESIRED_STATE', '% is already powered off'] }),
        'POWERED_OFF',
      ),
  });
  add(`${VM}.power.suspend`, {
    handle: (call) =>
      setPower(
        call.world,
        state(call, {
          SUSPENDED: ['ALREADY_IN_DESIRED_STATE', '% is suspended already'],
          POWERED_OFF: ['NOT_ALLOWED_IN_CURRENT_STATE', '% is powered off'],
        }),
        'SUSPENDED',
      ),
  });
  add(`${VM}.power.reset`, {
    handle: (call) => {
      const vm = state(call, {
        SUSPENDED: ['NOT_ALLOWED_IN_CURRENT_STATE', '% is suspended'],
        POWERED_OFF: ['NOT_ALLOWED_IN_CURRENT_STATE', '% is powered off'],
      });
      endProcesses(call.world, vm);
      setPower(call.world, vm, 'POWERED_ON');
    },
  });
  // Guest power needs the guest's cooperation: VMware Tools running.
  const tools = (call: Call, vm: VmRecord): void => {
    if (vm.tools != 'RUNNING')
      call.fail(['SERVICE_UNAVAILABLE', 'NOT_ALLOWED_IN_CURRENT_STATE'], `VMware Tools is not running in ${vm.id}`);
  };
  add(`${VM}.guest.power.get`, {
    handle: (call) => {
      const vm = call.vm();
      const state =
        vm.power == 'POWERED_ON' && vm.tools == 'RUNNING' ? 'RUNNING' : vm.guest.standby ? 'STANDBY' : 'NOT_RUNNING';
      return { state, operations_ready: vm.power == 'POWERED_ON' && vm.tools == 'RUNNING' };
    },
  });
  add(`${VM}.guest.power.shutdown`, {
    handle: (call) => {
      const vm = state(call, {
        POWERED_OFF: ['ALREADY_IN_DESIRED_STATE', '% is not powered on'],
        SUSPENDED: ['NOT_ALLOWED_IN_CURRENT_STATE', '% is suspended'],
      });
      tools(call, vm);
      setPower(call.world, vm, 'POWERED_OFF', true);
    },
  });
  add(`${VM}.guest.power.reboot`, {
    handle: (call) => {
      const vm = state(call, {
        POWERED_OFF: ['NOT_ALLOWED_IN_CURRENT_STATE', '% is not powered on'],
        SUSPENDED: ['NOT_ALLOWED_IN_CURRENT_STATE', '% is not powered on'],
      });
      tools(call, vm);
      endProcesses(call.world, vm);
    },
  });
  add(`${VM}.guest.power.standby`, {
    handle: (call) => {
      const vm = state(call, {
        SUSPENDED: ['ALREADY_IN_DESIRED_STATE', '% is suspended already'],
        POWERED_OFF: ['NOT_ALLOWED_IN_CURRENT_STATE', '% is not powered on'],
      });
      tools(call, vm);
      setPower(call.world, vm, 'SUSPENDED');
      vm.guest.standby = true;
    },
  });
}
