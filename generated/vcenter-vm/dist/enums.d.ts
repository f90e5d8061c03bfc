/**
 * Names the kind of a standard error. Sent as `error_type` on the /api style so that clients can tell the errors apart.
 *
 * vAPI enum `com.vmware.vapi.std.errors.error.type`.
 */
export declare const VapiStdErrorsErrorType: {
    /**
     * Generic error that fits no more specific kind.
     */
    readonly ERROR: "ERROR";
    /**
     * The entity to create exists already.
     */
    readonly ALREADY_EXISTS: "ALREADY_EXISTS";
    /**
     * Nothing changed: the resource was already in the requested state.
     */
    readonly ALREADY_IN_DESIRED_STATE: "ALREADY_IN_DESIRED_STATE";
    /**
     * The operation stopped because cancellation was explicitly requested.
     */
    readonly CANCELED: "CANCELED";
    /**
     * The data changed on the server since the client read it.
     */
    readonly CONCURRENT_CHANGE: "CONCURRENT_CHANGE";
    /**
     * A feature that is in use blocks the action.
     */
    readonly FEATURE_IN_USE: "FEATURE_IN_USE";
    /**
     * The server hit an unexpected condition.
     */
    readonly INTERNAL_SERVER_ERROR: "INTERNAL_SERVER_ERROR";
    /**
     * A parameter value is not acceptable.
     */
    readonly INVALID_ARGUMENT: "INVALID_ARGUMENT";
    /**
     * The configuration of an element blocks the change.
     */
    readonly INVALID_ELEMENT_CONFIGURATION: "INVALID_ELEMENT_CONFIGURATION";
    /**
     * An element of this type cannot belong to the target group.
     */
    readonly INVALID_ELEMENT_TYPE: "INVALID_ELEMENT_TYPE";
    /**
     * The request is malformed and cannot be processed.
     */
    readonly INVALID_REQUEST: "INVALID_REQUEST";
    /**
     * The resource's present state does not allow the operation.
     */
    readonly NOT_ALLOWED_IN_CURRENT_STATE: "NOT_ALLOWED_IN_CURRENT_STATE";
    /**
     * A referenced element does not exist.
     */
    readonly NOT_FOUND: "NOT_FOUND";
    /**
     * The server knows no such service or operation.
     */
    readonly OPERATION_NOT_FOUND: "OPERATION_NOT_FOUND";
    /**
     * A resource needed is busy with another operation.
     */
    readonly RESOURCE_BUSY: "RESOURCE_BUSY";
    /**
     * A resource needed is in use.
     */
    readonly RESOURCE_IN_USE: "RESOURCE_IN_USE";
    /**
     * An entity needed cannot be reached or read.
     */
    readonly RESOURCE_INACCESSIBLE: "RESOURCE_INACCESSIBLE";
    /**
     * The service cannot handle the request right now.
     */
    readonly SERVICE_UNAVAILABLE: "SERVICE_UNAVAILABLE";
    /**
     * The operation did not finish in the time allowed.
     */
    readonly TIMED_OUT: "TIMED_OUT";
    /**
     * A required resource or license could not be obtained.
     */
    readonly UNABLE_TO_ALLOCATE_RESOURCE: "UNABLE_TO_ALLOCATE_RESOURCE";
    /**
     * The caller is not authenticated.
     */
    readonly UNAUTHENTICATED: "UNAUTHENTICATED";
    /**
     * The caller lacks a required privilege.
     */
    readonly UNAUTHORIZED: "UNAUTHORIZED";
    /**
     * The request names a parameter or field the server does not know.
     */
    readonly UNEXPECTED_INPUT: "UNEXPECTED_INPUT";
    /**
     * The resource does not support the operation.
     */
    readonly UNSUPPORTED: "UNSUPPORTED";
    /**
     * The identity of a remote endpoint could not be verified.
     */
    readonly UNVERIFIED_PEER: "UNVERIFIED_PEER";
};
/**
 * Names the kind of a standard error. Sent as `error_type` on the /api style so that clients can tell the errors apart.
 *
 * vAPI enum `com.vmware.vapi.std.errors.error.type`.
 */
export type VapiStdErrorsErrorType = 'ERROR' | 'ALREADY_EXISTS' | 'ALREADY_IN_DESIRED_STATE' | 'CANCELED' | 'CONCURRENT_CHANGE' | 'FEATURE_IN_USE' | 'INTERNAL_SERVER_ERROR' | 'INVALID_ARGUMENT' | 'INVALID_ELEMENT_CONFIGURATION' | 'INVALID_ELEMENT_TYPE' | 'INVALID_REQUEST' | 'NOT_ALLOWED_IN_CURRENT_STATE' | 'NOT_FOUND' | 'OPERATION_NOT_FOUND' | 'RESOURCE_BUSY' | 'RESOURCE_IN_USE' | 'RESOURCE_INACCESSIBLE' | 'SERVICE_UNAVAILABLE' | 'TIMED_OUT' | 'UNABLE_TO_ALLOCATE_RESOURCE' | 'UNAUTHENTICATED' | 'UNAUTHORIZED' | 'UNEXPECTED_INPUT' | 'UNSUPPORTED' | 'UNVERIFIED_PEER';
/**
 * Rendering styles for a date-time argument: date only, time only, or both, each in the CLDR short, medium, long or full style.
 *
 * vAPI enum `com.vmware.vapi.std.localization_param.date_time_format`. Servers of newer versions may send other values; data read from the server types them with `Open<…>`.
 */
export declare const VapiStdLocalizationParamDateTimeFormat: {
    /**
     * Date only, short numeric style.
     */
    readonly SHORT_DATE: "SHORT_DATE";
    /**
     * Date only, medium style with an abbreviated month name.
     */
    readonly MED_DATE: "MED_DATE";
    /**
     * Date only, long style.
     */
    readonly LONG_DATE: "LONG_DATE";
    /**
     * Date only, full style including the weekday.
     */
    readonly FULL_DATE: "FULL_DATE";
    /**
     * Time only, hours and minutes.
     */
    readonly SHORT_TIME: "SHORT_TIME";
    /**
     * Time only, with seconds.
     */
    readonly MED_TIME: "MED_TIME";
    /**
     * Time only, with seconds and time zone.
     */
    readonly LONG_TIME: "LONG_TIME";
    /**
     * Time only, full style with time zone.
     */
    readonly FULL_TIME: "FULL_TIME";
    /**
     * Short date and time; used when no format is given.
     */
    readonly SHORT_DATE_TIME: "SHORT_DATE_TIME";
    /**
     * Medium date and time.
     */
    readonly MED_DATE_TIME: "MED_DATE_TIME";
    /**
     * Long date and time, with time zone.
     */
    readonly LONG_DATE_TIME: "LONG_DATE_TIME";
    /**
     * Full date with weekday, time and time zone.
     */
    readonly FULL_DATE_TIME: "FULL_DATE_TIME";
};
/**
 * Rendering styles for a date-time argument: date only, time only, or both, each in the CLDR short, medium, long or full style.
 *
 * vAPI enum `com.vmware.vapi.std.localization_param.date_time_format`. Servers of newer versions may send other values; data read from the server types them with `Open<…>`.
 */
export type VapiStdLocalizationParamDateTimeFormat = 'SHORT_DATE' | 'MED_DATE' | 'LONG_DATE' | 'FULL_DATE' | 'SHORT_TIME' | 'MED_TIME' | 'LONG_TIME' | 'FULL_TIME' | 'SHORT_DATE_TIME' | 'MED_DATE_TIME' | 'LONG_DATE_TIME' | 'FULL_DATE_TIME';
/**
 * Whether one object, such as a VM, satisfies a compute policy.
 *
 * vAPI enum `com.vmware.vcenter.compute.policies.object_compliance`. Servers of newer versions may send other values; data read from the server types them with `Open<…>`.
 */
export declare const VcenterComputePoliciesObjectCompliance: {
    /**
     * Compliance cannot be told at the moment.
     */
    readonly UNKNOWN: "UNKNOWN";
    /**
     * The policy does not apply to the object in its present state.
     */
    readonly NOT_APPLICABLE: "NOT_APPLICABLE";
    /**
     * The object satisfies the policy.
     */
    readonly COMPLIANT: "COMPLIANT";
    /**
     * The object violates the policy.
     */
    readonly NOT_COMPLIANT: "NOT_COMPLIANT";
};
/**
 * Whether one object, such as a VM, satisfies a compute policy.
 *
 * vAPI enum `com.vmware.vcenter.compute.policies.object_compliance`. Servers of newer versions may send other values; data read from the server types them with `Open<…>`.
 */
export type VcenterComputePoliciesObjectCompliance = 'UNKNOWN' | 'NOT_APPLICABLE' | 'COMPLIANT' | 'NOT_COMPLIANT';
/**
 * Cloud initialization tools a customization can use.
 *
 * vAPI enum `com.vmware.vcenter.guest.cloud_configuration.type`.
 */
export declare const VcenterGuestCloudConfigurationType: {
    /**
     * cloud-init, with its data in `cloudinit`.
     */
    readonly CLOUDINIT: "CLOUDINIT";
};
/**
 * Cloud initialization tools a customization can use.
 *
 * vAPI enum `com.vmware.vcenter.guest.cloud_configuration.type`.
 */
export type VcenterGuestCloudConfigurationType = 'CLOUDINIT';
/**
 * Kinds of network membership for a Windows guest.
 *
 * vAPI enum `com.vmware.vcenter.guest.domain.type`.
 */
export declare const VcenterGuestDomainType: {
    /**
     * Join the workgroup named in `workgroup`.
     */
    readonly WORKGROUP: "WORKGROUP";
    /**
     * Join the domain named in `domain`, with the given account.
     */
    readonly DOMAIN: "DOMAIN";
};
/**
 * Kinds of network membership for a Windows guest.
 *
 * vAPI enum `com.vmware.vcenter.guest.domain.type`.
 */
export type VcenterGuestDomainType = 'WORKGROUP' | 'DOMAIN';
/**
 * Ways to choose the name of the guest.
 *
 * vAPI enum `com.vmware.vcenter.guest.hostname_generator.type`.
 */
