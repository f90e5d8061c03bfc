import type { ClientOptions, Transport } from './runtime/transport.js';
import type { ResultStyle } from './runtime/result.js';
import { ComputePoliciesService } from './services/compute/policies.js';
import { ConsoleTicketsService } from './services/console/tickets.js';
import { GuestCustomizationService } from './services/guest/customization.js';
import { GuestEnvironmentService } from './services/guest/environment.js';
import { GuestFilesystemDirectoriesService } from './services/guest/filesystem/directories.js';
import { GuestFilesystemFilesService } from './services/guest/filesystem/files.js';
import { GuestFilesystemTransfersService } from './services/guest/filesystem/transfers.js';
import { GuestIdentityService } from './services/guest/identity.js';
import { GuestLocalFilesystemService } from './services/guest/local-filesystem.js';
import { GuestNetworkingService } from './services/guest/networking.js';
import { GuestNetworkingInterfacesService } from './services/guest/networking/interfaces.js';
import { GuestNetworkingRoutesService } from './services/guest/networking/routes.js';
import { GuestOperationsService } from './services/guest/operations.js';
import { GuestPowerService } from './services/guest/power.js';
import { GuestProcessesService } from './services/guest/processes.js';
import { HardwareService } from './services/hardware.js';
import { HardwareAdapterNvmeService } from './services/hardware/adapter/nvme.js';
import { HardwareAdapterSataService } from './services/hardware/adapter/sata.js';
import { HardwareAdapterScsiService } from './services/hardware/adapter/scsi.js';
import { HardwareBootService } from './services/hardware/boot.js';
import { HardwareBootDeviceService } from './services/hardware/boot/device.js';
import { HardwareCdromService } from './services/hardware/cdrom.js';
import { HardwareCpuService } from './services/hardware/cpu.js';
import { HardwareDiskService } from './services/hardware/disk.js';
import { HardwareEthernetService } from './services/hardware/ethernet.js';
import { HardwareFloppyService } from './services/hardware/floppy.js';
import { HardwareMemoryService } from './services/hardware/memory.js';
import { HardwareParallelService } from './services/hardware/parallel.js';
import { HardwareSerialService } from './services/hardware/serial.js';
import { LibraryItemService } from './services/library-item.js';
import { PowerService } from './services/power.js';
import { StoragePolicyService } from './services/storage/policy.js';
import { StoragePolicyComplianceService } from './services/storage/policy/compliance.js';
import { ToolsService } from './services/tools.js';
import { ToolsInstallerService } from './services/tools/installer.js';
/** A client for the services below `com.vmware.vcenter.vm` (vSphere API 7.0.3). */
export interface VcenterVmClient {
    readonly compute: {
        /**
         * Compliance of a VM with the compute policies of vCenter (read only).
         */
        readonly policies: ComputePoliciesService;
    };
    readonly console: {
        /**
         * Single-use URLs that open the console of a VM in a remote console client or a browser.
         */
        readonly tickets: ConsoleTicketsService;
    };
    readonly guest: {
        /**
         * Attach a guest customization spec to a VM and follow its progress; the guest applies it at the next power-on.
         */
        readonly customization: GuestCustomizationService;
        /**
         * Read environment variables inside the guest operating system; needs running VMware Tools and guest credentials.
         */
        readonly environment: GuestEnvironmentService;
        readonly filesystem: {
            /**
             * Create, delete and rename directories inside the guest operating system; needs running VMware Tools and guest credentials.
             */
            readonly directories: GuestFilesystemDirectoriesService;
            /**
             * Query, rename, delete and change files and directories inside the guest operating system; needs running VMware Tools and guest credentials. File contents move through `transfers`.
             */
            readonly files: GuestFilesystemFilesService;
            /**
             * Get one-time URLs to upload a file into the guest or download one from it; needs running VMware Tools and guest credentials.
             */
            readonly transfers: GuestFilesystemTransfersService;
        };
        /**
         * Which operating system runs in a VM, as VMware Tools reports it.
         */
        readonly identity: GuestIdentityService;
        /**
         * Size and free space of the file systems mounted in the guest, as VMware Tools reports them.
         */
        readonly localFilesystem: GuestLocalFilesystemService;
        /**
         * Guest-wide network settings as VMware Tools reports them; per-adapter data comes from `interfaces`, routing from `routes`.
         */
        readonly networking: GuestNetworkingService & {
            /**
             * Network interfaces as seen from inside the guest, with their addresses and DNS settings, as VMware Tools reports them.
             */
            readonly interfaces: GuestNetworkingInterfacesService;
            /**
             * IP routing table of the guest, as VMware Tools reports it.
             */
            readonly routes: GuestNetworkingRoutesService;
        };
        /**
         * Whether a VM can take guest operations (processes, files, environment) right now.
         */
        readonly operations: GuestOperationsService;
        /**
         * Ask the guest OS, through VMware Tools, to shut down, restart or go to standby, and read its power state. For hard power changes use `com.vmware.vcenter.vm.power`.
         */
        readonly power: GuestPowerService;
        /**
         * Start, inspect and end programs inside the guest operating system; needs running VMware Tools and guest credentials.
         */
        readonly processes: GuestProcessesService;
    };
    /**
     * Virtual hardware version (VM compatibility level) of a VM, and the upgrade that can be scheduled to move it to a newer version.
     */
    readonly hardware: HardwareService & {
        readonly adapter: {
            /**
             * Virtual NVMe storage controllers of a VM.
             */
            readonly nvme: HardwareAdapterNvmeService;
            /**
             * Virtual SATA storage controllers of a VM.
             */
            readonly sata: HardwareAdapterSataService;
            /**
             * Virtual SCSI storage controllers of a VM, with their model and bus sharing mode.
             */
            readonly scsi: HardwareAdapterScsiService;
        };
        /**
         * Firmware type and boot-process settings of a VM (delay, retry, entering setup).
         */
        readonly boot: HardwareBootService & {
            /**
             * Boot order of a VM, the virtual devices the firmware tries in turn.
             */
            readonly device: HardwareBootDeviceService;
        };
        /**
         * CD/DVD drives of a virtual machine: list, inspect, add, reconfigure and remove them, and connect or disconnect them while the VM runs.
         */
        readonly cdrom: HardwareCdromService;
        /**
         * Number of virtual CPUs, their grouping into sockets, and CPU hot-plug settings of a VM.
         */
        readonly cpu: HardwareCpuService;
        /**
         * Virtual disks of a VM. A disk keeps its data in a VMDK file, which is deleted together with the VM while attached; removing the disk only detaches the file and keeps it.
         */
        readonly disk: HardwareDiskService;
        /**
         * Virtual network adapters (NICs) of a virtual machine: list, inspect, add, reconfigure and remove them, and connect or disconnect them while the VM runs.
         */
        readonly ethernet: HardwareEthernetService;
        /**
         * Virtual floppy drives of a VM: list, inspect, add, reconfigure and remove them, and connect or disconnect them while the VM runs.
         */
        readonly floppy: HardwareFloppyService;
        /**
         * Memory size and memory hot-add settings of a VM.
         */
        readonly memory: HardwareMemoryService;
        /**
         * Parallel (LPT) ports of a virtual machine: list, inspect, add, reconfigure and remove them, and connect or disconnect them while the VM runs.
         */
        readonly parallel: HardwareParallelService;
        /**
         * Serial (COM) ports of a virtual machine: list, inspect, add, reconfigure and remove them, and connect or disconnect them while the VM runs.
         */
        readonly serial: HardwareSerialService;
    };
    /**
     * The content library item a VM is linked to.
     */
    readonly libraryItem: LibraryItemService;
    /**
     * Power state of a VM, and hard power operations (on, off, suspend, reset).
     */
    readonly power: PowerService;
    readonly storage: {
        /**
         * Storage (SPBM) policies assigned to the home files and the virtual disks of a VM.
         */
        readonly policy: StoragePolicyService & {
            /**
             * Whether the home files and the virtual disks of a VM meet their storage policies.
             */
            readonly compliance: StoragePolicyComplianceService;
        };
    };
    /**
     * VMware Tools in the guest of a VM - its state, its upgrade policy, and upgrades.
     */
    readonly tools: ToolsService & {
        /**
         * The VMware Tools installer image, mounted in the virtual CD-ROM drive of a VM.
         */
        readonly installer: ToolsInstallerService;
    };
    /** The connection every service of this client shares. */
    readonly transport: Transport;
    /** Logs in with the configured credentials (calls do this lazily when needed). */
    login(): Promise<void>;
    /** Ends the session on the server. */
    logout(): Promise<void>;
    /**
     * The same client in the result style: calls return `{ ok: true, value }` or
     * `{ ok: false, expected, error }` instead of throwing (`expected` errors are typed by the
     * operation's error union).
     */
    withResult(): ResultStyle<VcenterVmClient>;
}
/** Creates the connection on its own, for importing single services (smaller bundles). */
export declare function createTransport(options: ClientOptions): Transport;
/**
 * Creates a client. Pass `sessionId`, or `username` and `password` (the client logs in on the
 * first call and again when the session expires).
 */
export declare function createClient(options: ClientOptions): VcenterVmClient;