export declare const VcenterGuestHostnameGeneratorType: {
    /**
     * Use `fixed_name` unchanged.
     */
    readonly FIXED: "FIXED";
    /**
     * Add a number to `prefix` so that the name is unique among the VMs and hosts vCenter knows.
     */
    readonly PREFIX: "PREFIX";
    /**
     * Derive it from the name of the VM, with a number added when needed to keep it unique.
     */
    readonly VIRTUAL_MACHINE: "VIRTUAL_MACHINE";
    /**
     * Not fixed in the spec; whoever applies the spec to a VM must provide the name.
     */
    readonly USER_INPUT_REQUIRED: "USER_INPUT_REQUIRED";
};
/**
 * Ways to choose the name of the guest.
 *
 * vAPI enum `com.vmware.vcenter.guest.hostname_generator.type`.
 */
export type VcenterGuestHostnameGeneratorType = 'FIXED' | 'PREFIX' | 'VIRTUAL_MACHINE' | 'USER_INPUT_REQUIRED';
/**
 * Ways to configure IPv4 on an adapter.
 *
 * vAPI enum `com.vmware.vcenter.guest.ipv4.type`.
 */
export declare const VcenterGuestIpv4Type: {
    /**
     * Obtain the address from DHCP.
     */
    readonly DHCP: "DHCP";
    /**
     * Use `ip_address` and `prefix`.
     */
    readonly STATIC: "STATIC";
    /**
     * Not fixed in the spec; whoever applies the spec to a VM must provide the settings.
     */
    readonly USER_INPUT_REQUIRED: "USER_INPUT_REQUIRED";
};
/**
 * Ways to configure IPv4 on an adapter.
 *
 * vAPI enum `com.vmware.vcenter.guest.ipv4.type`.
 */
export type VcenterGuestIpv4Type = 'DHCP' | 'STATIC' | 'USER_INPUT_REQUIRED';
/**
 * Ways to configure IPv6 on an adapter.
 *
 * vAPI enum `com.vmware.vcenter.guest.ipv6.type`.
 */
export declare const VcenterGuestIpv6Type: {
    /**
     * Obtain addresses from DHCPv6.
     */
    readonly DHCP: "DHCP";
    /**
     * Use the addresses in `ipv6`.
     */
    readonly STATIC: "STATIC";
    /**
     * Not fixed in the spec; whoever applies the spec to a VM must provide the settings.
     */
    readonly USER_INPUT_REQUIRED: "USER_INPUT_REQUIRED";
};
/**
 * Ways to configure IPv6 on an adapter.
 *
 * vAPI enum `com.vmware.vcenter.guest.ipv6.type`.
 */
export type VcenterGuestIpv6Type = 'DHCP' | 'STATIC' | 'USER_INPUT_REQUIRED';
/**
 * What happens to a Windows guest once customization is done.
 *
 * vAPI enum `com.vmware.vcenter.guest.windows_configuration.reboot_option`.
 */
export declare const VcenterGuestWindowsConfigurationRebootOption: {
    /**
     * Restart the guest.
     */
    readonly REBOOT: "REBOOT";
    /**
     * Leave the guest running, for instance to inspect the outcome while debugging.
     */
    readonly NO_REBOOT: "NO_REBOOT";
    /**
     * Shut the guest down.
     */
    readonly SHUTDOWN: "SHUTDOWN";
};
/**
 * What happens to a Windows guest once customization is done.
 *
 * vAPI enum `com.vmware.vcenter.guest.windows_configuration.reboot_option`.
 */
export type VcenterGuestWindowsConfigurationRebootOption = 'REBOOT' | 'NO_REBOOT' | 'SHUTDOWN';
/**
 * NetBIOS over TCP/IP choices for a Windows network adapter.
 *
 * vAPI enum `com.vmware.vcenter.guest.windows_network_adapter_settings.net_BIOS_mode`.
 */
export declare const VcenterGuestWindowsNetworkAdapterSettingsNetBiosMode: {
    /**
     * Let the DHCP server decide.
     */
    readonly USE_DHCP: "USE_DHCP";
    /**
     * Always on.
     */
    readonly ENABLE: "ENABLE";
    /**
     * Always off.
     */
    readonly DISABLE: "DISABLE";
};
/**
 * NetBIOS over TCP/IP choices for a Windows network adapter.
 *
 * vAPI enum `com.vmware.vcenter.guest.windows_network_adapter_settings.net_BIOS_mode`.
 */
export type VcenterGuestWindowsNetworkAdapterSettingsNetBiosMode = 'USE_DHCP' | 'ENABLE' | 'DISABLE';
/**
 * Console clients a ticket can be issued for.
 *
 * vAPI enum `com.vmware.vcenter.vm.console.tickets.type`.
 */
export declare const ConsoleTicketsType: {
    /**
     * For VMware Remote Console (or Workstation / Fusion) installed on the client machine; the URL names the vCenter server. Available whatever the power state.
     */
    readonly VMRC: "VMRC";
    /**
     * For a console embedded in a web page over WebSocket (VMware HTML Console SDK); the URL names the ESXi host running the VM. Only while the VM is powered on.
     */
    readonly WEBMKS: "WEBMKS";
};
/**
 * Console clients a ticket can be issued for.
 *
 * vAPI enum `com.vmware.vcenter.vm.console.tickets.type`.
 */
export type ConsoleTicketsType = 'VMRC' | 'WEBMKS';
/**
 * Ways to authenticate inside the guest.
 *
 * vAPI enum `com.vmware.vcenter.vm.guest.credentials.type`.
 */
export declare const GuestCredentialsType: {
    /**
     * Guest account name and password (`user_name`, `password`); stateless, nothing is kept between calls.
     */
    readonly USERNAME_PASSWORD: "USERNAME_PASSWORD";
    /**
     * SAML bearer token from vCenter Single Sign-On (`saml_token`); the guest needs an alias that maps the token's subject and certificate to a guest account.
     */
    readonly SAML_BEARER_TOKEN: "SAML_BEARER_TOKEN";
};
/**
 * Ways to authenticate inside the guest.
 *
 * vAPI enum `com.vmware.vcenter.vm.guest.credentials.type`.
 */
export type GuestCredentialsType = 'USERNAME_PASSWORD' | 'SAML_BEARER_TOKEN';
/**
 * Stages of a guest customization.
 *
 * vAPI enum `com.vmware.vcenter.vm.guest.customization.info.status`. Servers of newer versions may send other values; data read from the server types them with `Open<…>`.
 */
export declare const GuestCustomizationInfoStatus: {
    /**
     * No customization is attached to the VM.
     */
    readonly IDLE: "IDLE";
    /**
     * Attached, but the guest has not begun it yet (for example until the next power-on).
     */
    readonly PENDING: "PENDING";
    /**
     * The guest is customizing itself right now.
     */
    readonly RUNNING: "RUNNING";
    /**
     * The guest finished customizing without errors.
     */
    readonly SUCCEEDED: "SUCCEEDED";
    /**
     * Customization inside the guest failed; see `error`.
     */
    readonly FAILED: "FAILED";
};
/**
 * Stages of a guest customization.
 *
 * vAPI enum `com.vmware.vcenter.vm.guest.customization.info.status`. Servers of newer versions may send other values; data read from the server types them with `Open<…>`.
 */
export type GuestCustomizationInfoStatus = 'IDLE' | 'PENDING' | 'RUNNING' | 'SUCCEEDED' | 'FAILED';
/**
 * Attribute model of the guest's files.
 *
 * vAPI enum `com.vmware.vcenter.vm.guest.filesystem.files.filesystem_family`. Servers of newer versions may send other values; data read from the server types them with `Open<…>`.
 */
export declare const GuestFilesystemFilesFilesystemFamily: {
    /**
     * Windows guest.
     */
    readonly WINDOWS: "WINDOWS";
    /**
     * POSIX guest such as Linux or Solaris.
     */
    readonly POSIX: "POSIX";
};
/**
 * Attribute model of the guest's files.
 *
 * vAPI enum `com.vmware.vcenter.vm.guest.filesystem.files.filesystem_family`. Servers of newer versions may send other values; data read from the server types them with `Open<…>`.
 */
export type GuestFilesystemFilesFilesystemFamily = 'WINDOWS' | 'POSIX';
/**
 * Paging state after a `list` call. It describes the moment the page was made, so a further call can still come back empty; failures arrive as errors, not as a status.
 *
 * vAPI enum `com.vmware.vcenter.vm.guest.filesystem.files.last_iteration_status`. Servers of newer versions may send other values; data read from the server types them with `Open<…>`.
 */
export declare const GuestFilesystemFilesLastIterationStatus: {
    /**
     * This page has at least one entry and more may follow; ask again with `index` past `end_index`. Pages can hold fewer entries than requested.
     */
    readonly READY: "READY";
    /**
     * Nothing more to return for now; stop paging.
     */
    readonly END_OF_DATA: "END_OF_DATA";
};
/**
 * Paging state after a `list` call. It describes the moment the page was made, so a further call can still come back empty; failures arrive as errors, not as a status.
 *
 * vAPI enum `com.vmware.vcenter.vm.guest.filesystem.files.last_iteration_status`. Servers of newer versions may send other values; data read from the server types them with `Open<…>`.
 */
export type GuestFilesystemFilesLastIterationStatus = 'READY' | 'END_OF_DATA';
/**
 * Kinds of guest file system entries.
 *
 * vAPI enum `com.vmware.vcenter.vm.guest.filesystem.files.type`. Servers of newer versions may send other values; data read from the server types them with `Open<…>`.
 */
export declare const GuestFilesystemFilesType: {
    /**
     * Regular file.
     */
    readonly FILE: "FILE";
    /**
     * Directory.
     */
    readonly DIRECTORY: "DIRECTORY";
    /**
     * Symbolic link.
     */
    readonly SYMLINK: "SYMLINK";
};
/**
 * Kinds of guest file system entries.
 *
 * vAPI enum `com.vmware.vcenter.vm.guest.filesystem.files.type`. Servers of newer versions may send other values; data read from the server types them with `Open<…>`.
 */
export type GuestFilesystemFilesType = 'FILE' | 'DIRECTORY' | 'SYMLINK';
/**
 * Source of an interface address, after the IpAddressOriginTC type of RFC 4293.
 *
 * vAPI enum `com.vmware.vcenter.vm.guest.networking.interfaces.ip_address_origin`. Servers of newer versions may send other values; data read from the server types them with `Open<…>`.
 */
export declare const GuestNetworkingInterfacesIpAddressOrigin: {
    /**
     * Any other source, such as automatic link-local configuration.
     */
    readonly OTHER: "OTHER";
    /**
     * Set by hand (static).
     */
    readonly MANUAL: "MANUAL";
    /**
     * Leased from a DHCP server.
     */
    readonly DHCP: "DHCP";
    /**
     * Formed by IPv6 stateless address autoconfiguration (RFC 4862).
     */
    readonly LINKLAYER: "LINKLAYER";
    /**
     * Picked at random by the system, such as an IPv4 link-local address in 169.254.0.0/16 or an IPv6 privacy address (RFC 3041).
     */
    readonly RANDOM: "RANDOM";
};
/**
 * Source of an interface address, after the IpAddressOriginTC type of RFC 4293.
 *
 * vAPI enum `com.vmware.vcenter.vm.guest.networking.interfaces.ip_address_origin`. Servers of newer versions may send other values; data read from the server types them with `Open<…>`.
 */
export type GuestNetworkingInterfacesIpAddressOrigin = 'OTHER' | 'MANUAL' | 'DHCP' | 'LINKLAYER' | 'RANDOM';
/**
 * State of an interface address, after the IpAddressStatusTC type of RFC 4293.
 *
 * vAPI enum `com.vmware.vcenter.vm.guest.networking.interfaces.ip_address_status`. Servers of newer versions may send other values; data read from the server types them with `Open<…>`.
 */
export declare const GuestNetworkingInterfacesIpAddressStatus: {
    /**
     * Valid and usable.
     */
    readonly PREFERRED: "PREFERRED";
    /**
     * Still valid, but not to be picked as source address for new traffic.
     */
    readonly DEPRECATED: "DEPRECATED";
    /**
     * Not a valid address.
     */
    readonly INVALID: "INVALID";
    /**
     * Unusable because the interface is down.
     */
    readonly INACCESSIBLE: "INACCESSIBLE";
    /**
     * Status cannot be determined.
     */
    readonly UNKNOWN: "UNKNOWN";
    /**
     * Uniqueness on the link is still being checked (duplicate address detection).
     */
    readonly TENTATIVE: "TENTATIVE";
    /**
     * Another node on the link uses it, so it cannot be reached.
     */
    readonly DUPLICATE: "DUPLICATE";
};
/**
 * State of an interface address, after the IpAddressStatusTC type of RFC 4293.
 *
 * vAPI enum `com.vmware.vcenter.vm.guest.networking.interfaces.ip_address_status`. Servers of newer versions may send other values; data read from the server types them with `Open<…>`.
 */
export type GuestNetworkingInterfacesIpAddressStatus = 'PREFERRED' | 'DEPRECATED' | 'INVALID' | 'INACCESSIBLE' | 'UNKNOWN' | 'TENTATIVE' | 'DUPLICATE';
/**
 * Power states of the guest operating system, as opposed to those of the VM.
 *
 * vAPI enum `com.vmware.vcenter.vm.guest.power.state`. Servers of newer versions may send other values; data read from the server types them with `Open<…>`.
 */
export declare const GuestPowerState: {
    /**
     * The guest OS is up.
     */
    readonly RUNNING: "RUNNING";
    /**
     * Shutdown of the guest OS is in progress.
     */
    readonly SHUTTING_DOWN: "SHUTTING_DOWN";
    /**
     * The guest OS is restarting.
     */
    readonly RESETTING: "RESETTING";
    /**
     * The guest OS sleeps in standby.
     */
    readonly STANDBY: "STANDBY";
    /**
     * The guest OS is down.
     */
    readonly NOT_RUNNING: "NOT_RUNNING";
    /**
     * The guest power state cannot be determined.
     */
    readonly UNAVAILABLE: "UNAVAILABLE";
};
/**
 * Power states of the guest operating system, as opposed to those of the VM.
 *
 * vAPI enum `com.vmware.vcenter.vm.guest.power.state`. Servers of newer versions may send other values; data read from the server types them with `Open<…>`.
 */
export type GuestPowerState = 'RUNNING' | 'SHUTTING_DOWN' | 'RESETTING' | 'STANDBY' | 'NOT_RUNNING' | 'UNAVAILABLE';
/**
 * Guest operating system identifiers: the OS a VM is configured for, or the one VMware Tools detects. A name gives vendor and version, with `_64` for 64-bit variants; a few keep old code names (for example `WINDOWS_9` is Windows 10), and those carry a description here.
 *
 * vAPI enum `com.vmware.vcenter.vm.guest_OS`. Servers of newer versions may send other values; data read from the server types them with `Open<…>`.
 */
export declare const GuestOs: {
    /**
     * MS-DOS.
     */
    readonly DOS: "DOS";
    readonly WIN_31: "WIN_31";
    readonly WIN_95: "WIN_95";
    readonly WIN_98: "WIN_98";
    readonly WIN_ME: "WIN_ME";
    /**
     * Windows NT 4.
     */
    readonly WIN_NT: "WIN_NT";
    readonly WIN_2000_PRO: "WIN_2000_PRO";
    readonly WIN_2000_SERV: "WIN_2000_SERV";
    readonly WIN_2000_ADV_SERV: "WIN_2000_ADV_SERV";
    readonly WIN_XP_HOME: "WIN_XP_HOME";
    readonly WIN_XP_PRO: "WIN_XP_PRO";
    readonly WIN_XP_PRO_64: "WIN_XP_PRO_64";
    /**
     * Windows Server 2003 Web Edition.
     */
    readonly WIN_NET_WEB: "WIN_NET_WEB";
    /**
     * Windows Server 2003 Standard, 32-bit.
     */
    readonly WIN_NET_STANDARD: "WIN_NET_STANDARD";
    /**
     * Windows Server 2003 Enterprise, 32-bit.
     */
    readonly WIN_NET_ENTERPRISE: "WIN_NET_ENTERPRISE";
    /**
     * Windows Server 2003 Datacenter, 32-bit.
     */
    readonly WIN_NET_DATACENTER: "WIN_NET_DATACENTER";
    /**
     * Windows Small Business Server 2003.
     */
    readonly WIN_NET_BUSINESS: "WIN_NET_BUSINESS";
    /**
     * Windows Server 2003 Standard, 64-bit.
     */
    readonly WIN_NET_STANDARD_64: "WIN_NET_STANDARD_64";
    /**
     * Windows Server 2003 Enterprise, 64-bit.
     */
    readonly WIN_NET_ENTERPRISE_64: "WIN_NET_ENTERPRISE_64";
    /**
     * Windows Server 2008 (code name Longhorn), 32-bit.
     */
    readonly WIN_LONGHORN: "WIN_LONGHORN";
    /**
     * Windows Server 2008 (code name Longhorn), 64-bit.
     */
    readonly WIN_LONGHORN_64: "WIN_LONGHORN_64";
    /**
     * Windows Server 2003 Datacenter, 64-bit.
     */
    readonly WIN_NET_DATACENTER_64: "WIN_NET_DATACENTER_64";
    readonly WIN_VISTA: "WIN_VISTA";
    readonly WIN_VISTA_64: "WIN_VISTA_64";
    readonly WINDOWS_7: "WINDOWS_7";
    readonly WINDOWS_7_64: "WINDOWS_7_64";
    /**
     * Windows Server 2008 R2.
     */
    readonly WINDOWS_7_SERVER_64: "WINDOWS_7_SERVER_64";
    readonly WINDOWS_8: "WINDOWS_8";
    readonly WINDOWS_8_64: "WINDOWS_8_64";
    /**
     * Windows Server 2012.
     */
    readonly WINDOWS_8_SERVER_64: "WINDOWS_8_SERVER_64";
    /**
     * Windows 10, 32-bit.
     */
    readonly WINDOWS_9: "WINDOWS_9";
    /**
     * Windows 10, 64-bit.
     */
    readonly WINDOWS_9_64: "WINDOWS_9_64";
    /**
     * Windows Server 2016.
     */
    readonly WINDOWS_9_SERVER_64: "WINDOWS_9_SERVER_64";
    /**
     * Windows Hyper-V Server.
     */
    readonly WINDOWS_HYPERV: "WINDOWS_HYPERV";
    readonly WINDOWS_SERVER_2019: "WINDOWS_SERVER_2019";
    /**
     * Windows Server 2022.
     */
    readonly WINDOWS_SERVER_2021: "WINDOWS_SERVER_2021";
    /**
     * FreeBSD 10 or older, 32-bit.
     */
    readonly FREEBSD: "FREEBSD";
    /**
     * FreeBSD 10 or older, 64-bit.
     */
    readonly FREEBSD_64: "FREEBSD_64";
    readonly FREEBSD_11: "FREEBSD_11";
    readonly FREEBSD_12: "FREEBSD_12";
    readonly FREEBSD_13: "FREEBSD_13";
    readonly FREEBSD_11_64: "FREEBSD_11_64";
    readonly FREEBSD_12_64: "FREEBSD_12_64";
    readonly FREEBSD_13_64: "FREEBSD_13_64";
    /**
     * Red Hat Linux 2.1 (before Red Hat Enterprise Linux).
     */
    readonly REDHAT: "REDHAT";
    readonly RHEL_2: "RHEL_2";
    readonly RHEL_3: "RHEL_3";
    readonly RHEL_3_64: "RHEL_3_64";
    readonly RHEL_4: "RHEL_4";
    readonly RHEL_4_64: "RHEL_4_64";
    readonly RHEL_5: "RHEL_5";
    readonly RHEL_5_64: "RHEL_5_64";
    readonly RHEL_6: "RHEL_6";
    readonly RHEL_6_64: "RHEL_6_64";
    readonly RHEL_7: "RHEL_7";
    readonly RHEL_7_64: "RHEL_7_64";
    readonly RHEL_8_64: "RHEL_8_64";
    readonly RHEL_9_64: "RHEL_9_64";
    /**
     * CentOS 4 or 5, 32-bit.
     */
    readonly CENTOS: "CENTOS";
    /**
     * CentOS 4 or 5, 64-bit.
     */
    readonly CENTOS_64: "CENTOS_64";
    readonly CENTOS_6: "CENTOS_6";
    readonly CENTOS_6_64: "CENTOS_6_64";
    readonly CENTOS_7: "CENTOS_7";
    readonly CENTOS_7_64: "CENTOS_7_64";
    readonly CENTOS_8_64: "CENTOS_8_64";
    readonly CENTOS_9_64: "CENTOS_9_64";
    /**
     * Oracle Linux 4 or 5, 32-bit.
     */
    readonly ORACLE_LINUX: "ORACLE_LINUX";
    /**
     * Oracle Linux 4 or 5, 64-bit.
     */
    readonly ORACLE_LINUX_64: "ORACLE_LINUX_64";
    readonly ORACLE_LINUX_6: "ORACLE_LINUX_6";
    readonly ORACLE_LINUX_6_64: "ORACLE_LINUX_6_64";
    readonly ORACLE_LINUX_7: "ORACLE_LINUX_7";
    readonly ORACLE_LINUX_7_64: "ORACLE_LINUX_7_64";
    readonly ORACLE_LINUX_8_64: "ORACLE_LINUX_8_64";
    readonly ORACLE_LINUX_9_64: "ORACLE_LINUX_9_64";
    /**
     * SUSE Linux (not the Enterprise Server line), 32-bit.
     */
    readonly SUSE: "SUSE";
    /**
     * SUSE Linux (not the Enterprise Server line), 64-bit.
     */
    readonly SUSE_64: "SUSE_64";
    /**
     * SLES 9 (SUSE Linux Enterprise Server), 32-bit.
     */
    readonly SLES: "SLES";
    /**
     * SLES 9 (SUSE Linux Enterprise Server), 64-bit.
     */
    readonly SLES_64: "SLES_64";
    readonly SLES_10: "SLES_10";
    readonly SLES_10_64: "SLES_10_64";
    readonly SLES_11: "SLES_11";
    readonly SLES_11_64: "SLES_11_64";
    readonly SLES_12: "SLES_12";
    readonly SLES_12_64: "SLES_12_64";
    readonly SLES_15_64: "SLES_15_64";
    readonly SLES_16_64: "SLES_16_64";
    /**
     * Novell Linux Desktop 9.
     */
    readonly NLD_9: "NLD_9";
    /**
     * Novell Open Enterprise Server.
     */
    readonly OES: "OES";
    /**
     * Sun Java Desktop System.
     */
    readonly SJDS: "SJDS";
    readonly MANDRAKE: "MANDRAKE";
    readonly MANDRIVA: "MANDRIVA";
    readonly MANDRIVA_64: "MANDRIVA_64";
    readonly TURBO_LINUX: "TURBO_LINUX";
    readonly TURBO_LINUX_64: "TURBO_LINUX_64";
    readonly UBUNTU: "UBUNTU";
    readonly UBUNTU_64: "UBUNTU_64";
    readonly DEBIAN_4: "DEBIAN_4";
    readonly DEBIAN_4_64: "DEBIAN_4_64";
    readonly DEBIAN_5: "DEBIAN_5";
    readonly DEBIAN_5_64: "DEBIAN_5_64";
    readonly DEBIAN_6: "DEBIAN_6";
    readonly DEBIAN_6_64: "DEBIAN_6_64";
    readonly DEBIAN_7: "DEBIAN_7";
    readonly DEBIAN_7_64: "DEBIAN_7_64";
    readonly DEBIAN_8: "DEBIAN_8";
    readonly DEBIAN_8_64: "DEBIAN_8_64";
    readonly DEBIAN_9: "DEBIAN_9";
    readonly DEBIAN_9_64: "DEBIAN_9_64";
    readonly DEBIAN_10: "DEBIAN_10";
    readonly DEBIAN_10_64: "DEBIAN_10_64";
    readonly DEBIAN_11: "DEBIAN_11";
    readonly DEBIAN_11_64: "DEBIAN_11_64";
    readonly ASIANUX_3: "ASIANUX_3";
    readonly ASIANUX_3_64: "ASIANUX_3_64";
    readonly ASIANUX_4: "ASIANUX_4";
    readonly ASIANUX_4_64: "ASIANUX_4_64";
    readonly ASIANUX_5_64: "ASIANUX_5_64";
    readonly ASIANUX_7_64: "ASIANUX_7_64";
    readonly ASIANUX_8_64: "ASIANUX_8_64";
    readonly ASIANUX_9_64: "ASIANUX_9_64";
    readonly OPENSUSE: "OPENSUSE";
    readonly OPENSUSE_64: "OPENSUSE_64";
    readonly FEDORA: "FEDORA";
    readonly FEDORA_64: "FEDORA_64";
    readonly COREOS_64: "COREOS_64";
    /**
     * VMware Photon OS.
     */
    readonly VMWARE_PHOTON_64: "VMWARE_PHOTON_64";
    /**
     * Other Linux with a 2.4 kernel, 32-bit.
     */
    readonly OTHER_24X_LINUX: "OTHER_24X_LINUX";
    /**
     * Other Linux with a 2.4 kernel, 64-bit.
     */
    readonly OTHER_24X_LINUX_64: "OTHER_24X_LINUX_64";
    /**
     * Other Linux with a 2.6 kernel, 32-bit.
     */
    readonly OTHER_26X_LINUX: "OTHER_26X_LINUX";
    /**
     * Other Linux with a 2.6 kernel, 64-bit.
     */
    readonly OTHER_26X_LINUX_64: "OTHER_26X_LINUX_64";
    /**
     * Other Linux with a 3.x kernel, 32-bit.
     */
    readonly OTHER_3X_LINUX: "OTHER_3X_LINUX";
    /**
     * Other Linux with a 3.x kernel, 64-bit.
     */
    readonly OTHER_3X_LINUX_64: "OTHER_3X_LINUX_64";
    /**
     * Other Linux with a 4.x kernel, 32-bit.
     */
    readonly OTHER_4X_LINUX: "OTHER_4X_LINUX";
    /**
     * Other Linux with a 4.x kernel, 64-bit.
     */
    readonly OTHER_4X_LINUX_64: "OTHER_4X_LINUX_64";
    /**
     * Other Linux with a 5.x kernel, 32-bit.
     */
    readonly OTHER_5X_LINUX: "OTHER_5X_LINUX";
    /**
     * Other Linux with a 5.x kernel, 64-bit.
     */
    readonly OTHER_5X_LINUX_64: "OTHER_5X_LINUX_64";
    /**
     * Other Linux with a 2.2 kernel.
     */
    readonly OTHER_LINUX: "OTHER_LINUX";
    /**
     * Any other Linux.
     */
    readonly GENERIC_LINUX: "GENERIC_LINUX";
    /**
     * Any other 64-bit Linux.
     */
    readonly OTHER_LINUX_64: "OTHER_LINUX_64";
    readonly SOLARIS_6: "SOLARIS_6";
    readonly SOLARIS_7: "SOLARIS_7";
    readonly SOLARIS_8: "SOLARIS_8";
    readonly SOLARIS_9: "SOLARIS_9";
    readonly SOLARIS_10: "SOLARIS_10";
    readonly SOLARIS_10_64: "SOLARIS_10_64";
    readonly SOLARIS_11_64: "SOLARIS_11_64";
    /**
     * IBM OS/2.
     */
    readonly OS2: "OS2";
    /**
     * eComStation 1.x.
     */
    readonly ECOMSTATION: "ECOMSTATION";
    /**
     * eComStation 2.0.
     */
    readonly ECOMSTATION_2: "ECOMSTATION_2";
    readonly NETWARE_4: "NETWARE_4";
    /**
     * Novell NetWare 5.1.
     */
    readonly NETWARE_5: "NETWARE_5";
    /**
     * Novell NetWare 6.x.
     */
    readonly NETWARE_6: "NETWARE_6";
    /**
     * SCO OpenServer 5.
     */
    readonly OPENSERVER_5: "OPENSERVER_5";
    /**
     * SCO OpenServer 6.
     */
    readonly OPENSERVER_6: "OPENSERVER_6";
    /**
     * SCO UnixWare 7.
     */
    readonly UNIXWARE_7: "UNIXWARE_7";
    /**
     * Mac OS X 10.5, 32-bit.
     */
    readonly DARWIN: "DARWIN";
    /**
     * Mac OS X 10.5, 64-bit.
     */
    readonly DARWIN_64: "DARWIN_64";
    /**
     * Mac OS X 10.6, 32-bit.
     */
    readonly DARWIN_10: "DARWIN_10";
    /**
     * Mac OS X 10.6, 64-bit.
     */
    readonly DARWIN_10_64: "DARWIN_10_64";
    /**
     * Mac OS X 10.7, 32-bit.
     */
    readonly DARWIN_11: "DARWIN_11";
    /**
     * Mac OS X 10.7, 64-bit.
     */
    readonly DARWIN_11_64: "DARWIN_11_64";
    /**
     * OS X 10.8.
     */
    readonly DARWIN_12_64: "DARWIN_12_64";
    /**
     * OS X 10.9.
     */
    readonly DARWIN_13_64: "DARWIN_13_64";
    /**
     * OS X 10.10.
     */
    readonly DARWIN_14_64: "DARWIN_14_64";
    /**
     * OS X 10.11.
     */
    readonly DARWIN_15_64: "DARWIN_15_64";
    /**
     * macOS 10.12.
     */
    readonly DARWIN_16_64: "DARWIN_16_64";
    /**
     * macOS 10.13.
     */
    readonly DARWIN_17_64: "DARWIN_17_64";
    /**
     * macOS 10.14.
     */
    readonly DARWIN_18_64: "DARWIN_18_64";
    /**
     * macOS 10.15.
     */
    readonly DARWIN_19_64: "DARWIN_19_64";
    /**
     * macOS 11.
     */
    readonly DARWIN_20_64: "DARWIN_20_64";
    /**
     * macOS 12.
     */
    readonly DARWIN_21_64: "DARWIN_21_64";
    /**
     * VMware ESX 4.
     */
    readonly VMKERNEL: "VMKERNEL";
    /**
     * VMware ESXi 5.
     */
    readonly VMKERNEL_5: "VMKERNEL_5";
    /**
     * VMware ESXi 6.0.
     */
    readonly VMKERNEL_6: "VMKERNEL_6";
    /**
     * VMware ESXi 6.5 or 6.7.
     */
    readonly VMKERNEL_65: "VMKERNEL_65";
    /**
     * VMware ESXi 7.
     */
    readonly VMKERNEL_7: "VMKERNEL_7";
    readonly AMAZONLINUX2_64: "AMAZONLINUX2_64";
    readonly AMAZONLINUX3_64: "AMAZONLINUX3_64";
    /**
     * CRX Pod 1, the container runtime VM behind vSphere Pods.
     */
    readonly CRXPOD_1: "CRXPOD_1";
    /**
     * An operating system not listed, 32-bit.
     */
    readonly OTHER: "OTHER";
    /**
     * An operating system not listed, 64-bit.
     */
    readonly OTHER_64: "OTHER_64";
};
/**
 * Guest operating system identifiers: the OS a VM is configured for, or the one VMware Tools detects. A name gives vendor and version, with `_64` for 64-bit variants; a few keep old code names (for example `WINDOWS_9` is Windows 10), and those carry a description here.
 *
 * vAPI enum `com.vmware.vcenter.vm.guest_OS`. Servers of newer versions may send other values; data read from the server types them with `Open<…>`.
 */
export type GuestOs = 'DOS' | 'WIN_31' | 'WIN_95' | 'WIN_98' | 'WIN_ME' | 'WIN_NT' | 'WIN_2000_PRO' | 'WIN_2000_SERV' | 'WIN_2000_ADV_SERV' | 'WIN_XP_HOME' | 'WIN_XP_PRO' | 'WIN_XP_PRO_64' | 'WIN_NET_WEB' | 'WIN_NET_STANDARD' | 'WIN_NET_ENTERPRISE' | 'WIN_NET_DATACENTER' | 'WIN_NET_BUSINESS' | 'WIN_NET_STANDARD_64' | 'WIN_NET_ENTERPRISE_64' | 'WIN_LONGHORN' | 'WIN_LONGHORN_64' | 'WIN_NET_DATACENTER_64' | 'WIN_VISTA' | 'WIN_VISTA_64' | 'WINDOWS_7' | 'WINDOWS_7_64' | 'WINDOWS_7_SERVER_64' | 'WINDOWS_8' | 'WINDOWS_8_64' | 'WINDOWS_8_SERVER_64' | 'WINDOWS_9' | 'WINDOWS_9_64' | 'WINDOWS_9_SERVER_64' | 'WINDOWS_HYPERV' | 'WINDOWS_SERVER_2019' | 'WINDOWS_SERVER_2021' | 'FREEBSD' | 'FREEBSD_64' | 'FREEBSD_11' | 'FREEBSD_12' | 'FREEBSD_13' | 'FREEBSD_11_64' | 'FREEBSD_12_64' | 'FREEBSD_13_64' | 'REDHAT' | 'RHEL_2' | 'RHEL_3' | 'RHEL_3_64' | 'RHEL_4' | 'RHEL_4_64' | 'RHEL_5' | 'RHEL_5_64' | 'RHEL_6' | 'RHEL_6_64' | 'RHEL_7' | 'RHEL_7_64' | 'RHEL_8_64' | 'RHEL_9_64' | 'CENTOS' | 'CENTOS_64' | 'CENTOS_6' | 'CENTOS_6_64' | 'CENTOS_7' | 'CENTOS_7_64' | 'CENTOS_8_64' | 'CENTOS_9_64' | 'ORACLE_LINUX' | 'ORACLE_LINUX_64' | 'ORACLE_LINUX_6' | 'ORACLE_LINUX_6_64' | 'ORACLE_LINUX_7' | 'ORACLE_LINUX_7_64' | 'ORACLE_LINUX_8_64' | 'ORACLE_LINUX_9_64' | 'SUSE' | 'SUSE_64' | 'SLES' | 'SLES_64' | 'SLES_10' | 'SLES_10_64' | 'SLES_11' | 'SLES_11_64' | 'SLES_12' | 'SLES_12_64' | 'SLES_15_64' | 'SLES_16_64' | 'NLD_9' | 'OES' | 'SJDS' | 'MANDRAKE' | 'MANDRIVA' | 'MANDRIVA_64' | 'TURBO_LINUX' | 'TURBO_LINUX_64' | 'UBUNTU' | 'UBUNTU_64' | 'DEBIAN_4' | 'DEBIAN_4_64' | 'DEBIAN_5' | 'DEBIAN_5_64' | 'DEBIAN_6' | 'DEBIAN_6_64' | 'DEBIAN_7' | 'DEBIAN_7_64' | 'DEBIAN_8' | 'DEBIAN_8_64' | 'DEBIAN_9' | 'DEBIAN_9_64' | 'DEBIAN_10' | 'DEBIAN_10_64' | 'DEBIAN_11' | 'DEBIAN_11_64' | 'ASIANUX_3' | 'ASIANUX_3_64' | 'ASIANUX_4' | 'ASIANUX_4_64' | 'ASIANUX_5_64' | 'ASIANUX_7_64' | 'ASIANUX_8_64' | 'ASIANUX_9_64' | 'OPENSUSE' | 'OPENSUSE_64' | 'FEDORA' | 'FEDORA_64' | 'COREOS_64' | 'VMWARE_PHOTON_64' | 'OTHER_24X_LINUX' | 'OTHER_24X_LINUX_64' | 'OTHER_26X_LINUX' | 'OTHER_26X_LINUX_64' | 'OTHER_3X_LINUX' | 'OTHER_3X_LINUX_64' | 'OTHER_4X_LINUX' | 'OTHER_4X_LINUX_64' | 'OTHER_5X_LINUX' | 'OTHER_5X_LINUX_64' | 'OTHER_LINUX' | 'GENERIC_LINUX' | 'OTHER_LINUX_64' | 'SOLARIS_6' | 'SOLARIS_7' | 'SOLARIS_8' | 'SOLARIS_9' | 'SOLARIS_10' | 'SOLARIS_10_64' | 'SOLARIS_11_64' | 'OS2' | 'ECOMSTATION' | 'ECOMSTATION_2' | 'NETWARE_4' | 'NETWARE_5' | 'NETWARE_6' | 'OPENSERVER_5' | 'OPENSERVER_6' | 'UNIXWARE_7' | 'DARWIN' | 'DARWIN_64' | 'DARWIN_10' | 'DARWIN_10_64' | 'DARWIN_11' | 'DARWIN_11_64' | 'DARWIN_12_64' | 'DARWIN_13_64' | 'DARWIN_14_64' | 'DARWIN_15_64' | 'DARWIN_16_64' | 'DARWIN_17_64' | 'DARWIN_18_64' | 'DARWIN_19_64' | 'DARWIN_20_64' | 'DARWIN_21_64' | 'VMKERNEL' | 'VMKERNEL_5' | 'VMKERNEL_6' | 'VMKERNEL_65' | 'VMKERNEL_7' | 'AMAZONLINUX2_64' | 'AMAZONLINUX3_64' | 'CRXPOD_1' | 'OTHER' | 'OTHER_64';
/**
 * Broad families that guest operating systems are grouped into.
 *
 * vAPI enum `com.vmware.vcenter.vm.guest_OS_family`. Servers of newer versions may send other values; data read from the server types them with `Open<…>`.
 */
export declare const GuestOsFamily: {
    /**
     * Microsoft Windows.
     */
    readonly WINDOWS: "WINDOWS";
    /**
     * Linux distributions.
     */
    readonly LINUX: "LINUX";
    /**
     * Novell NetWare.
     */
    readonly NETWARE: "NETWARE";
    /**
     * Solaris.
     */
    readonly SOLARIS: "SOLARIS";
    /**
     * Apple macOS (Darwin).
     */
    readonly DARWIN: "DARWIN";
    /**
     * Any other operating system.
     */
    readonly OTHER: "OTHER";
};
/**
 * Broad families that guest operating systems are grouped into.
 *
 * vAPI enum `com.vmware.vcenter.vm.guest_OS_family`. Servers of newer versions may send other values; data read from the server types them with `Open<…>`.
 */
export type GuestOsFamily = 'WINDOWS' | 'LINUX' | 'NETWARE' | 'SOLARIS' | 'DARWIN' | 'OTHER';
/**
 * Controller types a virtual SATA adapter can emulate.
 *
 * vAPI enum `com.vmware.vcenter.vm.hardware.adapter.sata.type`. Servers of newer versions may send other values; data read from the server types them with `Open<…>`.
 */
export declare const HardwareAdapterSataType: {
    /**
     * AHCI controller.
     */
    readonly AHCI: "AHCI";
};
/**
 * Controller types a virtual SATA adapter can emulate.
 *
 * vAPI enum `com.vmware.vcenter.vm.hardware.adapter.sata.type`. Servers of newer versions may send other values; data read from the server types them with `Open<…>`.
 */
export type HardwareAdapterSataType = 'AHCI';
/**
 * Whether other VMs may use the same virtual SCSI bus, as needed for shared-disk guest clustering.
 *
 * vAPI enum `com.vmware.vcenter.vm.hardware.adapter.scsi.sharing`. Servers of newer versions may send other values; data read from the server types them with `Open<…>`.
 */
export declare const HardwareAdapterScsiSharing: {
    /**
     * The bus belongs to this VM alone.
     */
    readonly NONE: "NONE";
    /**
     * Shared with other VMs on the same host.
     */
    readonly VIRTUAL: "VIRTUAL";
    /**
     * Shared with other VMs, which may run on different hosts.
     */
    readonly PHYSICAL: "PHYSICAL";
};
/**
 * Whether other VMs may use the same virtual SCSI bus, as needed for shared-disk guest clustering.
 *
 * vAPI enum `com.vmware.vcenter.vm.hardware.adapter.scsi.sharing`. Servers of newer versions may send other values; data read from the server types them with `Open<…>`.
 */
export type HardwareAdapterScsiSharing = 'NONE' | 'VIRTUAL' | 'PHYSICAL';
/**
 * Controller models a virtual SCSI adapter can emulate.
 *
 * vAPI enum `com.vmware.vcenter.vm.hardware.adapter.scsi.type`. Servers of newer versions may send other values; data read from the server types them with `Open<…>`.
 */
export declare const HardwareAdapterScsiType: {
    /**
     * BusLogic parallel SCSI controller.
     */
    readonly BUSLOGIC: "BUSLOGIC";
    /**
     * LSI Logic parallel SCSI controller.
     */
    readonly LSILOGIC: "LSILOGIC";
    /**
     * LSI Logic SAS controller (SAS 1068).
     */
    readonly LSILOGICSAS: "LSILOGICSAS";
    /**
     * VMware Paravirtual SCSI controller, which needs a driver in the guest.
     */
    readonly PVSCSI: "PVSCSI";
};
/**
 * Controller models a virtual SCSI adapter can emulate.
 *
 * vAPI enum `com.vmware.vcenter.vm.hardware.adapter.scsi.type`. Servers of newer versions may send other values; data read from the server types them with `Open<…>`.
 */
export type HardwareAdapterScsiType = 'BUSLOGIC' | 'LSILOGIC' | 'LSILOGICSAS' | 'PVSCSI';
/**
 * Kinds of virtual device that can appear in the boot order.
 *
 * vAPI enum `com.vmware.vcenter.vm.hardware.boot.device.type`. Servers of newer versions may send other values; data read from the server types them with `Open<…>`.
 */
export declare const HardwareBootDeviceType: {
    /**
     * A virtual CD-ROM drive.
     */
    readonly CDROM: "CDROM";
    /**
     * One or more virtual disks.
     */
    readonly DISK: "DISK";
    /**
     * A virtual network adapter (network boot).
     */
    readonly ETHERNET: "ETHERNET";
    /**
     * A virtual floppy drive.
     */
    readonly FLOPPY: "FLOPPY";
};
/**
 * Kinds of virtual device that can appear in the boot order.
 *
 * vAPI enum `com.vmware.vcenter.vm.hardware.boot.device.type`. Servers of newer versions may send other values; data read from the server types them with `Open<…>`.
 */
export type HardwareBootDeviceType = 'CDROM' | 'DISK' | 'ETHERNET' | 'FLOPPY';
/**
 * IP version used when an EFI VM boots from the network.
 *
 * vAPI enum `com.vmware.vcenter.vm.hardware.boot.network_protocol`. Servers of newer versions may send other values; data read from the server types them with `Open<…>`.
 */
export declare const HardwareBootNetworkProtocol: {
    /**
     * Network boot over IPv4 (PXE, or Apple NetBoot).
     */
    readonly IPV4: "IPV4";
    /**
     * Network boot (PXE) over IPv6.
     */
    readonly IPV6: "IPV6";
};
/**
 * IP version used when an EFI VM boots from the network.
 *
 * vAPI enum `com.vmware.vcenter.vm.hardware.boot.network_protocol`. Servers of newer versions may send other values; data read from the server types them with `Open<…>`.
 */
export type HardwareBootNetworkProtocol = 'IPV4' | 'IPV6';
/**
 * Firmware a VM starts with.
 *
 * vAPI enum `com.vmware.vcenter.vm.hardware.boot.type`. Servers of newer versions may send other values; data read from the server types them with `Open<…>`.
 */
export declare const HardwareBootType: {
    /**
     * Legacy BIOS firmware.
     */
    readonly BIOS: "BIOS";
    /**
     * UEFI (Extensible Firmware Interface) firmware.
     */
    readonly EFI: "EFI";
};
/**
 * Firmware a VM starts with.
 *
 * vAPI enum `com.vmware.vcenter.vm.hardware.boot.type`. Servers of newer versions may send other values; data read from the server types them with `Open<…>`.
 */
export type HardwareBootType = 'BIOS' | 'EFI';
/**
 * Where a CD-ROM drive gets its media from.
 *
 * vAPI enum `com.vmware.vcenter.vm.hardware.cdrom.backing_type`. Servers of newer versions may send other values; data read from the server types them with `Open<…>`.
 */
export declare const HardwareCdromBackingType: {
    /**
     * An ISO image file.
     */
    readonly ISO_FILE: "ISO_FILE";
    /**
     * A physical drive of the ESXi host running the VM.
     */
    readonly HOST_DEVICE: "HOST_DEVICE";
    /**
     * A drive of the machine whose remote console is attached to the VM.
     */
    readonly CLIENT_DEVICE: "CLIENT_DEVICE";
};
/**
 * Where a CD-ROM drive gets its media from.
 *
 * vAPI enum `com.vmware.vcenter.vm.hardware.cdrom.backing_type`. Servers of newer versions may send other values; data read from the server types them with `Open<…>`.
 */
export type HardwareCdromBackingType = 'ISO_FILE' | 'HOST_DEVICE' | 'CLIENT_DEVICE';
/**
 * How a CD-ROM drive backed by a physical drive talks to it.
 *
 * vAPI enum `com.vmware.vcenter.vm.hardware.cdrom.device_access_type`. Servers of newer versions may send other values; data read from the server types them with `Open<…>`.
 */
export declare const HardwareCdromDeviceAccessType: {
    /**
     * The drive is emulated as an ATAPI or SCSI device.
     */
    readonly EMULATION: "EMULATION";
    /**
     * Raw commands go straight to the physical drive.
     */
    readonly PASSTHRU: "PASSTHRU";
    /**
     * Raw passthrough, with the VM holding the drive exclusively.
     */
    readonly PASSTHRU_EXCLUSIVE: "PASSTHRU_EXCLUSIVE";
};
/**
 * How a CD-ROM drive backed by a physical drive talks to it.
 *
 * vAPI enum `com.vmware.vcenter.vm.hardware.cdrom.device_access_type`. Servers of newer versions may send other values; data read from the server types them with `Open<…>`.
 */
export type HardwareCdromDeviceAccessType = 'EMULATION' | 'PASSTHRU' | 'PASSTHRU_EXCLUSIVE';
/**
 * Kinds of virtual storage adapter a CD-ROM drive can be attached to.
 *
 * vAPI enum `com.vmware.vcenter.vm.hardware.cdrom.host_bus_adapter_type`. Servers of newer versions may send other values; data read from the server types them with `Open<…>`.
 */
export declare const HardwareCdromHostBusAdapterType: {
    /**
     * An IDE adapter.
     */
    readonly IDE: "IDE";
    /**
     * A SATA adapter.
     */
    readonly SATA: "SATA";
};
/**
 * Kinds of virtual storage adapter a CD-ROM drive can be attached to.
 *
 * vAPI enum `com.vmware.vcenter.vm.hardware.cdrom.host_bus_adapter_type`. Servers of newer versions may send other values; data read from the server types them with `Open<…>`.
 */
export type HardwareCdromHostBusAdapterType = 'IDE' | 'SATA';
/**
 * Runtime outcome of connecting a removable device (CD-ROM, floppy, serial or parallel port, network adapter) to its backing.
 *
 * vAPI enum `com.vmware.vcenter.vm.hardware.connection_state`. Servers of newer versions may send other values; data read from the server types them with `Open<…>`.
 */
export declare const HardwareConnectionState: {
    /**
     * Connected, and working as expected.
     */
    readonly CONNECTED: "CONNECTED";
    /**
     * Connecting failed for a reason that may go away, e.g. another VM holds the backing.
     */
    readonly RECOVERABLE_ERROR: "RECOVERABLE_ERROR";
    /**
     * Connecting failed and cannot succeed as configured, e.g. the backing is missing.
     */
    readonly UNRECOVERABLE_ERROR: "UNRECOVERABLE_ERROR";
    /**
     * Not connected to its backing.
     */
    readonly NOT_CONNECTED: "NOT_CONNECTED";
    /**
     * The server cannot tell the status.
     */
    readonly UNKNOWN: "UNKNOWN";
};
/**
 * Runtime outcome of connecting a removable device (CD-ROM, floppy, serial or parallel port, network adapter) to its backing.
 *
 * vAPI enum `com.vmware.vcenter.vm.hardware.connection_state`. Servers of newer versions may send other values; data read from the server types them with `Open<…>`.
 */
export type HardwareConnectionState = 'CONNECTED' | 'RECOVERABLE_ERROR' | 'UNRECOVERABLE_ERROR' | 'NOT_CONNECTED' | 'UNKNOWN';
/**
 * Kinds of storage that can back a virtual disk.
 *
 * vAPI enum `com.vmware.vcenter.vm.hardware.disk.backing_type`. Servers of newer versions may send other values; data read from the server types them with `Open<…>`.
 */
export declare const HardwareDiskBackingType: {
    /**
     * A VMDK file on a datastore.
     */
    readonly VMDK_FILE: "VMDK_FILE";
};
/**
 * Kinds of storage that can back a virtual disk.
 *
 * vAPI enum `com.vmware.vcenter.vm.hardware.disk.backing_type`. Servers of newer versions may send other values; data read from the server types them with `Open<…>`.
 */
export type HardwareDiskBackingType = 'VMDK_FILE';
/**
 * Kinds of storage adapter a virtual disk can be attached to.
 *
 * vAPI enum `com.vmware.vcenter.vm.hardware.disk.host_bus_adapter_type`. Servers of newer versions may send other values; data read from the server types them with `Open<…>`.
 */
export declare const HardwareDiskHostBusAdapterType: {
    /**
     * IDE adapter; disks on it cannot be added or removed while the VM is powered on.
     */
    readonly IDE: "IDE";
    /**
     * SCSI adapter.
     */
    readonly SCSI: "SCSI";
    /**
     * SATA adapter.
     */
    readonly SATA: "SATA";
    /**
     * NVMe adapter.
     */
    readonly NVME: "NVME";
};
/**
 * Kinds of storage adapter a virtual disk can be attached to.
 *
 * vAPI enum `com.vmware.vcenter.vm.hardware.disk.host_bus_adapter_type`. Servers of newer versions may send other values; data read from the server types them with `Open<…>`.
 */
export type HardwareDiskHostBusAdapterType = 'IDE' | 'SCSI' | 'SATA' | 'NVME';
/**
 * Kinds of network a virtual network adapter can be attached to.
 *
 * vAPI enum `com.vmware.vcenter.vm.hardware.ethernet.backing_type`. Servers of newer versions may send other values; data read from the server types them with `Open<…>`.
 */
export declare const HardwareEthernetBackingType: {
    /**
     * A portgroup of a vSphere standard switch.
     */
    readonly STANDARD_PORTGROUP: "STANDARD_PORTGROUP";
    /**
     * Old style direct host device backing. Imported VMs may still report it, but `create` and `update` do not accept it.
     */
    readonly HOST_DEVICE: "HOST_DEVICE";
    /**
     * A portgroup of a vSphere distributed switch.
     */
    readonly DISTRIBUTED_PORTGROUP: "DISTRIBUTED_PORTGROUP";
    /**
     * A network managed outside vCenter, such as an NSX logical switch.
     */
    readonly OPAQUE_NETWORK: "OPAQUE_NETWORK";
};
/**
 * Kinds of network a virtual network adapter can be attached to.
 *
 * vAPI enum `com.vmware.vcenter.vm.hardware.ethernet.backing_type`. Servers of newer versions may send other values; data read from the server types them with `Open<…>`.
 */
export type HardwareEthernetBackingType = 'STANDARD_PORTGROUP' | 'HOST_DEVICE' | 'DISTRIBUTED_PORTGROUP' | 'OPAQUE_NETWORK';
/**
 * Network adapter models a VM can present to its guest.
 *
 * vAPI enum `com.vmware.vcenter.vm.hardware.ethernet.emulation_type`. Servers of newer versions may send other values; data read from the server types them with `Open<…>`.
 */
export declare const HardwareEthernetEmulationType: {
    /**
     * Emulated Intel 82545EM gigabit adapter.
     */
    readonly E1000: "E1000";
    /**
     * Emulated Intel 82574 gigabit adapter, the newer E1000 variant.
     */
    readonly E1000E: "E1000E";
    /**
     * Emulated AMD PCnet32 (Lance) adapter, for old guests.
     */
    readonly PCNET32: "PCNET32";
    /**
     * First VMware paravirtual adapter; needs the VMware Tools driver.
     */
    readonly VMXNET: "VMXNET";
    /**
     * Enhanced VMXNET (second generation) paravirtual adapter.
     */
    readonly VMXNET2: "VMXNET2";
    /**
     * Third generation VMware paravirtual adapter; the only one with UPT support.
     */
    readonly VMXNET3: "VMXNET3";
};
/**
 * Network adapter models a VM can present to its guest.
 *
 * vAPI enum `com.vmware.vcenter.vm.hardware.ethernet.emulation_type`. Servers of newer versions may send other values; data read from the server types them with `Open<…>`.
 */
export type HardwareEthernetEmulationType = 'E1000' | 'E1000E' | 'PCNET32' | 'VMXNET' | 'VMXNET2' | 'VMXNET3';
/**
 * Origin of the MAC address of a virtual NIC.
 *
 * vAPI enum `com.vmware.vcenter.vm.hardware.ethernet.mac_address_type`. Servers of newer versions may send other values; data read from the server types them with `Open<…>`.
 */
export declare const HardwareEthernetMacAddressType: {
    /**
     * Set by the user and kept as given.
     */
    readonly MANUAL: "MANUAL";
    /**
     * Generated automatically.
     */
    readonly GENERATED: "GENERATED";
    /**
     * Handed out by vCenter Server.
     */
    readonly ASSIGNED: "ASSIGNED";
};
/**
 * Origin of the MAC address of a virtual NIC.
 *
 * vAPI enum `com.vmware.vcenter.vm.hardware.ethernet.mac_address_type`. Servers of newer versions may send other values; data read from the server types them with `Open<…>`.
 */
export type HardwareEthernetMacAddressType = 'MANUAL' | 'GENERATED' | 'ASSIGNED';
/**
 * Where a floppy drive gets its disk from.
 *
 * vAPI enum `com.vmware.vcenter.vm.hardware.floppy.backing_type`. Servers of newer versions may send other values; data read from the server types them with `Open<…>`.
 */
export declare const HardwareFloppyBackingType: {
    /**
     * A floppy image file.
     */
    readonly IMAGE_FILE: "IMAGE_FILE";
    /**
     * A physical floppy drive of the ESXi host running the VM.
     */
    readonly HOST_DEVICE: "HOST_DEVICE";
    /**
     * A drive of the machine whose remote console is attached to the VM.
     */
    readonly CLIENT_DEVICE: "CLIENT_DEVICE";
};
/**
 * Where a floppy drive gets its disk from.
 *
 * vAPI enum `com.vmware.vcenter.vm.hardware.floppy.backing_type`. Servers of newer versions may send other values; data read from the server types them with `Open<…>`.
 */
export type HardwareFloppyBackingType = 'IMAGE_FILE' | 'HOST_DEVICE' | 'CLIENT_DEVICE';
/**
 * What a parallel port can be wired to.
 *
 * vAPI enum `com.vmware.vcenter.vm.hardware.parallel.backing_type`. Servers of newer versions may send other values; data read from the server types them with `Open<…>`.
 */
export declare const HardwareParallelBackingType: {
    /**
     * A file that receives the port's output.
     */
    readonly FILE: "FILE";
    /**
     * A physical parallel port of the ESXi host running the VM.
     */
    readonly HOST_DEVICE: "HOST_DEVICE";
};
/**
 * What a parallel port can be wired to.
 *
 * vAPI enum `com.vmware.vcenter.vm.hardware.parallel.backing_type`. Servers of newer versions may send other values; data read from the server types them with `Open<…>`.
 */
export type HardwareParallelBackingType = 'FILE' | 'HOST_DEVICE';
/**
 * What a serial port can be wired to.
 *
 * vAPI enum `com.vmware.vcenter.vm.hardware.serial.backing_type`. Servers of newer versions may send other values; data read from the server types them with `Open<…>`.
 */
export declare const HardwareSerialBackingType: {
    /**
     * A file that receives the port's output.
     */
    readonly FILE: "FILE";
    /**
     * A physical serial port of the ESXi host running the VM.
     */
    readonly HOST_DEVICE: "HOST_DEVICE";
    /**
     * A named pipe that the VM opens and waits on, for an application or another VM on the same host to connect; handy for collecting debug output.
     */
    readonly PIPE_SERVER: "PIPE_SERVER";
    /**
     * A named pipe opened by an application or another VM on the same host, which the VM connects to.
     */
    readonly PIPE_CLIENT: "PIPE_CLIENT";
    /**
     * Network-reachable port; the VM listens and remote systems dial in.
     */
    readonly NETWORK_SERVER: "NETWORK_SERVER";
    /**
     * Network-reachable port; the VM dials out to a remote system.
     */
    readonly NETWORK_CLIENT: "NETWORK_CLIENT";
};
/**
 * What a serial port can be wired to.
 *
 * vAPI enum `com.vmware.vcenter.vm.hardware.serial.backing_type`. Servers of newer versions may send other values; data read from the server types them with `Open<…>`.
 */
export type HardwareSerialBackingType = 'FILE' | 'HOST_DEVICE' | 'PIPE_SERVER' | 'PIPE_CLIENT' | 'NETWORK_SERVER' | 'NETWORK_CLIENT';
/**
 * When a scheduled hardware upgrade is applied to a VM.
 *
 * vAPI enum `com.vmware.vcenter.vm.hardware.upgrade_policy`. Servers of newer versions may send other values; data read from the server types them with `Open<…>`.
 */
export declare const HardwareUpgradePolicy: {
    /**
     * Nothing is scheduled; powering on keeps the hardware version.
     */
    readonly NEVER: "NEVER";
    /**
     * Upgrade at the next power-on that follows an orderly shutdown of the guest OS.
     */
    readonly AFTER_CLEAN_SHUTDOWN: "AFTER_CLEAN_SHUTDOWN";
    /**
     * Upgrade at the next power-on, however the VM was stopped.
     */
    readonly ALWAYS: "ALWAYS";
};
/**
 * When a scheduled hardware upgrade is applied to a VM.
 *
 * vAPI enum `com.vmware.vcenter.vm.hardware.upgrade_policy`. Servers of newer versions may send other values; data read from the server types them with `Open<…>`.
 */
export type HardwareUpgradePolicy = 'NEVER' | 'AFTER_CLEAN_SHUTDOWN' | 'ALWAYS';
/**
 * Progress of a VM's scheduled hardware upgrade.
 *
 * vAPI enum `com.vmware.vcenter.vm.hardware.upgrade_status`. Servers of newer versions may send other values; data read from the server types them with `Open<…>`.
 */
export declare const HardwareUpgradeStatus: {
    /**
     * A scheduled upgrade was never tried on this VM.
     */
    readonly NONE: "NONE";
    /**
     * An upgrade is scheduled and waits for a qualifying power-on.
     */
    readonly PENDING: "PENDING";
    /**
     * The latest scheduled upgrade completed.
     */
    readonly SUCCESS: "SUCCESS";
    /**
     * The latest scheduled upgrade did not complete; see `upgrade_error`.
     */
    readonly FAILED: "FAILED";
};
/**
 * Progress of a VM's scheduled hardware upgrade.
 *
 * vAPI enum `com.vmware.vcenter.vm.hardware.upgrade_status`. Servers of newer versions may send other values; data read from the server types them with `Open<…>`.
 */
export type HardwareUpgradeStatus = 'NONE' | 'PENDING' | 'SUCCESS' | 'FAILED';
/**
 * Virtual hardware version, `VMX_NN` for version NN. Newer versions offer more devices and higher limits, and run only on hosts at least as new as the release that introduced them.
 *
 * vAPI enum `com.vmware.vcenter.vm.hardware.version`. Servers of newer versions may send other values; data read from the server types them with `Open<…>`.
 */
export declare const HardwareVersion: {
    /**
     * Introduced with ESX 2.5.
     */
    readonly VMX_03: "VMX_03";
    /**
     * Introduced with ESX 3.0.
     */
    readonly VMX_04: "VMX_04";
    /**
     * Introduced with Workstation 6.0.
     */
    readonly VMX_06: "VMX_06";
    /**
     * Introduced with ESX 4.0.
     */
    readonly VMX_07: "VMX_07";
    /**
     * Introduced with ESXi 5.0.
     */
    readonly VMX_08: "VMX_08";
    /**
     * Introduced with ESXi 5.1.
     */
    readonly VMX_09: "VMX_09";
    /**
     * Introduced with ESXi 5.5.
     */
    readonly VMX_10: "VMX_10";
    /**
     * Introduced with ESXi 6.0.
     */
    readonly VMX_11: "VMX_11";
    /**
     * Introduced with Workstation 12.
     */
    readonly VMX_12: "VMX_12";
    /**
     * Introduced with ESXi 6.5.
     */
    readonly VMX_13: "VMX_13";
    /**
     * Introduced with ESXi 6.7.
     */
    readonly VMX_14: "VMX_14";
    /**
     * Introduced with ESXi 6.7 Update 2.
     */
    readonly VMX_15: "VMX_15";
    /**
     * Introduced with Workstation 15.
     */
    readonly VMX_16: "VMX_16";
    /**
     * Introduced with ESXi 7.0.
     */
    readonly VMX_17: "VMX_17";
    /**
     * Introduced with ESXi 7.0 Update 1.
     */
    readonly VMX_18: "VMX_18";
    /**
     * Introduced with ESXi 7.0 Update 2.
     */
    readonly VMX_19: "VMX_19";
};
/**
 * Virtual hardware version, `VMX_NN` for version NN. Newer versions offer more devices and higher limits, and run only on hosts at least as new as the release that introduced them.
 *
 * vAPI enum `com.vmware.vcenter.vm.hardware.version`. Servers of newer versions may send other values; data read from the server types them with `Open<…>`.
 */
export type HardwareVersion = 'VMX_03' | 'VMX_04' | 'VMX_06' | 'VMX_07' | 'VMX_08' | 'VMX_09' | 'VMX_10' | 'VMX_11' | 'VMX_12' | 'VMX_13' | 'VMX_14' | 'VMX_15' | 'VMX_16' | 'VMX_17' | 'VMX_18' | 'VMX_19';
/**
 * Power states of a VM.
 *
 * vAPI enum `com.vmware.vcenter.vm.power.state`. Servers of newer versions may send other values; data read from the server types them with `Open<…>`.
 */
export declare const PowerState: {
    /**
     * Not running.
     */
    readonly POWERED_OFF: "POWERED_OFF";
    /**
     * Running.
     */
    readonly POWERED_ON: "POWERED_ON";
    /**
     * Paused with its memory saved to disk; `start` resumes it.
     */
    readonly SUSPENDED: "SUSPENDED";
};
/**
 * Power states of a VM.
 *
 * vAPI enum `com.vmware.vcenter.vm.power.state`. Servers of newer versions may send other values; data read from the server types them with `Open<…>`.
 */
export type PowerState = 'POWERED_OFF' | 'POWERED_ON' | 'SUSPENDED';
/**
 * Storage policy compliance states.
 *
 * vAPI enum `com.vmware.vcenter.vm.storage.policy.compliance.status`. Servers of newer versions may send other values; data read from the server types them with `Open<…>`.
 */
export declare const StoragePolicyComplianceStatus: {
    /**
     * Meets its storage policy.
     */
    readonly COMPLIANT: "COMPLIANT";
    /**
     * Violates its storage policy.
     */
    readonly NON_COMPLIANT: "NON_COMPLIANT";
    /**
     * Compliance could not be determined.
     */
    readonly UNKNOWN_COMPLIANCE: "UNKNOWN_COMPLIANCE";
    /**
     * Nothing to check: the policy sets no requirement that concerns the datastore the part is on.
     */
    readonly NOT_APPLICABLE: "NOT_APPLICABLE";
    /**
     * The policy was edited but not yet reapplied to the part; stays so until it is reapplied.
     */
    readonly OUT_OF_DATE: "OUT_OF_DATE";
};
/**
 * Storage policy compliance states.
 *
 * vAPI enum `com.vmware.vcenter.vm.storage.policy.compliance.status`. Servers of newer versions may send other values; data read from the server types them with `Open<…>`.
 */
export type StoragePolicyComplianceStatus = 'COMPLIANT' | 'NON_COMPLIANT' | 'UNKNOWN_COMPLIANCE' | 'NOT_APPLICABLE' | 'OUT_OF_DATE';
/**
 * Ways to pick the storage policy of a virtual disk.
 *
 * vAPI enum `com.vmware.vcenter.vm.storage.policy.disk_policy_spec.policy_type`.
 */
export declare const StoragePolicyDiskPolicySpecPolicyType: {
    /**
     * Assign the policy named in `policy`.
     */
    readonly USE_SPECIFIED_POLICY: "USE_SPECIFIED_POLICY";
    /**
     * Assign the default policy of the datastore holding the disk.
     */
    readonly USE_DEFAULT_POLICY: "USE_DEFAULT_POLICY";
};
/**
 * Ways to pick the storage policy of a virtual disk.
 *
 * vAPI enum `com.vmware.vcenter.vm.storage.policy.disk_policy_spec.policy_type`.
 */
export type StoragePolicyDiskPolicySpecPolicyType = 'USE_SPECIFIED_POLICY' | 'USE_DEFAULT_POLICY';
/**
 * Ways to pick the storage policy of the VM home.
 *
 * vAPI enum `com.vmware.vcenter.vm.storage.policy.vm_home_policy_spec.policy_type`.
 */
export declare const StoragePolicyVmHomePolicySpecPolicyType: {
    /**
     * Assign the policy named in `policy`.
     */
    readonly USE_SPECIFIED_POLICY: "USE_SPECIFIED_POLICY";
    /**
     * Assign the default policy of the datastore holding the VM home.
     */
    readonly USE_DEFAULT_POLICY: "USE_DEFAULT_POLICY";
};
/**
 * Ways to pick the storage policy of the VM home.
 *
 * vAPI enum `com.vmware.vcenter.vm.storage.policy.vm_home_policy_spec.policy_type`.
 */
export type StoragePolicyVmHomePolicySpecPolicyType = 'USE_SPECIFIED_POLICY' | 'USE_DEFAULT_POLICY';
/**
 * Run states of VMware Tools inside the guest OS.
 *
 * vAPI enum `com.vmware.vcenter.vm.tools.run_state`. Servers of newer versions may send other values; data read from the server types them with `Open<…>`.
 */
export declare const ToolsRunState: {
    /**
     * Tools is not running.
     */
    readonly NOT_RUNNING: "NOT_RUNNING";
    /**
     * Tools is running.
     */
    readonly RUNNING: "RUNNING";
    /**
     * Tools is running and busy with the scripts of a power state change.
     */
    readonly EXECUTING_SCRIPTS: "EXECUTING_SCRIPTS";
};
/**
 * Run states of VMware Tools inside the guest OS.
 *
 * vAPI enum `com.vmware.vcenter.vm.tools.run_state`. Servers of newer versions may send other values; data read from the server types them with `Open<…>`.
 */
export type ToolsRunState = 'NOT_RUNNING' | 'RUNNING' | 'EXECUTING_SCRIPTS';
/**
 * How VMware Tools was installed in the guest.
 *
 * vAPI enum `com.vmware.vcenter.vm.tools.tools_install_type`. Servers of newer versions may send other values; data read from the server types them with `Open<…>`.
 */
export declare const ToolsToolsInstallType: {
    /**
     * Not reported or not recognized, typically an OS package or open-vm-tools build that does not tell.
     */
    readonly UNKNOWN: "UNKNOWN";
    /**
     * Windows Installer package, the usual way on Windows.
     */
    readonly MSI: "MSI";
    /**
     * The tar archive installer.
     */
    readonly TAR: "TAR";
    /**
     * Operating System Specific Packages: RPM or Debian packages built for the guest OS.
     */
    readonly OSP: "OSP";
    /**
     * open-vm-tools, the open-source Tools, possibly shipped by the OS vendor.
     */
    readonly OPEN_VM_TOOLS: "OPEN_VM_TOOLS";
};
/**
 * How VMware Tools was installed in the guest.
 *
 * vAPI enum `com.vmware.vcenter.vm.tools.tools_install_type`. Servers of newer versions may send other values; data read from the server types them with `Open<…>`.
 */
export type ToolsToolsInstallType = 'UNKNOWN' | 'MSI' | 'TAR' | 'OSP' | 'OPEN_VM_TOOLS';
/**
 * When VMware Tools gets upgraded on a VM.
 *
 * vAPI enum `com.vmware.vcenter.vm.tools.upgrade_policy`. Servers of newer versions may send other values; data read from the server types them with `Open<…>`.
 */
export declare const ToolsUpgradePolicy: {
    /**
     * Never by itself; call `upgrade` when wanted.
     */
    readonly MANUAL: "MANUAL";
    /**
     * At each power-on the host looks for a newer Tools version and, if there is one, installs it, restarting the guest when needed.
     */
    readonly UPGRADE_AT_POWER_CYCLE: "UPGRADE_AT_POWER_CYCLE";
};
/**
 * When VMware Tools gets upgraded on a VM.
 *
 * vAPI enum `com.vmware.vcenter.vm.tools.upgrade_policy`. Servers of newer versions may send other values; data read from the server types them with `Open<…>`.
 */
export type ToolsUpgradePolicy = 'MANUAL' | 'UPGRADE_AT_POWER_CYCLE';
/**
 * Standing of the installed VMware Tools version relative to the version the host offers.
 *
 * vAPI enum `com.vmware.vcenter.vm.tools.version_status`. Servers of newer versions may send other values; data read from the server types them with `Open<…>`.
 */
export declare const ToolsVersionStatus: {
    /**
     * Tools has never been installed.
     */
    readonly NOT_INSTALLED: "NOT_INSTALLED";
    /**
     * Installed and up to date.
     */
    readonly CURRENT: "CURRENT";
    /**
     * Installed but managed by the guest OS rather than by vSphere (open-vm-tools or OS packages).
     */
    readonly UNMANAGED: "UNMANAGED";
    /**
     * Installed, but so old that it is no longer supported.
     */
    readonly TOO_OLD_UNSUPPORTED: "TOO_OLD_UNSUPPORTED";
    /**
     * Installed and supported; a newer version is available.
     */
    readonly SUPPORTED_OLD: "SUPPORTED_OLD";
    /**
     * Installed and supported; newer than what the host ships.
     */
    readonly SUPPORTED_NEW: "SUPPORTED_NEW";
    /**
     * Installed, but known to be too recent to work properly with this VM.
     */
    readonly TOO_NEW: "TOO_NEW";
    /**
     * Installed, but this version has a known serious bug; upgrade it at once.
     */
    readonly BLACKLISTED: "BLACKLISTED";
};
/**
 * Standing of the installed VMware Tools version relative to the version the host offers.
 *
 * vAPI enum `com.vmware.vcenter.vm.tools.version_status`. Servers of newer versions may send other values; data read from the server types them with `Open<…>`.
 */
export type ToolsVersionStatus = 'NOT_INSTALLED' | 'CURRENT' | 'UNMANAGED' | 'TOO_OLD_UNSUPPORTED' | 'SUPPORTED_OLD' | 'SUPPORTED_NEW' | 'TOO_NEW' | 'BLACKLISTED';
