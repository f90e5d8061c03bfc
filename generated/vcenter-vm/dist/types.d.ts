import type { DateTime, Open, Secret } from './runtime/types.js';
import type { CdromId, DiskId, EthernetId, FloppyId, ItemId, NetworkId, NvmeAdapterId, ParallelPortId, SataAdapterId, ScsiAdapterId, SerialPortId, StoragePolicyId } from './ids.js';
import type { ConsoleTicketsType, GuestCustomizationInfoStatus, GuestFilesystemFilesFilesystemFamily, GuestFilesystemFilesLastIterationStatus, GuestFilesystemFilesType, GuestNetworkingInterfacesIpAddressOrigin, GuestNetworkingInterfacesIpAddressStatus, GuestOs, GuestOsFamily, GuestPowerState, HardwareAdapterSataType, HardwareAdapterScsiSharing, HardwareAdapterScsiType, HardwareBootDeviceType, HardwareBootNetworkProtocol, HardwareBootType, HardwareCdromBackingType, HardwareCdromDeviceAccessType, HardwareCdromHostBusAdapterType, HardwareConnectionState, HardwareDiskBackingType, HardwareDiskHostBusAdapterType, HardwareEthernetBackingType, HardwareEthernetEmulationType, HardwareEthernetMacAddressType, HardwareFloppyBackingType, HardwareParallelBackingType, HardwareSerialBackingType, HardwareUpgradePolicy, HardwareUpgradeStatus, HardwareVersion, PowerState, StoragePolicyComplianceStatus, ToolsRunState, ToolsToolsInstallType, ToolsUpgradePolicy, ToolsVersionStatus, VapiStdLocalizationParamDateTimeFormat, VcenterComputePoliciesObjectCompliance, VcenterGuestWindowsConfigurationRebootOption, VcenterGuestWindowsNetworkAdapterSettingsNetBiosMode } from './enums.js';
/**
 * Text a client can show in the user's language: a catalog id with arguments, plus an English rendering to fall back on.
 *
 * vAPI structure `com.vmware.vapi.std.localizable_message`.
 */
export interface VapiStdLocalizableMessage {
    /**
     * Catalog key of the message (or message template); use it to look up a translation.
     */
    id: string;
    /**
     * The message in English (en_US) with any arguments already filled in; show it when no translation is at hand.
     */
    default_message: string;
    /**
     * Positional arguments of the template; empty when it takes named arguments or none.
     */
    args: string[];
    /**
     * Named arguments of the template, by name; unset when it takes positional arguments or none.
     */
    params?: Record<string, VapiStdLocalizationParam>;
    /**
     * The message in the locale the client asked for; may be unset when no locale was requested.
     */
    localized?: string;
}
/**
 * Value of one named message argument, with optional formatting hints. Exactly one of `s`, `dt`, `i`, `d` and `l` is set, according to the kind of value.
 *
 * vAPI structure `com.vmware.vapi.std.localization_param`.
 */
export interface VapiStdLocalizationParam {
    /**
     * Text value.
     */
    s?: string;
    /**
     * Date-time value; `format` picks how it is rendered.
     */
    dt?: DateTime;
    /**
     * Integer value.
     */
    i?: number;
    /**
     * Floating-point value; `precision` sets how many decimals are shown.
     */
    d?: number;
    /**
     * Nested message, used to translate enum or boolean values, plurals, gender forms or short lists.
     */
    l?: VapiStdNestedLocalizableMessage;
    /**
     * Rendering style of `dt`; unset means short date and time (`SHORT_DATE_TIME`).
     */
    format?: Open<VapiStdLocalizationParamDateTimeFormat>;
    /**
     * Digits shown after the decimal point for `d`; set only when an exact count matters.
     */
    precision?: number;
}
/**
 * A localizable message used as an argument of another message, for composite texts such as plurals or lists.
 *
 * vAPI structure `com.vmware.vapi.std.nested_localizable_message`.
 */
export interface VapiStdNestedLocalizableMessage {
    /**
     * Catalog key of the message (or message template); use it to look up a translation.
     */
    id: string;
    /**
     * Named arguments of the template, by name; unset when it has none.
     */
    params?: Record<string, VapiStdLocalizationParam>;
}
/**
 * IP configuration of one virtual network adapter.
 *
 * vAPI structure `com.vmware.vcenter.guest.IP_settings`.
 */
export interface VcenterGuestIpSettings {
    /**
     * IPv4 settings; unset configures no IPv4 address (some servers refuse a spec without it).
     */
    ipv4?: VcenterGuestIpv4;
    /**
     * IPv6 settings; unset configures no IPv6 address.
     */
    ipv6?: VcenterGuestIpv6;
    /**
     * Settings that only Windows guests use for this adapter (DNS, WINS, NetBIOS); unset sets none.
     */
    windows?: VcenterGuestWindowsNetworkAdapterSettings;
}
/**
 * Pairs one virtual network adapter with the IP settings it should get.
 *
 * vAPI structure `com.vmware.vcenter.guest.adapter_mapping`.
 */
export interface VcenterGuestAdapterMapping {
    /**
     * MAC address of the adapter to configure. When unset, entries of `interfaces` are matched to adapters by position: the first entry goes to the adapter in the lowest PCI slot, and so on.
     */
    mac_address?: string;
    /**
     * IP settings for that adapter.
     */
    adapter: VcenterGuestIpSettings;
}
/**
 * Customization through a cloud initialization tool; `type` names the tool and the field carrying its data.
 *
 * vAPI structure `com.vmware.vcenter.guest.cloud_configuration`.
 */
export type VcenterGuestCloudConfiguration = VcenterGuestCloudConfigurationCloudinit;
/**
 * {@link VcenterGuestCloudConfiguration} when `type` is `CLOUDINIT`.
 */
export interface VcenterGuestCloudConfigurationCloudinit {
    /**
     * Which tool to use.
     */
    type: 'CLOUDINIT';
    /**
     * Only with `CLOUDINIT`, where it is required: the cloud-init data.
     */
    cloudinit: VcenterGuestCloudinitConfiguration;
}
/**
 * Raw cloud-init input for a Linux guest.
 *
 * vAPI structure `com.vmware.vcenter.guest.cloudinit_configuration`.
 */
export interface VcenterGuestCloudinitConfiguration {
    /**
     * cloud-init metadata (network, instance id, hostname and so on) as JSON or YAML text; at most 524288 bytes.
     */
    metadata: string;
    /**
     * cloud-init user data (cloud-config, script and so on); at most 524288 bytes. Unset passes no user data.
     */
    userdata?: string;
}
/**
 * OS-specific part of a customization. Exactly one of `windows_config`, `linux_config` and `cloud_config` must be set; the server rejects the spec otherwise.
 *
 * vAPI structure `com.vmware.vcenter.guest.configuration_spec`.
 */
export interface VcenterGuestConfigurationSpec {
    /**
     * Settings for a Windows guest.
     */
    windows_config?: VcenterGuestWindowsConfiguration;
    /**
     * Settings for a Linux guest.
     */
    linux_config?: VcenterGuestLinuxConfiguration;
    /**
     * Settings delivered through a cloud initialization tool (cloud-init).
     */
    cloud_config?: VcenterGuestCloudConfiguration;
}
/**
 * A complete guest customization: OS-specific settings, DNS settings for the whole guest and IP settings per network adapter.
 *
 * vAPI structure `com.vmware.vcenter.guest.customization_spec`.
 */
export interface VcenterGuestCustomizationSpec {
    /**
     * Settings for the guest OS in question.
     */
    configuration_spec: VcenterGuestConfigurationSpec;
    /**
     * DNS settings not tied to one network adapter.
     */
    global_DNS_settings: VcenterGuestGlobalDnsSettings;
    /**
     * IP settings per network adapter, one entry for each adapter of the VM; empty when the VM has no network adapters.
     */
    interfaces: VcenterGuestAdapterMapping[];
}
/**
 * Workgroup or Active Directory domain a Windows guest joins (the sysprep Identification section).
 *
 * vAPI structure `com.vmware.vcenter.guest.domain`.
 */
export type VcenterGuestDomain = VcenterGuestDomainWorkgroup | VcenterGuestDomainDomain;
/**
 * {@link VcenterGuestDomain} when `type` is `WORKGROUP`.
 */
export interface VcenterGuestDomainWorkgroup {
    /**
     * Whether to join a workgroup or a domain.
     */
    type: 'WORKGROUP';
    /**
     * Only with `WORKGROUP`, where it is required: name of the workgroup.
     */
    workgroup: string;
    domain?: never;
    domain_username?: never;
    domain_password?: never;
}
/**
 * {@link VcenterGuestDomain} when `type` is `DOMAIN`.
 */
export interface VcenterGuestDomainDomain {
    /**
     * Whether to join a workgroup or a domain.
     */
    type: 'DOMAIN';
    workgroup?: never;
    /**
     * Only with `DOMAIN`, where it is required: name of the domain.
     */
    domain: string;
    /**
     * Only with `DOMAIN`, where it is required: account allowed to add computers to the domain.
     */
    domain_username: string;
    /**
     * Only with `DOMAIN`, where it is required: password of `domain_username`.
     */
    domain_password: Secret;
}
/**
 * DNS settings for the whole guest rather than one network adapter.
 *
 * vAPI structure `com.vmware.vcenter.guest.global_DNS_settings`.
 */
export interface VcenterGuestGlobalDnsSettings {
    /**
     * DNS search suffixes. Linux guests use them globally, Windows guests get them on every adapter. Unset sets none.
     */
    dns_suffix_list?: string[];
    /**
     * DNS servers in order of preference, used with static addresses; an empty list leaves DNS to DHCP, unset sets none.
     */
    dns_servers?: string[];
}
/**
 * Unattended-setup options of a Windows guest (the sysprep GuiUnattended section): Administrator password, automatic logon and time zone.
 *
 * vAPI structure `com.vmware.vcenter.guest.gui_unattended`.
 */
export interface VcenterGuestGuiUnattended {
    /**
     * Log on as Administrator automatically after customization. Needs `password`; without it customization fails.
     */
    auto_logon: boolean;
    /**
     * Number of automatic logons when `auto_logon` is true; normally 1, more when setup restarts the guest several times.
     */
    auto_logon_count: number;
    /**
     * New Administrator password; unset leaves the password empty.
     */
    password?: Secret;
    /**
     * Windows time zone as a Microsoft time zone index number (for instance 4 for Pacific Time).
     */
    time_zone: number;
}
/**
 * How a computer or host name is chosen during customization.
 *
 * vAPI structure `com.vmware.vcenter.guest.hostname_generator`.
 */
export type VcenterGuestHostnameGenerator = VcenterGuestHostnameGeneratorFixed | VcenterGuestHostnameGeneratorPrefix | VcenterGuestHostnameGeneratorVirtualMachine | VcenterGuestHostnameGeneratorUserInputRequired;
/**
 * {@link VcenterGuestHostnameGenerator} when `type` is `FIXED`.
 */
export interface VcenterGuestHostnameGeneratorFixed {
    /**
     * Naming method.
     */
    type: 'FIXED';
    /**
     * Only with `FIXED`, where it is required: the name to use.
     */
    fixed_name: string;
    prefix?: never;
}
/**
 * {@link VcenterGuestHostnameGenerator} when `type` is `PREFIX`.
 */
export interface VcenterGuestHostnameGeneratorPrefix {
    /**
     * Naming method.
     */
    type: 'PREFIX';
    fixed_name?: never;
    /**
     * Only with `PREFIX`, where it is required: text a unique number is appended to.
     */
    prefix: string;
}
/**
 * {@link VcenterGuestHostnameGenerator} when `type` is `VIRTUAL_MACHINE`.
 */
export interface VcenterGuestHostnameGeneratorVirtualMachine {
    /**
     * Naming method.
     */
    type: 'VIRTUAL_MACHINE';
    fixed_name?: never;
    prefix?: never;
}
/**
 * {@link VcenterGuestHostnameGenerator} when `type` is `USER_INPUT_REQUIRED`.
 */
export interface VcenterGuestHostnameGeneratorUserInputRequired {
    /**
     * Naming method.
     */
    type: 'USER_INPUT_REQUIRED';
    fixed_name?: never;
    prefix?: never;
}
/**
 * IPv4 configuration of one network adapter.
 *
 * vAPI structure `com.vmware.vcenter.guest.ipv4`.
 */
export type VcenterGuestIpv4 = VcenterGuestIpv4Dhcp | VcenterGuestIpv4Static | VcenterGuestIpv4UserInputRequired;
/**
 * {@link VcenterGuestIpv4} when `type` is `DHCP`.
 */
export interface VcenterGuestIpv4Dhcp {
    /**
     * DHCP, static, or supplied later when the spec is applied.
     */
    type: 'DHCP';
    ip_address?: never;
    prefix?: never;
    /**
     * Default gateway addresses; unset sets none.
     */
    gateways?: string[];
}
/**
 * {@link VcenterGuestIpv4} when `type` is `STATIC`.
 */
export interface VcenterGuestIpv4Static {
    /**
     * DHCP, static, or supplied later when the spec is applied.
     */
    type: 'STATIC';
    /**
     * Only with `STATIC`, where it is required: the IPv4 address.
     */
    ip_address: string;
    /**
     * Only with `STATIC`, where it is required: prefix length in bits (CIDR), such as 24 for 255.255.255.0.
     */
    prefix: number;
    /**
     * Default gateway addresses; unset sets none.
     */
    gateways?: string[];
}
/**
 * {@link VcenterGuestIpv4} when `type` is `USER_INPUT_REQUIRED`.
 */
export interface VcenterGuestIpv4UserInputRequired {
    /**
     * DHCP, static, or supplied later when the spec is applied.
     */
    type: 'USER_INPUT_REQUIRED';
    ip_address?: never;
    prefix?: never;
    /**
     * Default gateway addresses; unset sets none.
     */
    gateways?: string[];
}
/**
 * IPv6 configuration of one network adapter.
 *
 * vAPI structure `com.vmware.vcenter.guest.ipv6`.
 */
export type VcenterGuestIpv6 = VcenterGuestIpv6Dhcp | VcenterGuestIpv6Static | VcenterGuestIpv6UserInputRequired;
/**
 * {@link VcenterGuestIpv6} when `type` is `DHCP`.
 */
export interface VcenterGuestIpv6Dhcp {
    /**
     * DHCP, static, or supplied later when the spec is applied.
     */
    type: 'DHCP';
    ipv6?: never;
    /**
     * Gateway addresses; unset sets none.
     */
    gateways?: string[];
}
/**
 * {@link VcenterGuestIpv6} when `type` is `STATIC`.
 */
export interface VcenterGuestIpv6Static {
    /**
     * DHCP, static, or supplied later when the spec is applied.
     */
    type: 'STATIC';
    /**
     * Only with `STATIC`, where it is required: the addresses to assign.
     */
    ipv6: VcenterGuestIpv6Address[];
    /**
     * Gateway addresses; unset sets none.
     */
    gateways?: string[];
}
/**
 * {@link VcenterGuestIpv6} when `type` is `USER_INPUT_REQUIRED`.
 */
export interface VcenterGuestIpv6UserInputRequired {
    /**
     * DHCP, static, or supplied later when the spec is applied.
     */
    type: 'USER_INPUT_REQUIRED';
    ipv6?: never;
    /**
     * Gateway addresses; unset sets none.
     */
    gateways?: string[];
}
/**
 * One static IPv6 address with its prefix length.
 *
 * vAPI structure `com.vmware.vcenter.guest.ipv6_address`.
 */
export interface VcenterGuestIpv6Address {
    /**
     * The IPv6 address.
     */
    ip_address: string;
    /**
     * Prefix length in bits, such as 64.
     */
    prefix: number;
}
/**
 * Identity settings of a Linux guest, the Linux counterpart of the Windows sysprep settings.
 *
 * vAPI structure `com.vmware.vcenter.guest.linux_configuration`.
 */
export interface VcenterGuestLinuxConfiguration {
    /**
     * How to name the host.
     */
    hostname: VcenterGuestHostnameGenerator;
    /**
     * DNS domain of the guest (such as `example.com`); with the host name it forms the FQDN.
     */
    domain: string;
    /**
     * Time zone from the tz database in `Area/Location` form, case-sensitive (such as `America/New_York`); unset leaves the guest's time zone alone.
     */
    time_zone?: string;
    /**
     * Script run around customization: once with the argument `precustomization` before it and once with `postcustomization` after it. Any interpreter named in its `#!` line works; it must not rely on environment variables. At most 1500 bytes. Unset runs none.
     */
    script_text?: string;
}
/**
 * Owner details and computer name of a Windows guest (the sysprep UserData section).
 *
 * vAPI structure `com.vmware.vcenter.guest.user_data`.
 */
export interface VcenterGuestUserData {
    /**
     * How to name the computer. Windows computer names may hold letters, digits and hyphens, must not be all digits and are cut to 15 characters.
     */
    computer_name: VcenterGuestHostnameGenerator;
    /**
     * Full name of the owner, a person's name rather than an account name.
     */
    full_name: string;
    /**
     * Company or organization the computer belongs to.
     */
    organization: string;
    /**
     * Windows product key used for activation.
     */
    product_key: string;
}
/**
 * Customization of a Windows guest. Set exactly one of `sysprep` and `sysprep_xml`.
 *
 * vAPI structure `com.vmware.vcenter.guest.windows_configuration`.
 */
export interface VcenterGuestWindowsConfiguration {
    /**
     * What to do with the guest when customization is done; unset means `REBOOT`.
     */
    reboot?: VcenterGuestWindowsConfigurationRebootOption;
    /**
     * Individual settings from which the sysprep answer file is built; unset applies none.
     */
    sysprep?: VcenterGuestWindowsSysprep;
    /**
     * A complete sysprep answer file (unattend XML) used as given; unset applies none.
     */
    sysprep_xml?: string;
}
/**
 * Settings of one network adapter that apply to Windows guests only.
 *
 * vAPI structure `com.vmware.vcenter.guest.windows_network_adapter_settings`.
 */
export interface VcenterGuestWindowsNetworkAdapterSettings {
    /**
     * DNS server addresses in order of preference; when given they take precedence over servers learned from DHCP. Unset sets none.
     */
    dns_servers?: string[];
    /**
     * DNS suffix for this adapter, such as `example.com`; unset sets none.
     */
    dns_domain?: string;
    /**
     * Up to two WINS server addresses, primary first; unset sets none.
     */
    wins_servers?: string[];
    /**
     * NetBIOS over TCP/IP setting; unset keeps the current one.
     */
    net_BIOS_mode?: VcenterGuestWindowsNetworkAdapterSettingsNetBiosMode;
}
/**
 * Sysprep settings for a Windows guest: owner and computer name, workgroup or domain, unattended setup, and commands for the first logon.
 *
 * vAPI structure `com.vmware.vcenter.guest.windows_sysprep`.
 */
export interface VcenterGuestWindowsSysprep {
    /**
     * Commands run once, at the first user logon after customization (the sysprep GuiRunOnce list); unset runs none.
     */
    gui_run_once_commands?: string[];
    /**
     * Owner details and computer name.
     */
    user_data: VcenterGuestUserData;
    /**
     * Workgroup or domain to join; unset joins neither.
     */
    domain?: VcenterGuestDomain;
    /**
     * Administrator password, automatic logon and time zone.
     */
    gui_unattended: VcenterGuestGuiUnattended;
}
/**
 * Outcome of checking one VM against one compute policy.
 *
 * vAPI structure `com.vmware.vcenter.vm.compute.policies.info`.
 */
export interface ComputePoliciesInfo {
    /**
     * Whether the VM satisfies the policy, or why that cannot be said.
     */
    status: Open<VcenterComputePoliciesObjectCompliance>;
}
/**
 * Request for a console ticket.
 *
 * vAPI structure `com.vmware.vcenter.vm.console.tickets.create_spec`.
 */
export interface ConsoleTicketsCreateSpec {
    /**
     * Console client the ticket is for.
     */
    type: ConsoleTicketsType;
}
/**
 * A console ticket just issued.
 *
 * vAPI structure `com.vmware.vcenter.vm.console.tickets.summary`.
 */
export interface ConsoleTicketsSummary {
    /**
     * URL of the console session; valid for one use within 30 minutes.
     */
    ticket: string;
}
/**
 * Login used by a guest operation inside the VM; `type` picks the kind and with it whether `password` or `saml_token` is sent.
 *
 * vAPI structure `com.vmware.vcenter.vm.guest.credentials`.
 */
export type GuestCredentials = GuestCredentialsUsernamePassword | GuestCredentialsSamlBearerToken;
/**
 * {@link GuestCredentials} when `type` is `USERNAME_PASSWORD`.
 */
export interface GuestCredentialsUsernamePassword {
    /**
     * True to act inside the desktop session of the user currently logged in to the guest, who must be the user given here. Works only with `USERNAME_PASSWORD`.
     */
    interactive_session: boolean;
    /**
     * Kind of credentials; selects `password` or `saml_token`.
     */
    type: 'USERNAME_PASSWORD';
    /**
     * Guest account. With `USERNAME_PASSWORD` the account to log in as; with `SAML_BEARER_TOKEN` optional, and when unset the guest chooses the account mapped to the token.
     */
    user_name?: string;
    /**
     * Password of the guest account; required with `USERNAME_PASSWORD`, not allowed otherwise.
     */
    password: Secret;
    saml_token?: never;
}
/**
 * {@link GuestCredentials} when `type` is `SAML_BEARER_TOKEN`.
 */
export interface GuestCredentialsSamlBearerToken {
    /**
     * True to act inside the desktop session of the user currently logged in to the guest, who must be the user given here. Works only with `USERNAME_PASSWORD`.
     */
    interactive_session: boolean;
    /**
     * Kind of credentials; selects `password` or `saml_token`.
     */
    type: 'SAML_BEARER_TOKEN';
    /**
     * Guest account. With `USERNAME_PASSWORD` the account to log in as; with `SAML_BEARER_TOKEN` optional, and when unset the guest chooses the account mapped to the token.
     */
    user_name?: string;
    password?: never;
    /**
     * SAML bearer token issued by vCenter Single Sign-On; required with `SAML_BEARER_TOKEN`, not allowed otherwise.
     */
    saml_token: Secret;
}
/**
 * Progress of the customization last attached to the VM.
 *
 * vAPI structure `com.vmware.vcenter.vm.guest.customization.info`.
 */
export interface GuestCustomizationInfo {
    /**
     * Stage the customization has reached.
     */
    status: Open<GuestCustomizationInfoStatus>;
    /**
     * What went wrong; only when `status` is `FAILED`, and even then unset when the guest gave no details.
     */
    error?: string;
    /**
     * When the guest began customizing; unset while `PENDING`.
     */
    start_time?: DateTime;
    /**
     * When the guest finished customizing; set only once `SUCCEEDED` or `FAILED`.
     */
    end_time?: DateTime;
}
/**
 * Customization to attach: a spec stored in vCenter by name, an inline spec, or neither to clear a pending customization.
 *
 * vAPI structure `com.vmware.vcenter.vm.guest.customization.set_spec`.
 */
export interface GuestCustomizationSetSpec {
    /**
     * Name of a customization spec stored in vCenter. Give at most one of `name` and `spec`; leaving both unset clears any pending customization.
     */
    name?: string;
    /**
     * Inline customization spec, used instead of a stored one. Give at most one of `name` and `spec`; leaving both unset clears any pending customization.
     */
    spec?: VcenterGuestCustomizationSpec;
}
/**
 * Whether the guest gets its addresses by DHCP, per IP version.
 *
 * vAPI structure `com.vmware.vcenter.vm.guest.dhcp_config_info`.
 */
export interface GuestDhcpConfigInfo {
    /**
     * True when DHCP is on for IPv4.
     */
    ipv4_enabled: boolean;
    /**
     * True when DHCP is on for IPv6.
     */
    ipv6_enabled: boolean;
}
/**
 * Host and domain name the guest received through DNS.
 *
 * vAPI structure `com.vmware.vcenter.vm.guest.dns_assigned_values`.
 */
export interface GuestDnsAssignedValues {
    /**
     * First label of the guest's DNS name, such as `vm01` in `vm01.corp.example`.
     */
    host_name: string;
    /**
     * Rest of the DNS name after the host label, such as `corp.example`.
     */
    domain_name: string;
}
/**
 * DNS resolver settings of the guest (RFC 1034).
 *
 * vAPI structure `com.vmware.vcenter.vm.guest.dns_config_info`.
 */
export interface GuestDnsConfigInfo {
    /**
     * DNS servers in the order the guest asks them; IPv4 in dotted-quad form, IPv6 in colon-hex form (`::` shortening allowed).
     */
    ip_addresses: string[];
    /**
     * Domain suffixes tried when resolving short host names, most preferred first.
     */
    search_domains: string[];
}
/**
 * Timestamps, link target and OS-specific attributes of a guest file.
 *
 * vAPI structure `com.vmware.vcenter.vm.guest.filesystem.files.file_attributes_info`.
 */
export type GuestFilesystemFilesFileAttributesInfo = GuestFilesystemFilesFileAttributesInfoWindows | GuestFilesystemFilesFileAttributesInfoPosix | GuestFilesystemFilesFileAttributesInfoOther;
/**
 * {@link GuestFilesystemFilesFileAttributesInfo} when `filesystem_family` is `WINDOWS`.
 */
export interface GuestFilesystemFilesFileAttributesInfoWindows {
    /**
     * When the content last changed.
     */
    last_modified: DateTime;
    /**
     * When the file was last accessed.
     */
    last_accessed: DateTime;
    /**
     * Where a symbolic link points; set only for links, and so far only on POSIX guests.
     */
    symlink_target?: string;
    /**
     * Windows or POSIX attribute model; selects `win_attributes` or `posix_attributes`.
     */
    filesystem_family: 'WINDOWS';
    /**
     * Windows attributes; present only when `filesystem_family` is `WINDOWS`.
     */
    win_attributes: GuestFilesystemFilesWindowsFileAttributesInfo;
    posix_attributes?: never;
}
/**
 * {@link GuestFilesystemFilesFileAttributesInfo} when `filesystem_family` is `POSIX`.
 */
export interface GuestFilesystemFilesFileAttributesInfoPosix {
    /**
     * When the content last changed.
     */
    last_modified: DateTime;
    /**
     * When the file was last accessed.
     */
    last_accessed: DateTime;
    /**
     * Where a symbolic link points; set only for links, and so far only on POSIX guests.
     */
    symlink_target?: string;
    /**
     * Windows or POSIX attribute model; selects `win_attributes` or `posix_attributes`.
     */
    filesystem_family: 'POSIX';
    win_attributes?: never;
    /**
     * Owner, group and mode; present only when `filesystem_family` is `POSIX`.
     */
    posix_attributes: GuestFilesystemFilesPosixFileAttributesInfo;
}
/**
 * {@link GuestFilesystemFilesFileAttributesInfo} with a `filesystem_family` this client does not know (sent by a newer server). Use `isCase` to narrow to a known case.
 */
export interface GuestFilesystemFilesFileAttributesInfoOther {
    /**
     * When the content last changed.
     */
    last_modified: DateTime;
    /**
     * When the file was last accessed.
     */
    last_accessed: DateTime;
    /**
     * Where a symbolic link points; set only for links, and so far only on POSIX guests.
     */
    symlink_target?: string;
    /**
     * Windows or POSIX attribute model; selects `win_attributes` or `posix_attributes`.
     */
    filesystem_family: Open<GuestFilesystemFilesFilesystemFamily>;
    /**
     * Windows attributes; present only when `filesystem_family` is `WINDOWS`.
     */
    win_attributes?: GuestFilesystemFilesWindowsFileAttributesInfo;
    /**
     * Owner, group and mode; present only when `filesystem_family` is `POSIX`.
     */
    posix_attributes?: GuestFilesystemFilesPosixFileAttributesInfo;
}
/**
 * Attribute changes for `update`; unset fields keep their current value.
 *
 * vAPI structure `com.vmware.vcenter.vm.guest.filesystem.files.file_attributes_update_spec`.
 */
export interface GuestFilesystemFilesFileAttributesUpdateSpec {
    /**
     * New modification time; unset keeps it.
     */
    last_modified?: DateTime;
    /**
     * New access time; unset keeps it.
     */
    last_accessed?: DateTime;
    /**
     * Changes to Windows attributes; for Windows guests only.
     */
    windows?: GuestFilesystemFilesWindowsFileAttributesUpdateSpec;
    /**
     * Changes to owner, group or mode; for POSIX guests only.
     */
    posix?: GuestFilesystemFilesPosixFileAttributesUpdateSpec;
}
/**
 * Narrows the entries `list` returns.
 *
 * vAPI structure `com.vmware.vcenter.vm.guest.filesystem.files.filter_spec`.
 */
export interface GuestFilesystemFilesFilterSpec {
    /**
     * Perl-compatible regular expression that entry names must match; unset matches all.
     */
    match_pattern?: string;
}
/**
 * Details of one guest file, directory or link, as `get` returns them.
 *
 * vAPI structure `com.vmware.vcenter.vm.guest.filesystem.files.info`.
 */
export interface GuestFilesystemFilesInfo {
    /**
     * Kind of entry.
     */
    type: Open<GuestFilesystemFilesType>;
    /**
     * Size in bytes.
     */
    size: number;
    /**
     * Timestamps and OS-specific attributes.
     */
    attributes: GuestFilesystemFilesFileAttributesInfo;
}
/**
 * Which page of `list` results to return.
 *
 * vAPI structure `com.vmware.vcenter.vm.guest.filesystem.files.iteration_spec`.
 */
export interface GuestFilesystemFilesIterationSpec {
    /**
     * Most entries to return; 50 when unset.
     */
    size?: number;
    /**
     * Zero-based position of the first entry to return; past the end gives an empty page. Unset starts at the beginning.
     */
    index?: number;
}
/**
 * One page of `list` results with paging details.
 *
 * vAPI structure `com.vmware.vcenter.vm.guest.filesystem.files.list_result`.
 */
export interface GuestFilesystemFilesListResult {
    /**
     * Matching entries on this page.
     */
    files: GuestFilesystemFilesSummary[];
    /**
     * Rough count of all matching entries; may shift while the directory changes.
     */
    total: number;
    /**
     * Zero-based position of the first entry on this page; unset when the page is empty.
     */
    start_index?: number;
    /**
     * Zero-based position of the last entry on this page; unset when the page is empty.
     */
    end_index?: number;
    /**
     * Whether more pages may follow.
     */
    status: Open<GuestFilesystemFilesLastIterationStatus>;
}
/**
 * POSIX ownership and mode of a guest file.
 *
 * vAPI structure `com.vmware.vcenter.vm.guest.filesystem.files.posix_file_attributes_info`.
 */
export interface GuestFilesystemFilesPosixFileAttributesInfo {
    /**
     * Numeric user ID of the owner.
     */
    owner: number;
    /**
     * Numeric group ID.
     */
    group: number;
    /**
     * Mode bits as an octal string, as chmod(2) takes them (such as `644`).
     */
    permissions: string;
}
/**
 * POSIX attributes to change; unset fields keep their value.
 *
 * vAPI structure `com.vmware.vcenter.vm.guest.filesystem.files.posix_file_attributes_update_spec`.
 */
export interface GuestFilesystemFilesPosixFileAttributesUpdateSpec {
    /**
     * New owner user ID; unset keeps it.
     */
    owner_id?: number;
    /**
     * New group ID; unset keeps it.
     */
    group_id?: number;
    /**
     * New mode bits as an octal string in chmod(2) form; unset keeps them.
     */
    permissions?: string;
}
/**
 * One entry on a `list` page.
 *
 * vAPI structure `com.vmware.vcenter.vm.guest.filesystem.files.summary`.
 */
export interface GuestFilesystemFilesSummary {
    /**
     * Name of the entry without its directory part.
     */
    filename: string;
    /**
     * Kind of entry.
     */
    type: Open<GuestFilesystemFilesType>;
    /**
     * Size in bytes.
     */
    size: number;
}
/**
 * Windows attributes of a guest file.
 *
 * vAPI structure `com.vmware.vcenter.vm.guest.filesystem.files.windows_file_attributes_info`.
 */
export interface GuestFilesystemFilesWindowsFileAttributesInfo {
    /**
     * True when the file is hidden.
     */
    hidden: boolean;
    /**
     * True when the file is read-only.
     */
    read_only: boolean;
    /**
     * When the file was created.
     */
    created: DateTime;
}
/**
 * Windows attributes to change; unset fields keep their value.
 *
 * vAPI structure `com.vmware.vcenter.vm.guest.filesystem.files.windows_file_attributes_update_spec`.
 */
export interface GuestFilesystemFilesWindowsFileAttributesUpdateSpec {
    /**
     * Hide or unhide the file; unset keeps it.
     */
    hidden?: boolean;
    /**
     * Make the file read-only or writable; unset keeps it.
     */
    read_only?: boolean;
}
/**
 * Guest file to transfer and, for uploads, how to create it.
 *
 * vAPI structure `com.vmware.vcenter.vm.guest.filesystem.transfers.create_spec`.
 */
export interface GuestFilesystemTransfersCreateSpec {
    /**
     * Full guest path of the file to write or read; must not be a directory or symbolic link.
     */
    path: string;
    /**
     * Set to upload into the guest; leave unset to download from the guest.
     */
    attributes?: GuestFilesystemTransfersFileCreationAttributes;
}
/**
 * Size and attributes of a file uploaded into the guest.
 *
 * vAPI structure `com.vmware.vcenter.vm.guest.filesystem.transfers.file_creation_attributes`.
 */
export interface GuestFilesystemTransfersFileCreationAttributes {
    /**
     * Byte count of the content you will upload.
     */
    size: number;
    /**
     * Replace an existing guest file, which then loses its old attributes. False when unset.
     */
    overwrite?: boolean;
    /**
     * Modification time to set; unset uses the upload time.
     */
    last_modified?: DateTime;
    /**
     * Access time to set; unset uses the upload time.
     */
    last_accessed?: DateTime;
    /**
     * Windows attributes of the new file; Windows guests only. Unset uses the defaults.
     */
    windows?: GuestFilesystemTransfersWindowsFileAttributesCreateSpec;
    /**
     * Owner, group and mode of the new file; POSIX guests only. Unset uses the defaults.
     */
    posix?: GuestFilesystemTransfersPosixFileAttributesCreateSpec;
}
/**
 * POSIX ownership and mode of an uploaded file.
 *
 * vAPI structure `com.vmware.vcenter.vm.guest.filesystem.transfers.posix_file_attributes_create_spec`.
 */
export interface GuestFilesystemTransfersPosixFileAttributesCreateSpec {
    /**
     * User ID of the owner; unset uses the guest user doing the transfer.
     */
    owner_id?: number;
    /**
     * Group ID; unset uses the group of the guest user doing the transfer.
     */
    group_id?: number;
    /**
     * Mode bits as an octal string in chmod(2) form; `0644` when unset.
     */
    permissions?: string;
}
/**
 * Windows attributes of an uploaded file.
 *
 * vAPI structure `com.vmware.vcenter.vm.guest.filesystem.transfers.windows_file_attributes_create_spec`.
 */
export interface GuestFilesystemTransfersWindowsFileAttributesCreateSpec {
    /**
     * Hide the file; not hidden when unset.
     */
    hidden?: boolean;
    /**
     * Make the file read-only; writable when unset.
     */
    read_only?: boolean;
}
/**
 * Identity of the guest operating system, with its host name and address.
 *
 * vAPI structure `com.vmware.vcenter.vm.guest.identity.info`.
 */
export interface GuestIdentityInfo {
    /**
     * Short identifier of the guest OS, such as `UBUNTU_64`.
     */
    name: Open<GuestOs>;
    /**
     * Broad OS family, such as Windows or Linux.
     */
    family: Open<GuestOsFamily>;
    /**
     * Readable name of the guest OS, as a localizable message.
     */
    full_name: VapiStdLocalizableMessage;
    /**
     * Host name set inside the guest.
     */
    host_name: string;
    /**
     * An IP address the guest reports; unset when it has none.
     */
    ip_address?: string;
}
/**
 * Size, free space and backing disks of one guest file system.
 *
 * vAPI structure `com.vmware.vcenter.vm.guest.local_filesystem.info`.
 */
export interface GuestLocalFilesystemInfo {
    /**
     * Total size in bytes.
     */
    capacity: number;
    /**
     * Unused space in bytes.
     */
    free_space: number;
    /**
     * File system type such as `ext4` or `NTFS`; unset when VMware Tools does not report it.
     */
    filesystem?: string;
    /**
     * Virtual disks of the VM that hold this file system; unset when not known.
     */
    mappings?: GuestLocalFilesystemVirtualDiskMapping[];
}
/**
 * One virtual disk under a guest file system.
 *
 * vAPI structure `com.vmware.vcenter.vm.guest.local_filesystem.virtual_disk_mapping`.
 */
export interface GuestLocalFilesystemVirtualDiskMapping {
    /**
     * Identifier of the VM's virtual disk.
     */
    disk: DiskId;
}
/**
 * DNS settings that apply to the whole guest.
 *
 * vAPI structure `com.vmware.vcenter.vm.guest.networking.info`.
 */
export interface GuestNetworkingInfo {
    /**
     * Host and domain name received through DNS; unset when there are none.
     */
    dns_values?: GuestDnsAssignedValues;
    /**
     * Guest-wide DNS resolver settings; unset when none are reported.
     */
    dns?: GuestDnsConfigInfo;
}
/**
 * One network interface of the guest.
 *
 * vAPI structure `com.vmware.vcenter.vm.guest.networking.interfaces.info`.
 */
export interface GuestNetworkingInterfacesInfo {
    /**
     * Host and domain name received through DNS on this interface; unset when there are none.
     */
    dns_values?: GuestDnsAssignedValues;
    /**
     * Hardware (MAC) address; unset when the guest OS does not report it.
     */
    mac_address?: string;
    /**
     * DNS settings of this interface only; unset when the guest OS has none for it. Guest-wide settings come from `networking.get`.
     */
    dns?: GuestDnsConfigInfo;
    /**
     * Addresses and DHCP use of the interface; unset when the guest OS does not report them.
     */
    ip?: GuestNetworkingInterfacesIpConfigInfo;
    /**
     * Addresses of WINS name servers; unset when the guest OS does not report them.
     */
    wins_servers?: string[];
    /**
     * Virtual Ethernet adapter of the VM behind this interface; unset when no virtual device backs it.
     */
    nic?: EthernetId;
}
/**
 * One IP address on a guest interface.
 *
 * vAPI structure `com.vmware.vcenter.vm.guest.networking.interfaces.ip_address_info`.
 */
export interface GuestNetworkingInterfacesIpAddressInfo {
    /**
     * The address as text, IPv4 dotted-quad or IPv6 colon-hex.
     */
    ip_address: string;
    /**
     * Network prefix length in bits, up to 32 for IPv4 or 128 for IPv6.
     */
    prefix_length: number;
    /**
     * How the address was assigned; unset when not known.
     */
    origin?: Open<GuestNetworkingInterfacesIpAddressOrigin>;
    /**
     * Current status of the address.
     */
    state: Open<GuestNetworkingInterfacesIpAddressStatus>;
}
/**
 * IP addresses and DHCP use of one interface.
 *
 * vAPI structure `com.vmware.vcenter.vm.guest.networking.interfaces.ip_config_info`.
 */
export interface GuestNetworkingInterfacesIpConfigInfo {
    /**
     * Every address configured on the interface.
     */
    ip_addresses: GuestNetworkingInterfacesIpAddressInfo[];
    /**
     * Which IP versions use DHCP; unset when the addresses did not come from DHCP.
     */
    dhcp?: GuestDhcpConfigInfo;
}
/**
 * One route of the guest, a destination network and how to reach it.
 *
 * vAPI structure `com.vmware.vcenter.vm.guest.networking.routes.info`.
 */
export interface GuestNetworkingRoutesInfo {
    /**
     * Destination network address, IPv4 dotted-quad or IPv6 colon-hex.
     */
    network: string;
    /**
     * Length of the destination prefix in bits, up to 32 for IPv4 or 128 for IPv6.
     */
    prefix_length: number;
    /**
     * Next-hop router that matching packets go to; unset when the route has no gateway.
     */
    gateway_address?: string;
    /**
     * Zero-based position of the outgoing interface in the result of `interfaces.list`; unset when the route is not tied to an interface.
     */
    interface_index?: number;
}
/**
 * Readiness of the guest for guest operations.
 *
 * vAPI structure `com.vmware.vcenter.vm.guest.operations.info`.
 */
export interface GuestOperationsInfo {
    /**
     * True when guest operations can be sent now.
     */
    guest_operations_ready: boolean;
    /**
     * True when guest operations that run in the logged-in desktop session (`interactive_session`) can be sent now.
     */
    interactive_guest_operations_ready: boolean;
}
/**
 * Power state of the guest OS and whether it takes soft power requests.
 *
 * vAPI structure `com.vmware.vcenter.vm.guest.power.info`.
 */
export interface GuestPowerInfo {
    /**
     * Power state reported by the guest.
     */
    state: Open<GuestPowerState>;
    /**
     * True when `shutdown`, `reboot` and `standby` requests can be sent now.
     */
    operations_ready: boolean;
}
/**
 * Program to start in the guest and how to start it.
 *
 * vAPI structure `com.vmware.vcenter.vm.guest.processes.create_spec`.
 */
export interface GuestProcessesCreateSpec {
    /**
     * Absolute path of the program. Linux guests launch it through `/bin/bash`; Solaris guests through `/bin/bash` when present, else `/bin/sh`, and then the returned PID is the shell's. Windows uses no shell; for stdio redirection in `arguments`, put `c:\windows\system32\cmd.exe /c` before the program.
     */
    path: string;
    /**
     * Command-line arguments, escaped as the guest shell needs; stdio redirection works on Linux and Solaris (on Windows see `path`). Unset passes no arguments.
     */
    arguments?: string;
    /**
     * Absolute path to start the program in; best set explicitly. When unset or empty, Linux guests use the user's home directory; other guests leave it undefined.
     */
    working_directory?: string;
    /**
     * Whole environment of the program, name to value in the guest's syntax (such as `PATH` to `/usr/bin:/bin`); replaces the default environment rather than adding to it. Unset uses the guest's defaults.
     */
    environment_variables?: Record<string, string>;
    /**
     * Open the program's window minimized; Windows guests only, an error elsewhere. False when unset.
     */
    start_minimized?: boolean;
}
/**
 * State of one guest process.
 *
 * vAPI structure `com.vmware.vcenter.vm.guest.processes.info`.
 */
export interface GuestProcessesInfo {
    /**
     * Process name.
     */
    name: string;
    /**
     * Account that owns the process.
     */
    owner: string;
    /**
     * Full command line.
     */
    command: string;
    /**
     * When the process started.
     */
    started: DateTime;
    /**
     * When the process ended; set only for processes started with `create`, for 5 minutes after they exit.
     */
    finished?: DateTime;
    /**
     * Exit status; set only for processes started with `create`, for 5 minutes after they exit.
     */
    exit_code?: number;
}
/**
 * Extra detail a guest process operation reports with its error.
 *
 * vAPI structure `com.vmware.vcenter.vm.guest.processes.process_error_details`.
 */
export interface GuestProcessesProcessErrorDetails {
    /**
     * The guest process the error is about.
     */
    pid: number;
}
/**
 * One guest process in a listing.
 *
 * vAPI structure `com.vmware.vcenter.vm.guest.processes.summary`.
 */
export interface GuestProcessesSummary {
    /**
     * Process name.
     */
    name: string;
    /**
     * Process ID.
     */
    pid: number;
    /**
     * Account that owns the process.
     */
    owner: string;
    /**
     * Full command line.
     */
    command: string;
    /**
     * When the process started.
     */
    started: DateTime;
}
/**
 * Configuration of a new virtual NVMe adapter.
 *
 * vAPI structure `com.vmware.vcenter.vm.hardware.adapter.nvme.create_spec`.
 */
export interface HardwareAdapterNvmeCreateSpec {
    /**
     * NVMe bus number; unset lets the server pick a free one and fails if there is none.
     */
    bus?: number;
    /**
     * PCI slot of the adapter; unset lets the server choose one when the VM next powers on.
     */
    pci_slot_number?: number;
}
/**
 * Settings of a virtual NVMe adapter.
 *
 * vAPI structure `com.vmware.vcenter.vm.hardware.adapter.nvme.info`.
 */
export interface HardwareAdapterNvmeInfo {
    /**
     * Display name of the device.
     */
    label: string;
    /**
     * NVMe bus number.
     */
    bus: number;
    /**
     * PCI slot of the adapter; may be unset until the VM has been powered on with it.
     */
    pci_slot_number?: number;
}
/**
 * Entry of the NVMe adapter list.
 *
 * vAPI structure `com.vmware.vcenter.vm.hardware.adapter.nvme.summary`.
 */
export interface HardwareAdapterNvmeSummary {
    /**
     * Identifier of the adapter.
     */
    adapter: NvmeAdapterId;
}
/**
 * Configuration of a new virtual SATA adapter.
 *
 * vAPI structure `com.vmware.vcenter.vm.hardware.adapter.sata.create_spec`.
 */
export interface HardwareAdapterSataCreateSpec {
    /**
     * Emulated controller type; unset uses the default for the guest OS.
     */
    type?: HardwareAdapterSataType;
    /**
     * SATA bus number; unset lets the server pick a free one and fails if there is none.
     */
    bus?: number;
    /**
     * PCI slot of the adapter; unset lets the server choose one when the VM next powers on.
     */
    pci_slot_number?: number;
}
/**
 * Settings of a virtual SATA adapter.
 *
 * vAPI structure `com.vmware.vcenter.vm.hardware.adapter.sata.info`.
 */
export interface HardwareAdapterSataInfo {
    /**
     * Display name of the device.
     */
    label: string;
    /**
     * Emulated controller type.
     */
    type: Open<HardwareAdapterSataType>;
    /**
     * SATA bus number.
     */
    bus: number;
    /**
     * PCI slot of the adapter; may be unset until the VM has been powered on with it.
     */
    pci_slot_number?: number;
}
/**
 * Entry of the SATA adapter list.
 *
 * vAPI structure `com.vmware.vcenter.vm.hardware.adapter.sata.summary`.
 */
export interface HardwareAdapterSataSummary {
    /**
     * Identifier of the adapter.
     */
    adapter: SataAdapterId;
}
/**
 * Configuration of a new virtual SCSI adapter.
 *
 * vAPI structure `com.vmware.vcenter.vm.hardware.adapter.scsi.create_spec`.
 */
export interface HardwareAdapterScsiCreateSpec {
    /**
     * Controller model; unset uses the default for the guest OS.
     */
    type?: HardwareAdapterScsiType;
    /**
     * SCSI bus number; unset lets the server pick a free one and fails if there is none.
     */
    bus?: number;
    /**
     * PCI slot of the adapter; unset lets the server choose one when the VM next powers on. The server replaces an unusable slot when the VM starts or the adapter is hot-added.
     */
    pci_slot_number?: number;
    /**
     * Bus sharing mode; `NONE` when unset.
     */
    sharing?: HardwareAdapterScsiSharing;
}
/**
 * Settings of a virtual SCSI adapter.
 *
 * vAPI structure `com.vmware.vcenter.vm.hardware.adapter.scsi.info`.
 */
export interface HardwareAdapterScsiInfo {
    /**
     * Display name of the device.
     */
    label: string;
    /**
     * Controller model.
     */
    type: Open<HardwareAdapterScsiType>;
    /**
     * The adapter's own address (bus and unit) on its SCSI bus.
     */
    scsi: HardwareScsiAddressInfo;
    /**
     * PCI slot of the adapter; may be unset until the VM has been powered on with it. The server replaces an unusable slot when the VM starts or the adapter is hot-added.
     */
    pci_slot_number?: number;
    /**
     * Bus sharing mode.
     */
    sharing: Open<HardwareAdapterScsiSharing>;
}
/**
 * Entry of the SCSI adapter list.
 *
 * vAPI structure `com.vmware.vcenter.vm.hardware.adapter.scsi.summary`.
 */
export interface HardwareAdapterScsiSummary {
    /**
     * Identifier of the adapter.
     */
    adapter: ScsiAdapterId;
}
/**
 * Changes to a virtual SCSI adapter; unset fields keep their value.
 *
 * vAPI structure `com.vmware.vcenter.vm.hardware.adapter.scsi.update_spec`.
 */
export interface HardwareAdapterScsiUpdateSpec {
    /**
     * New bus sharing mode; changeable only while the VM is not powered on. Unset keeps it.
     */
    sharing?: HardwareAdapterScsiSharing;
}
/**
 * One step of the boot order, either a device class or specific disks or a network adapter.
 *
 * vAPI structure `com.vmware.vcenter.vm.hardware.boot.device.entry`.
 */
export type HardwareBootDeviceEntry = HardwareBootDeviceEntryCdrom | HardwareBootDeviceEntryDisk | HardwareBootDeviceEntryEthernet | HardwareBootDeviceEntryFloppy | HardwareBootDeviceEntryOther;
/**
 * {@link HardwareBootDeviceEntry} when `type` is `CDROM`.
 */
export interface HardwareBootDeviceEntryCdrom {
    /**
     * Kind of device to boot from.
     */
    type: 'CDROM';
    nic?: never;
    disks?: never;
}
/**
 * {@link HardwareBootDeviceEntry} when `type` is `DISK`.
 */
export interface HardwareBootDeviceEntryDisk {
    /**
     * Kind of device to boot from.
     */
    type: 'DISK';
    nic?: never;
    /**
     * Virtual disks to try, in order; only when `type` is `DISK`.
     */
    disks: DiskId[];
}
/**
 * {@link HardwareBootDeviceEntry} when `type` is `ETHERNET`.
 */
export interface HardwareBootDeviceEntryEthernet {
    /**
     * Kind of device to boot from.
     */
    type: 'ETHERNET';
    /**
     * Virtual Ethernet adapter to boot from; only when `type` is `ETHERNET`.
     */
    nic: EthernetId;
    disks?: never;
}
/**
 * {@link HardwareBootDeviceEntry} when `type` is `FLOPPY`.
 */
export interface HardwareBootDeviceEntryFloppy {
    /**
     * Kind of device to boot from.
     */
    type: 'FLOPPY';
    nic?: never;
    disks?: never;
}
/**
 * {@link HardwareBootDeviceEntry} with a `type` this client does not know (sent by a newer server). Use `isCase` to narrow to a known case.
 */
export interface HardwareBootDeviceEntryOther {
    /**
     * Kind of device to boot from.
     */
    type: Open<HardwareBootDeviceType>;
    /**
     * Virtual Ethernet adapter to boot from; only when `type` is `ETHERNET`.
     */
    nic?: EthernetId;
    /**
     * Virtual disks to try, in order; only when `type` is `DISK`.
     */
    disks?: DiskId[];
}
/**
 * Firmware type and boot-process settings of a VM.
 *
 * vAPI structure `com.vmware.vcenter.vm.hardware.boot.info`.
 */
export type HardwareBootInfo = HardwareBootInfoBios | HardwareBootInfoEfi | HardwareBootInfoOther;
/**
 * {@link HardwareBootInfo} when `type` is `BIOS`.
 */
export interface HardwareBootInfoBios {
    /**
     * Firmware the VM starts with.
     */
    type: 'BIOS';
    efi_legacy_boot?: never;
    network_protocol?: never;
    /**
     * Milliseconds to wait after power-on before the firmware starts booting, for example to leave time to open the console and enter setup.
     */
    delay: number;
    /**
     * Whether the VM tries to boot again after a failed boot.
     */
    retry: boolean;
    /**
     * Milliseconds to wait before another boot attempt; used only when `retry` is true.
     */
    retry_delay: number;
    /**
     * Whether the next boot stops in the firmware setup screen. The flag returns to false by itself once the setup screen has been entered.
     */
    enter_setup_mode: boolean;
}
/**
 * {@link HardwareBootInfo} when `type` is `EFI`.
 */
export interface HardwareBootInfoEfi {
    /**
     * Firmware the VM starts with.
     */
    type: 'EFI';
    /**
     * Whether the EFI firmware boots in legacy mode; present only when `type` is `EFI`.
     */
    efi_legacy_boot: boolean;
    /**
     * IP version used for network boot; present only when `type` is `EFI`.
     */
    network_protocol: Open<HardwareBootNetworkProtocol>;
    /**
     * Milliseconds to wait after power-on before the firmware starts booting, for example to leave time to open the console and enter setup.
     */
    delay: number;
    /**
     * Whether the VM tries to boot again after a failed boot.
     */
    retry: boolean;
    /**
     * Milliseconds to wait before another boot attempt; used only when `retry` is true.
     */
    retry_delay: number;
    /**
     * Whether the next boot stops in the firmware setup screen. The flag returns to false by itself once the setup screen has been entered.
     */
    enter_setup_mode: boolean;
}
/**
 * {@link HardwareBootInfo} with a `type` this client does not know (sent by a newer server). Use `isCase` to narrow to a known case.
 */
export interface HardwareBootInfoOther {
    /**
     * Firmware the VM starts with.
     */
    type: Open<HardwareBootType>;
    /**
     * Whether the EFI firmware boots in legacy mode; present only when `type` is `EFI`.
     */
    efi_legacy_boot?: boolean;
    /**
     * IP version used for network boot; present only when `type` is `EFI`.
     */
    network_protocol?: Open<HardwareBootNetworkProtocol>;
    /**
     * Milliseconds to wait after power-on before the firmware starts booting, for example to leave time to open the console and enter setup.
     */
    delay: number;
    /**
     * Whether the VM tries to boot again after a failed boot.
     */
    retry: boolean;
    /**
     * Milliseconds to wait before another boot attempt; used only when `retry` is true.
     */
    retry_delay: number;
    /**
     * Whether the next boot stops in the firmware setup screen. The flag returns to false by itself once the setup screen has been entered.
     */
    enter_setup_mode: boolean;
}
/**
 * Boot settings to change; unset fields keep their value.
 *
 * vAPI structure `com.vmware.vcenter.vm.hardware.boot.update_spec`.
 */
export interface HardwareBootUpdateSpec {
    /**
     * Firmware to use from now on. Unset keeps it.
     */
    type?: HardwareBootType;
    /**
     * Turn legacy mode of EFI firmware on or off. Unset keeps it.
     */
    efi_legacy_boot?: boolean;
    /**
     * IP version for network boot with EFI firmware. Unset keeps it.
     */
    network_protocol?: HardwareBootNetworkProtocol;
    /**
     * New wait in milliseconds between power-on and boot; must not be negative. Unset keeps it.
     */
    delay?: number;
    /**
     * Turn automatic boot retry on or off. Unset keeps it.
     */
    retry?: boolean;
    /**
     * New wait in milliseconds before a boot retry, used when `retry` is true. Unset keeps it.
     */
    retry_delay?: number;
    /**
     * True makes the next boot stop in the firmware setup screen; it returns to false once the screen has been entered. Unset keeps it.
     */
    enter_setup_mode?: boolean;
}
/**
 * What currently feeds a CD-ROM drive; the fields present depend on `type`.
 *
 * vAPI structure `com.vmware.vcenter.vm.hardware.cdrom.backing_info`.
 */
export type HardwareCdromBackingInfo = HardwareCdromBackingInfoIsoFile | HardwareCdromBackingInfoHostDevice | HardwareCdromBackingInfoClientDevice | HardwareCdromBackingInfoOther;
/**
 * {@link HardwareCdromBackingInfo} when `type` is `ISO_FILE`.
 */
export interface HardwareCdromBackingInfoIsoFile {
    /**
     * Kind of backing.
     */
    type: 'ISO_FILE';
    /**
     * Path of the ISO image in use; present when `type` is `ISO_FILE`.
     */
    iso_file: string;
    /**
     * Name of the host drive in use. Unset when `auto_detect` is on and the drive is disconnected or the host has no suitable drive.
     */
    host_device?: string;
    auto_detect?: never;
    device_access_type?: never;
}
/**
 * {@link HardwareCdromBackingInfo} when `type` is `HOST_DEVICE`.
 */
export interface HardwareCdromBackingInfoHostDevice {
    /**
     * Kind of backing.
     */
    type: 'HOST_DEVICE';
    iso_file?: never;
    /**
     * Name of the host drive in use. Unset when `auto_detect` is on and the drive is disconnected or the host has no suitable drive.
     */
    host_device?: string;
    /**
     * Whether the drive finds a usable host drive by itself; present when `type` is `HOST_DEVICE`.
     */
    auto_detect: boolean;
    /**
     * How the guest reaches the physical drive; present when `type` is `HOST_DEVICE` or `CLIENT_DEVICE`.
     */
    device_access_type: Open<HardwareCdromDeviceAccessType>;
}
/**
 * {@link HardwareCdromBackingInfo} when `type` is `CLIENT_DEVICE`.
 */
export interface HardwareCdromBackingInfoClientDevice {
    /**
     * Kind of backing.
     */
    type: 'CLIENT_DEVICE';
    iso_file?: never;
    /**
     * Name of the host drive in use. Unset when `auto_detect` is on and the drive is disconnected or the host has no suitable drive.
     */
    host_device?: string;
    auto_detect?: never;
    /**
     * How the guest reaches the physical drive; present when `type` is `HOST_DEVICE` or `CLIENT_DEVICE`.
     */
    device_access_type: Open<HardwareCdromDeviceAccessType>;
}
/**
 * {@link HardwareCdromBackingInfo} with a `type` this client does not know (sent by a newer server). Use `isCase` to narrow to a known case.
 */
export interface HardwareCdromBackingInfoOther {
    /**
     * Kind of backing.
     */
    type: Open<HardwareCdromBackingType>;
    /**
     * Path of the ISO image in use; present when `type` is `ISO_FILE`.
     */
    iso_file?: string;
    /**
     * Name of the host drive in use. Unset when `auto_detect` is on and the drive is disconnected or the host has no suitable drive.
     */
    host_device?: string;
    /**
     * Whether the drive finds a usable host drive by itself; present when `type` is `HOST_DEVICE`.
     */
    auto_detect?: boolean;
    /**
     * How the guest reaches the physical drive; present when `type` is `HOST_DEVICE` or `CLIENT_DEVICE`.
     */
    device_access_type?: Open<HardwareCdromDeviceAccessType>;
}
/**
 * The media source to give a CD-ROM drive; the fields that apply depend on `type`.
 *
 * vAPI structure `com.vmware.vcenter.vm.hardware.cdrom.backing_spec`.
 */
export type HardwareCdromBackingSpec = HardwareCdromBackingSpecIsoFile | HardwareCdromBackingSpecHostDevice | HardwareCdromBackingSpecClientDevice;
/**
 * {@link HardwareCdromBackingSpec} when `type` is `ISO_FILE`.
 */
export interface HardwareCdromBackingSpecIsoFile {
    /**
     * Kind of backing to use.
     */
    type: 'ISO_FILE';
    /**
     * Path of the ISO image to mount; required when `type` is `ISO_FILE`.
     */
    iso_file: string;
    /**
     * Name of the host drive to use with `HOST_DEVICE`. Unset: the drive picks a usable host drive on its own.
     */
    host_device?: string;
    /**
     * How the guest reaches a physical (host or client) drive. `EMULATION` when unset.
     */
    device_access_type?: HardwareCdromDeviceAccessType;
}
/**
 * {@link HardwareCdromBackingSpec} when `type` is `HOST_DEVICE`.
 */
export interface HardwareCdromBackingSpecHostDevice {
    /**
     * Kind of backing to use.
     */
    type: 'HOST_DEVICE';
    iso_file?: never;
    /**
     * Name of the host drive to use with `HOST_DEVICE`. Unset: the drive picks a usable host drive on its own.
     */
    host_device?: string;
    /**
     * How the guest reaches a physical (host or client) drive. `EMULATION` when unset.
     */
    device_access_type?: HardwareCdromDeviceAccessType;
}
/**
 * {@link HardwareCdromBackingSpec} when `type` is `CLIENT_DEVICE`.
 */
export interface HardwareCdromBackingSpecClientDevice {
    /**
     * Kind of backing to use.
     */
    type: 'CLIENT_DEVICE';
    iso_file?: never;
    /**
     * Name of the host drive to use with `HOST_DEVICE`. Unset: the drive picks a usable host drive on its own.
     */
    host_device?: string;
    /**
     * How the guest reaches a physical (host or client) drive. `EMULATION` when unset.
     */
    device_access_type?: HardwareCdromDeviceAccessType;
}
/**
 * Settings for a new CD-ROM drive; every field may be omitted.
 *
 * vAPI structure `com.vmware.vcenter.vm.hardware.cdrom.create_spec`.
 */
export interface HardwareCdromCreateSpec {
    /**
     * Adapter kind to attach the drive to. Unset: a default that suits the guest OS; when the server has no defaults for that guest OS, the call fails with `unsupported`.
     */
    type?: HardwareCdromHostBusAdapterType;
    /**
     * Position on an IDE adapter, used when the drive goes on IDE. Unset: the server picks a free position, and the call fails if none is left.
     */
    ide?: HardwareIdeAddressSpec;
    /**
     * Position on a SATA adapter, used when the drive goes on SATA. Unset: the server picks a free position, and the call fails if none is left.
     */
    sata?: HardwareSataAddressSpec;
    /**
     * Media source of the drive. Unset: a host drive that the VM detects on its own.
     */
    backing?: HardwareCdromBackingSpec;
    /**
     * Whether the drive connects each time the VM powers on. `false` when unset.
     */
    start_connected?: boolean;
    /**
     * Whether the guest OS may connect and disconnect the drive. `false` when unset.
     */
    allow_guest_control?: boolean;
}
/**
 * Configuration and state of a CD-ROM drive.
 *
 * vAPI structure `com.vmware.vcenter.vm.hardware.cdrom.info`.
 */
export type HardwareCdromInfo = HardwareCdromInfoIde | HardwareCdromInfoSata | HardwareCdromInfoOther;
/**
 * {@link HardwareCdromInfo} when `type` is `IDE`.
 */
export interface HardwareCdromInfoIde {
    /**
     * Adapter kind the drive is attached to.
     */
    type: 'IDE';
    /**
     * Human-readable name of the device in the VM.
     */
    label: string;
    /**
     * Position on the IDE adapter; present when `type` is `IDE`.
     */
    ide: HardwareIdeAddressInfo;
    sata?: never;
    /**
     * Media source of the drive.
     */
    backing: HardwareCdromBackingInfo;
    /**
     * Current connection status.
     */
    state: Open<HardwareConnectionState>;
    /**
     * Whether the drive connects each time the VM powers on.
     */
    start_connected: boolean;
    /**
     * Whether the guest OS may connect and disconnect the drive.
     */
    allow_guest_control: boolean;
}
/**
 * {@link HardwareCdromInfo} when `type` is `SATA`.
 */
export interface HardwareCdromInfoSata {
    /**
     * Adapter kind the drive is attached to.
     */
    type: 'SATA';
    /**
     * Human-readable name of the device in the VM.
     */
    label: string;
    ide?: never;
    /**
     * Position on the SATA adapter; present when `type` is `SATA`.
     */
    sata: HardwareSataAddressInfo;
    /**
     * Media source of the drive.
     */
    backing: HardwareCdromBackingInfo;
    /**
     * Current connection status.
     */
    state: Open<HardwareConnectionState>;
    /**
     * Whether the drive connects each time the VM powers on.
     */
    start_connected: boolean;
    /**
     * Whether the guest OS may connect and disconnect the drive.
     */
    allow_guest_control: boolean;
}
/**
 * {@link HardwareCdromInfo} with a `type` this client does not know (sent by a newer server). Use `isCase` to narrow to a known case.
 */
export interface HardwareCdromInfoOther {
    /**
     * Adapter kind the drive is attached to.
     */
    type: Open<HardwareCdromHostBusAdapterType>;
    /**
     * Human-readable name of the device in the VM.
     */
    label: string;
    /**
     * Position on the IDE adapter; present when `type` is `IDE`.
     */
    ide?: HardwareIdeAddressInfo;
    /**
     * Position on the SATA adapter; present when `type` is `SATA`.
     */
    sata?: HardwareSataAddressInfo;
    /**
     * Media source of the drive.
     */
    backing: HardwareCdromBackingInfo;
    /**
     * Current connection status.
     */
    state: Open<HardwareConnectionState>;
    /**
     * Whether the drive connects each time the VM powers on.
     */
    start_connected: boolean;
    /**
     * Whether the guest OS may connect and disconnect the drive.
     */
    allow_guest_control: boolean;
}
/**
 * List entry for a CD-ROM drive.
 *
 * vAPI structure `com.vmware.vcenter.vm.hardware.cdrom.summary`.
 */
export interface HardwareCdromSummary {
    /**
     * Identifier of the drive.
     */
    cdrom: CdromId;
}
/**
 * Changes to a CD-ROM drive; unset fields stay as they are.
 *
 * vAPI structure `com.vmware.vcenter.vm.hardware.cdrom.update_spec`.
 */
export interface HardwareCdromUpdateSpec {
    /**
     * New media source. Can only change while the VM is off or the drive is disconnected.
     */
    backing?: HardwareCdromBackingSpec;
    /**
     * Whether the drive connects each time the VM powers on.
     */
    start_connected?: boolean;
    /**
     * Whether the guest OS may connect and disconnect the drive.
     */
    allow_guest_control?: boolean;
}
/**
 * Virtual CPU configuration of a VM.
 *
 * vAPI structure `com.vmware.vcenter.vm.hardware.cpu.info`.
 */
export interface HardwareCpuInfo {
    /**
     * Total number of virtual CPU cores.
     */
    count: number;
    /**
     * Cores in each virtual socket; `count` is a multiple of it.
     */
    cores_per_socket: number;
    /**
     * Whether CPUs can be added to the VM while it runs.
     */
    hot_add_enabled: boolean;
    /**
     * Whether CPUs can be taken away from the VM while it runs.
     */
    hot_remove_enabled: boolean;
}
/**
 * CPU settings to change; unset fields keep their value.
 *
 * vAPI structure `com.vmware.vcenter.vm.hardware.cpu.update_spec`.
 */
export interface HardwareCpuUpdateSpec {
    /**
     * New total number of cores: a multiple of `cores_per_socket`, within the range the guest OS and hardware version allow. On a running VM, raising it needs `hot_add_enabled` and lowering it needs `hot_remove_enabled`. Unset keeps the count.
     */
    count?: number;
    /**
     * Cores in each socket from now on; the total `count` must divide evenly by it. Unset keeps it.
     */
    cores_per_socket?: number;
    /**
     * Allow or forbid adding CPUs at run time; changeable only while the VM is powered off. Unset keeps it.
     */
    hot_add_enabled?: boolean;
    /**
     * Allow or forbid removing CPUs at run time; changeable only while the VM is powered off. Unset keeps it.
     */
    hot_remove_enabled?: boolean;
}
/**
 * Storage that holds a disk's data.
 *
 * vAPI structure `com.vmware.vcenter.vm.hardware.disk.backing_info`.
 */
export type HardwareDiskBackingInfo = HardwareDiskBackingInfoVmdkFile | HardwareDiskBackingInfoOther;
/**
 * {@link HardwareDiskBackingInfo} when `type` is `VMDK_FILE`.
 */
export interface HardwareDiskBackingInfoVmdkFile {
    /**
     * Kind of backing.
     */
    type: 'VMDK_FILE';
    /**
     * Datastore path of the VMDK file; present only when `type` is `VMDK_FILE`.
     */
    vmdk_file: string;
}
/**
 * {@link HardwareDiskBackingInfo} with a `type` this client does not know (sent by a newer server). Use `isCase` to narrow to a known case.
 */
export interface HardwareDiskBackingInfoOther {
    /**
     * Kind of backing.
     */
    type: Open<HardwareDiskBackingType>;
    /**
     * Datastore path of the VMDK file; present only when `type` is `VMDK_FILE`.
     */
    vmdk_file?: string;
}
/**
 * Existing storage to attach as a disk's backing.
 *
 * vAPI structure `com.vmware.vcenter.vm.hardware.disk.backing_spec`.
 */
export type HardwareDiskBackingSpec = HardwareDiskBackingSpecVmdkFile;
/**
 * {@link HardwareDiskBackingSpec} when `type` is `VMDK_FILE`.
 */
export interface HardwareDiskBackingSpecVmdkFile {
    /**
     * Kind of backing.
     */
    type: 'VMDK_FILE';
    /**
     * Datastore path of the existing VMDK file to attach; needed when `type` is `VMDK_FILE`.
     */
    vmdk_file: string;
}
/**
 * Configuration of a new virtual disk. Give exactly one of `backing` (attach an existing file) and `new_vmdk` (create a file).
 *
 * vAPI structure `com.vmware.vcenter.vm.hardware.disk.create_spec`.
 */
export interface HardwareDiskCreateSpec {
    /**
     * Kind of adapter to attach the disk to; unset uses the default for the guest OS.
     */
    type?: HardwareDiskHostBusAdapterType;
    /**
     * Address on an IDE adapter; unset lets the server pick a free one and fails if there is none.
     */
    ide?: HardwareIdeAddressSpec;
    /**
     * Address on a SCSI adapter; unset lets the server pick a free one and fails if there is none.
     */
    scsi?: HardwareScsiAddressSpec;
    /**
     * Address on a SATA adapter; unset lets the server pick a free one and fails if there is none.
     */
    sata?: HardwareSataAddressSpec;
    /**
     * Address on an NVMe adapter; unset lets the server pick a free one and fails if there is none.
     */
    nvme?: HardwareNvmeAddressSpec;
    /**
     * Existing VMDK file to attach; leave unset when `new_vmdk` is given.
     */
    backing?: HardwareDiskBackingSpec;
    /**
     * VMDK file to create as the backing; leave unset when `backing` is given.
     */
    new_vmdk?: HardwareDiskVmdkCreateSpec;
}
/**
 * Configuration of a virtual disk.
 *
 * vAPI structure `com.vmware.vcenter.vm.hardware.disk.info`.
 */
export type HardwareDiskInfo = HardwareDiskInfoIde | HardwareDiskInfoScsi | HardwareDiskInfoSata | HardwareDiskInfoNvme | HardwareDiskInfoOther;
/**
 * {@link HardwareDiskInfo} when `type` is `IDE`.
 */
export interface HardwareDiskInfoIde {
    /**
     * Display name of the device, such as `Hard disk 1`.
     */
    label: string;
    /**
     * Kind of adapter the disk is attached to.
     */
    type: 'IDE';
    /**
     * Position on the IDE adapter, when the disk is attached to one.
     */
    ide?: HardwareIdeAddressInfo;
    /**
     * Position on the SCSI adapter, when the disk is attached to one.
     */
    scsi?: HardwareScsiAddressInfo;
    /**
     * Position on the SATA adapter, when the disk is attached to one.
     */
    sata?: HardwareSataAddressInfo;
    nvme?: never;
    /**
     * Storage that holds the disk's data.
     */
    backing: HardwareDiskBackingInfo;
    /**
     * Size of the disk in bytes; unset when the disk cannot be read or its size is zero.
     */
    capacity?: number;
}
/**
 * {@link HardwareDiskInfo} when `type` is `SCSI`.
 */
export interface HardwareDiskInfoScsi {
    /**
     * Display name of the device, such as `Hard disk 1`.
     */
    label: string;
    /**
     * Kind of adapter the disk is attached to.
     */
    type: 'SCSI';
    /**
     * Position on the IDE adapter, when the disk is attached to one.
     */
    ide?: HardwareIdeAddressInfo;
    /**
     * Position on the SCSI adapter, when the disk is attached to one.
     */
    scsi?: HardwareScsiAddressInfo;
    /**
     * Position on the SATA adapter, when the disk is attached to one.
     */
    sata?: HardwareSataAddressInfo;
    nvme?: never;
    /**
     * Storage that holds the disk's data.
     */
    backing: HardwareDiskBackingInfo;
    /**
     * Size of the disk in bytes; unset when the disk cannot be read or its size is zero.
     */
    capacity?: number;
}
/**
 * {@link HardwareDiskInfo} when `type` is `SATA`.
 */
export interface HardwareDiskInfoSata {
    /**
     * Display name of the device, such as `Hard disk 1`.
     */
    label: string;
    /**
     * Kind of adapter the disk is attached to.
     */
    type: 'SATA';
    /**
     * Position on the IDE adapter, when the disk is attached to one.
     */
    ide?: HardwareIdeAddressInfo;
    /**
     * Position on the SCSI adapter, when the disk is attached to one.
     */
    scsi?: HardwareScsiAddressInfo;
    /**
     * Position on the SATA adapter, when the disk is attached to one.
     */
    sata?: HardwareSataAddressInfo;
    nvme?: never;
    /**
     * Storage that holds the disk's data.
     */
    backing: HardwareDiskBackingInfo;
    /**
     * Size of the disk in bytes; unset when the disk cannot be read or its size is zero.
     */
    capacity?: number;
}
/**
 * {@link HardwareDiskInfo} when `type` is `NVME`.
 */
export interface HardwareDiskInfoNvme {
    /**
     * Display name of the device, such as `Hard disk 1`.
     */
    label: string;
    /**
     * Kind of adapter the disk is attached to.
     */
    type: 'NVME';
    /**
     * Position on the IDE adapter, when the disk is attached to one.
     */
    ide?: HardwareIdeAddressInfo;
    /**
     * Position on the SCSI adapter, when the disk is attached to one.
     */
    scsi?: HardwareScsiAddressInfo;
    /**
     * Position on the SATA adapter, when the disk is attached to one.
     */
    sata?: HardwareSataAddressInfo;
    /**
     * Position on the NVMe adapter; present only when `type` is `NVME`.
     */
    nvme: HardwareNvmeAddressInfo;
    /**
     * Storage that holds the disk's data.
     */
    backing: HardwareDiskBackingInfo;
    /**
     * Size of the disk in bytes; unset when the disk cannot be read or its size is zero.
     */
    capacity?: number;
}
/**
 * {@link HardwareDiskInfo} with a `type` this client does not know (sent by a newer server). Use `isCase` to narrow to a known case.
 */
export interface HardwareDiskInfoOther {
    /**
     * Display name of the device, such as `Hard disk 1`.
     */
    label: string;
    /**
     * Kind of adapter the disk is attached to.
     */
    type: Open<HardwareDiskHostBusAdapterType>;
    /**
     * Position on the IDE adapter, when the disk is attached to one.
     */
    ide?: HardwareIdeAddressInfo;
    /**
     * Position on the SCSI adapter, when the disk is attached to one.
     */
    scsi?: HardwareScsiAddressInfo;
    /**
     * Position on the SATA adapter, when the disk is attached to one.
     */
    sata?: HardwareSataAddressInfo;
    /**
     * Position on the NVMe adapter; present only when `type` is `NVME`.
     */
    nvme?: HardwareNvmeAddressInfo;
    /**
     * Storage that holds the disk's data.
     */
    backing: HardwareDiskBackingInfo;
    /**
     * Size of the disk in bytes; unset when the disk cannot be read or its size is zero.
     */
    capacity?: number;
}
/**
 * Storage policy to apply to a new VMDK file.
 *
 * vAPI structure `com.vmware.vcenter.vm.hardware.disk.storage_policy_spec`.
 */
export interface HardwareDiskStoragePolicySpec {
    /**
     * Identifier of the storage policy.
     */
    policy: StoragePolicyId;
}
/**
 * Entry of the disk list.
 *
 * vAPI structure `com.vmware.vcenter.vm.hardware.disk.summary`.
 */
export interface HardwareDiskSummary {
    /**
     * Identifier of the disk.
     */
    disk: DiskId;
}
/**
 * Changes to a virtual disk; unset fields keep their value.
 *
 * vAPI structure `com.vmware.vcenter.vm.hardware.disk.update_spec`.
 */
export interface HardwareDiskUpdateSpec {
    /**
     * Backing that replaces the attached VMDK file; changeable only while the VM is not powered on. Unset keeps the current backing.
     */
    backing?: HardwareDiskBackingSpec;
}
/**
 * A VMDK file to create; it is placed in the folder that holds the VM's configuration file.
 *
 * vAPI structure `com.vmware.vcenter.vm.hardware.disk.vmdk_create_spec`.
 */
export interface HardwareDiskVmdkCreateSpec {
    /**
     * File name without the `.vmdk` extension; unset lets the server derive one from the VM's name.
     */
    name?: string;
    /**
     * Size of the new disk in bytes; unset uses the default for the guest OS.
     */
    capacity?: number;
    /**
     * Storage policy for the file. Unset applies the datastore's default policy where one exists (vSAN and vVols datastores); elsewhere the file gets no policy.
     */
    storage_policy?: HardwareDiskStoragePolicySpec;
}
/**
 * The network an adapter is attached to; the fields present depend on `type`.
 *
 * vAPI structure `com.vmware.vcenter.vm.hardware.ethernet.backing_info`.
 */
export type HardwareEthernetBackingInfo = HardwareEthernetBackingInfoStandardPortgroup | HardwareEthernetBackingInfoHostDevice | HardwareEthernetBackingInfoDistributedPortgroup | HardwareEthernetBackingInfoOpaqueNetwork | HardwareEthernetBackingInfoOther;
/**
 * {@link HardwareEthernetBackingInfo} when `type` is `STANDARD_PORTGROUP`.
 */
export interface HardwareEthernetBackingInfoStandardPortgroup {
    /**
     * Kind of network.
     */
    type: 'STANDARD_PORTGROUP';
    /**
     * Identifier of the network in use; unset when the server cannot work it out.
     */
    network?: NetworkId;
    /**
     * Name of the standard portgroup; present when `type` is `STANDARD_PORTGROUP`.
     */
    network_name: string;
    host_device?: never;
    distributed_switch_uuid?: never;
    /**
     * Key of the distributed port the adapter is bound to. Unset while it is not bound to one, e.g. the VM is off or the adapter is disconnected.
     */
    distributed_port?: string;
    /**
     * Number issued by the server for the port binding, usable to check that this VM owns the port. Unset in the same cases as `distributed_port`.
     */
    connection_cookie?: number;
    opaque_network_type?: never;
    opaque_network_id?: never;
}
/**
 * {@link HardwareEthernetBackingInfo} when `type` is `HOST_DEVICE`.
 */
export interface HardwareEthernetBackingInfoHostDevice {
    /**
     * Kind of network.
     */
    type: 'HOST_DEVICE';
    /**
     * Identifier of the network in use; unset when the server cannot work it out.
     */
    network?: NetworkId;
    network_name?: never;
    /**
     * Name of the legacy host device; present when `type` is `HOST_DEVICE`.
     */
    host_device: string;
    distributed_switch_uuid?: never;
    /**
     * Key of the distributed port the adapter is bound to. Unset while it is not bound to one, e.g. the VM is off or the adapter is disconnected.
     */
    distributed_port?: string;
    /**
     * Number issued by the server for the port binding, usable to check that this VM owns the port. Unset in the same cases as `distributed_port`.
     */
    connection_cookie?: number;
    opaque_network_type?: never;
    opaque_network_id?: never;
}
/**
 * {@link HardwareEthernetBackingInfo} when `type` is `DISTRIBUTED_PORTGROUP`.
 */
export interface HardwareEthernetBackingInfoDistributedPortgroup {
    /**
     * Kind of network.
     */
    type: 'DISTRIBUTED_PORTGROUP';
    /**
     * Identifier of the network in use; unset when the server cannot work it out.
     */
    network?: NetworkId;
    network_name?: never;
    host_device?: never;
    /**
     * UUID of the distributed switch; present when `type` is `DISTRIBUTED_PORTGROUP`.
     */
    distributed_switch_uuid: string;
    /**
     * Key of the distributed port the adapter is bound to. Unset while it is not bound to one, e.g. the VM is off or the adapter is disconnected.
     */
    distributed_port?: string;
    /**
     * Number issued by the server for the port binding, usable to check that this VM owns the port. Unset in the same cases as `distributed_port`.
     */
    connection_cookie?: number;
    opaque_network_type?: never;
    opaque_network_id?: never;
}
/**
 * {@link HardwareEthernetBackingInfo} when `type` is `OPAQUE_NETWORK`.
 */
export interface HardwareEthernetBackingInfoOpaqueNetwork {
    /**
     * Kind of network.
     */
    type: 'OPAQUE_NETWORK';
    /**
     * Identifier of the network in use; unset when the server cannot work it out.
     */
    network?: NetworkId;
    network_name?: never;
    host_device?: never;
    distributed_switch_uuid?: never;
    /**
     * Key of the distributed port the adapter is bound to. Unset while it is not bound to one, e.g. the VM is off or the adapter is disconnected.
     */
    distributed_port?: string;
    /**
     * Number issued by the server for the port binding, usable to check that this VM owns the port. Unset in the same cases as `distributed_port`.
     */
    connection_cookie?: number;
    /**
     * Type of the opaque network; present when `type` is `OPAQUE_NETWORK`.
     */
    opaque_network_type: string;
    /**
     * Identifier of the opaque network; present when `type` is `OPAQUE_NETWORK`.
     */
    opaque_network_id: string;
}
/**
 * {@link HardwareEthernetBackingInfo} with a `type` this client does not know (sent by a newer server). Use `isCase` to narrow to a known case.
 */
export interface HardwareEthernetBackingInfoOther {
    /**
     * Kind of network.
     */
    type: Open<HardwareEthernetBackingType>;
    /**
     * Identifier of the network in use; unset when the server cannot work it out.
     */
    network?: NetworkId;
    /**
     * Name of the standard portgroup; present when `type` is `STANDARD_PORTGROUP`.
     */
    network_name?: string;
    /**
     * Name of the legacy host device; present when `type` is `HOST_DEVICE`.
     */
    host_device?: string;
    /**
     * UUID of the distributed switch; present when `type` is `DISTRIBUTED_PORTGROUP`.
     */
    distributed_switch_uuid?: string;
    /**
     * Key of the distributed port the adapter is bound to. Unset while it is not bound to one, e.g. the VM is off or the adapter is disconnected.
     */
    distributed_port?: string;
    /**
     * Number issued by the server for the port binding, usable to check that this VM owns the port. Unset in the same cases as `distributed_port`.
     */
    connection_cookie?: number;
    /**
     * Type of the opaque network; present when `type` is `OPAQUE_NETWORK`.
     */
    opaque_network_type?: string;
    /**
     * Identifier of the opaque network; present when `type` is `OPAQUE_NETWORK`.
     */
    opaque_network_id?: string;
}
/**
 * The network to attach an adapter to.
 *
 * vAPI structure `com.vmware.vcenter.vm.hardware.ethernet.backing_spec`.
 */
export type HardwareEthernetBackingSpec = HardwareEthernetBackingSpecStandardPortgroup | HardwareEthernetBackingSpecHostDevice | HardwareEthernetBackingSpecDistributedPortgroup | HardwareEthernetBackingSpecOpaqueNetwork;
/**
 * {@link HardwareEthernetBackingSpec} when `type` is `STANDARD_PORTGROUP`.
 */
export interface HardwareEthernetBackingSpecStandardPortgroup {
    /**
     * Kind of network; `HOST_DEVICE` is rejected.
     */
    type: 'STANDARD_PORTGROUP';
    /**
     * Network to attach to; required for `STANDARD_PORTGROUP`, `DISTRIBUTED_PORTGROUP` and `OPAQUE_NETWORK`.
     */
    network: NetworkId;
    /**
     * Key of a particular port to take on a static (early-binding) distributed portgroup. Not possible on an ephemeral portgroup, whose ports only appear once the VM runs and the adapter connects. Unset: the portgroup hands out a port by its own policy.
     */
    distributed_port?: string;
}
/**
 * {@link HardwareEthernetBackingSpec} when `type` is `HOST_DEVICE`.
 */
export interface HardwareEthernetBackingSpecHostDevice {
    /**
     * Kind of network; `HOST_DEVICE` is rejected.
     */
    type: 'HOST_DEVICE';
    network?: never;
    /**
     * Key of a particular port to take on a static (early-binding) distributed portgroup. Not possible on an ephemeral portgroup, whose ports only appear once the VM runs and the adapter connects. Unset: the portgroup hands out a port by its own policy.
     */
    distributed_port?: string;
}
/**
 * {@link HardwareEthernetBackingSpec} when `type` is `DISTRIBUTED_PORTGROUP`.
 */
export interface HardwareEthernetBackingSpecDistributedPortgroup {
    /**
     * Kind of network; `HOST_DEVICE` is rejected.
     */
    type: 'DISTRIBUTED_PORTGROUP';
    /**
     * Network to attach to; required for `STANDARD_PORTGROUP`, `DISTRIBUTED_PORTGROUP` and `OPAQUE_NETWORK`.
     */
    network: NetworkId;
    /**
     * Key of a particular port to take on a static (early-binding) distributed portgroup. Not possible on an ephemeral portgroup, whose ports only appear once the VM runs and the adapter connects. Unset: the portgroup hands out a port by its own policy.
     */
    distributed_port?: string;
}
/**
 * {@link HardwareEthernetBackingSpec} when `type` is `OPAQUE_NETWORK`.
 */
export interface HardwareEthernetBackingSpecOpaqueNetwork {
    /**
     * Kind of network; `HOST_DEVICE` is rejected.
     */
    type: 'OPAQUE_NETWORK';
    /**
     * Network to attach to; required for `STANDARD_PORTGROUP`, `DISTRIBUTED_PORTGROUP` and `OPAQUE_NETWORK`.
     */
    network: NetworkId;
    /**
     * Key of a particular port to take on a static (early-binding) distributed portgroup. Not possible on an ephemeral portgroup, whose ports only appear once the VM runs and the adapter connects. Unset: the portgroup hands out a port by its own policy.
     */
    distributed_port?: string;
}
/**
 * Settings for a new network adapter; every field may be omitted.
 *
 * vAPI structure `com.vmware.vcenter.vm.hardware.ethernet.create_spec`.
 */
export interface HardwareEthernetCreateSpec {
    /**
     * Adapter model to emulate. Unset: a default that suits the guest OS; when the server has no defaults for that guest OS, the call fails with `unsupported`.
     */
    type?: HardwareEthernetEmulationType;
    /**
     * Whether to enable Universal Pass-Through (UPT) compatibility; meaningful for `VMXNET3` only. `false` when unset.
     */
    upt_compatibility_enabled?: boolean;
    /**
     * How the MAC address is obtained. `GENERATED` when unset.
     */
    mac_type?: HardwareEthernetMacAddressType;
    /**
     * MAC address to use; give it together with `mac_type` `MANUAL`.
     */
    mac_address?: string;
    /**
     * PCI slot of the adapter. Unset: the server picks one at power-on. An invalid slot is replaced by the server at power-on or hot add.
     */
    pci_slot_number?: number;
    /**
     * Whether network traffic may wake the guest (wake-on-LAN). `false` when unset.
     */
    wake_on_lan_enabled?: boolean;
    /**
     * Network to attach to. Unset: the server looks for a suitable one, and the call fails if it finds none.
     */
    backing?: HardwareEthernetBackingSpec;
    /**
     * Whether the adapter connects each time the VM powers on. `false` when unset.
     */
    start_connected?: boolean;
    /**
     * Whether the guest OS may connect and disconnect the adapter. `false` when unset.
     */
    allow_guest_control?: boolean;
}
/**
 * Configuration and state of a network adapter.
 *
 * vAPI structure `com.vmware.vcenter.vm.hardware.ethernet.info`.
 */
export type HardwareEthernetInfo = HardwareEthernetInfoE1000 | HardwareEthernetInfoE1000E | HardwareEthernetInfoPcnet32 | HardwareEthernetInfoVmxnet | HardwareEthernetInfoVmxnet2 | HardwareEthernetInfoVmxnet3 | HardwareEthernetInfoOther;
/**
 * {@link HardwareEthernetInfo} when `type` is `E1000`.
 */
export interface HardwareEthernetInfoE1000 {
    /**
     * Human-readable name of the device in the VM.
     */
    label: string;
    /**
     * Emulated adapter model.
     */
    type: 'E1000';
    upt_compatibility_enabled?: never;
    /**
     * How the MAC address is obtained.
     */
    mac_type: Open<HardwareEthernetMacAddressType>;
    /**
     * Current MAC address. Unset for `MANUAL` when none was given yet, and for `GENERATED` until the VM's first power-on after the adapter was added.
     */
    mac_address?: string;
    /**
     * PCI slot of the adapter; unset until the VM's first power-on after the adapter was added. The server replaces an invalid slot at power-on or hot add.
     */
    pci_slot_number?: number;
    /**
     * Whether network traffic may wake the guest (wake-on-LAN).
     */
    wake_on_lan_enabled: boolean;
    /**
     * Network the adapter is attached to.
     */
    backing: HardwareEthernetBackingInfo;
    /**
     * Current connection status.
     */
    state: Open<HardwareConnectionState>;
    /**
     * Whether the adapter connects each time the VM powers on.
     */
    start_connected: boolean;
    /**
     * Whether the guest OS may connect and disconnect the adapter.
     */
    allow_guest_control: boolean;
}
/**
 * {@link HardwareEthernetInfo} when `type` is `E1000E`.
 */
export interface HardwareEthernetInfoE1000E {
    /**
     * Human-readable name of the device in the VM.
     */
    label: string;
    /**
     * Emulated adapter model.
     */
    type: 'E1000E';
    upt_compatibility_enabled?: never;
    /**
     * How the MAC address is obtained.
     */
    mac_type: Open<HardwareEthernetMacAddressType>;
    /**
     * Current MAC address. Unset for `MANUAL` when none was given yet, and for `GENERATED` until the VM's first power-on after the adapter was added.
     */
    mac_address?: string;
    /**
     * PCI slot of the adapter; unset until the VM's first power-on after the adapter was added. The server replaces an invalid slot at power-on or hot add.
     */
    pci_slot_number?: number;
    /**
     * Whether network traffic may wake the guest (wake-on-LAN).
     */
    wake_on_lan_enabled: boolean;
    /**
     * Network the adapter is attached to.
     */
    backing: HardwareEthernetBackingInfo;
    /**
     * Current connection status.
     */
    state: Open<HardwareConnectionState>;
    /**
     * Whether the adapter connects each time the VM powers on.
     */
    start_connected: boolean;
    /**
     * Whether the guest OS may connect and disconnect the adapter.
     */
    allow_guest_control: boolean;
}
/**
 * {@link HardwareEthernetInfo} when `type` is `PCNET32`.
 */
export interface HardwareEthernetInfoPcnet32 {
    /**
     * Human-readable name of the device in the VM.
     */
    label: string;
    /**
     * Emulated adapter model.
     */
    type: 'PCNET32';
    upt_compatibility_enabled?: never;
    /**
     * How the MAC address is obtained.
     */
    mac_type: Open<HardwareEthernetMacAddressType>;
    /**
     * Current MAC address. Unset for `MANUAL` when none was given yet, and for `GENERATED` until the VM's first power-on after the adapter was added.
     */
    mac_address?: string;
    /**
     * PCI slot of the adapter; unset until the VM's first power-on after the adapter was added. The server replaces an invalid slot at power-on or hot add.
     */
    pci_slot_number?: number;
    /**
     * Whether network traffic may wake the guest (wake-on-LAN).
     */
    wake_on_lan_enabled: boolean;
    /**
     * Network the adapter is attached to.
     */
    backing: HardwareEthernetBackingInfo;
    /**
     * Current connection status.
     */
    state: Open<HardwareConnectionState>;
    /**
     * Whether the adapter connects each time the VM powers on.
     */
    start_connected: boolean;
    /**
     * Whether the guest OS may connect and disconnect the adapter.
     */
    allow_guest_control: boolean;
}
/**
 * {@link HardwareEthernetInfo} when `type` is `VMXNET`.
 */
export interface HardwareEthernetInfoVmxnet {
    /**
     * Human-readable name of the device in the VM.
     */
    label: string;
    /**
     * Emulated adapter model.
     */
    type: 'VMXNET';
    upt_compatibility_enabled?: never;
    /**
     * How the MAC address is obtained.
     */
    mac_type: Open<HardwareEthernetMacAddressType>;
    /**
     * Current MAC address. Unset for `MANUAL` when none was given yet, and for `GENERATED` until the VM's first power-on after the adapter was added.
     */
    mac_address?: string;
    /**
     * PCI slot of the adapter; unset until the VM's first power-on after the adapter was added. The server replaces an invalid slot at power-on or hot add.
     */
    pci_slot_number?: number;
    /**
     * Whether network traffic may wake the guest (wake-on-LAN).
     */
    wake_on_lan_enabled: boolean;
    /**
     * Network the adapter is attached to.
     */
    backing: HardwareEthernetBackingInfo;
    /**
     * Current connection status.
     */
    state: Open<HardwareConnectionState>;
    /**
     * Whether the adapter connects each time the VM powers on.
     */
    start_connected: boolean;
    /**
     * Whether the guest OS may connect and disconnect the adapter.
     */
    allow_guest_control: boolean;
}
/**
 * {@link HardwareEthernetInfo} when `type` is `VMXNET2`.
 */
export interface HardwareEthernetInfoVmxnet2 {
    /**
     * Human-readable name of the device in the VM.
     */
    label: string;
    /**
     * Emulated adapter model.
     */
    type: 'VMXNET2';
    upt_compatibility_enabled?: never;
    /**
     * How the MAC address is obtained.
     */
    mac_type: Open<HardwareEthernetMacAddressType>;
    /**
     * Current MAC address. Unset for `MANUAL` when none was given yet, and for `GENERATED` until the VM's first power-on after the adapter was added.
     */
    mac_address?: string;
    /**
     * PCI slot of the adapter; unset until the VM's first power-on after the adapter was added. The server replaces an invalid slot at power-on or hot add.
     */
    pci_slot_number?: number;
    /**
     * Whether network traffic may wake the guest (wake-on-LAN).
     */
    wake_on_lan_enabled: boolean;
    /**
     * Network the adapter is attached to.
     */
    backing: HardwareEthernetBackingInfo;
    /**
     * Current connection status.
     */
    state: Open<HardwareConnectionState>;
    /**
     * Whether the adapter connects each time the VM powers on.
     */
    start_connected: boolean;
    /**
     * Whether the guest OS may connect and disconnect the adapter.
     */
    allow_guest_control: boolean;
}
/**
 * {@link HardwareEthernetInfo} when `type` is `VMXNET3`.
 */
export interface HardwareEthernetInfoVmxnet3 {
    /**
     * Human-readable name of the device in the VM.
     */
    label: string;
    /**
     * Emulated adapter model.
     */
    type: 'VMXNET3';
    /**
     * Whether UPT compatibility is on; present only when `type` is `VMXNET3`.
     */
    upt_compatibility_enabled: boolean;
    /**
     * How the MAC address is obtained.
     */
    mac_type: Open<HardwareEthernetMacAddressType>;
    /**
     * Current MAC address. Unset for `MANUAL` when none was given yet, and for `GENERATED` until the VM's first power-on after the adapter was added.
     */
    mac_address?: string;
    /**
     * PCI slot of the adapter; unset until the VM's first power-on after the adapter was added. The server replaces an invalid slot at power-on or hot add.
     */
    pci_slot_number?: number;
    /**
     * Whether network traffic may wake the guest (wake-on-LAN).
     */
    wake_on_lan_enabled: boolean;
    /**
     * Network the adapter is attached to.
     */
    backing: HardwareEthernetBackingInfo;
    /**
     * Current connection status.
     */
    state: Open<HardwareConnectionState>;
    /**
     * Whether the adapter connects each time the VM powers on.
     */
    start_connected: boolean;
    /**
     * Whether the guest OS may connect and disconnect the adapter.
     */
    allow_guest_control: boolean;
}
/**
 * {@link HardwareEthernetInfo} with a `type` this client does not know (sent by a newer server). Use `isCase` to narrow to a known case.
 */
export interface HardwareEthernetInfoOther {
    /**
     * Human-readable name of the device in the VM.
     */
    label: string;
    /**
     * Emulated adapter model.
     */
    type: Open<HardwareEthernetEmulationType>;
    /**
     * Whether UPT compatibility is on; present only when `type` is `VMXNET3`.
     */
    upt_compatibility_enabled?: boolean;
    /**
     * How the MAC address is obtained.
     */
    mac_type: Open<HardwareEthernetMacAddressType>;
    /**
     * Current MAC address. Unset for `MANUAL` when none was given yet, and for `GENERATED` until the VM's first power-on after the adapter was added.
     */
    mac_address?: string;
    /**
     * PCI slot of the adapter; unset until the VM's first power-on after the adapter was added. The server replaces an invalid slot at power-on or hot add.
     */
    pci_slot_number?: number;
    /**
     * Whether network traffic may wake the guest (wake-on-LAN).
     */
    wake_on_lan_enabled: boolean;
    /**
     * Network the adapter is attached to.
     */
    backing: HardwareEthernetBackingInfo;
    /**
     * Current connection status.
     */
    state: Open<HardwareConnectionState>;
    /**
     * Whether the adapter connects each time the VM powers on.
     */
    start_connected: boolean;
    /**
     * Whether the guest OS may connect and disconnect the adapter.
     */
    allow_guest_control: boolean;
}
/**
 * List entry for a network adapter.
 *
 * vAPI structure `com.vmware.vcenter.vm.hardware.ethernet.summary`.
 */
export interface HardwareEthernetSummary {
    /**
     * Identifier of the adapter.
     */
    nic: EthernetId;
}
/**
 * Changes to a network adapter; unset fields stay as they are.
 *
 * vAPI structure `com.vmware.vcenter.vm.hardware.ethernet.update_spec`.
 */
export interface HardwareEthernetUpdateSpec {
    /**
     * Turn UPT compatibility on or off; leave unset unless the adapter is `VMXNET3`. Applies from the next power-on.
     */
    upt_compatibility_enabled?: boolean;
    /**
     * New way to obtain the MAC address; applies from the next power-on.
     */
    mac_type?: HardwareEthernetMacAddressType;
    /**
     * New MAC address; required when `mac_type` is `MANUAL` and not allowed otherwise. Applies from the next power-on.
     */
    mac_address?: string;
    /**
     * Turn wake-on-LAN on or off; applies from the next power-on.
     */
    wake_on_lan_enabled?: boolean;
    /**
     * New network to attach to; applies from the next power-on.
     */
    backing?: HardwareEthernetBackingSpec;
    /**
     * Whether the adapter connects each time the VM powers on.
     */
    start_connected?: boolean;
    /**
     * Whether the guest OS may connect and disconnect the adapter.
     */
    allow_guest_control?: boolean;
}
/**
 * What currently feeds a floppy drive; the fields present depend on `type`.
 *
 * vAPI structure `com.vmware.vcenter.vm.hardware.floppy.backing_info`.
 */
export type HardwareFloppyBackingInfo = HardwareFloppyBackingInfoImageFile | HardwareFloppyBackingInfoHostDevice | HardwareFloppyBackingInfoClientDevice | HardwareFloppyBackingInfoOther;
/**
 * {@link HardwareFloppyBackingInfo} when `type` is `IMAGE_FILE`.
 */
export interface HardwareFloppyBackingInfoImageFile {
    /**
     * Kind of backing.
     */
    type: 'IMAGE_FILE';
    /**
     * Path of the floppy image in use; present when `type` is `IMAGE_FILE`.
     */
    image_file: string;
    /**
     * Name of the host drive in use. Unset when `auto_detect` is on and the drive is disconnected or the host has no suitable drive.
     */
    host_device?: string;
    auto_detect?: never;
}
/**
 * {@link HardwareFloppyBackingInfo} when `type` is `HOST_DEVICE`.
 */
export interface HardwareFloppyBackingInfoHostDevice {
    /**
     * Kind of backing.
     */
    type: 'HOST_DEVICE';
    image_file?: never;
    /**
     * Name of the host drive in use. Unset when `auto_detect` is on and the drive is disconnected or the host has no suitable drive.
     */
    host_device?: string;
    /**
     * Whether the drive finds a usable host drive by itself; present when `type` is `HOST_DEVICE`.
     */
    auto_detect: boolean;
}
/**
 * {@link HardwareFloppyBackingInfo} when `type` is `CLIENT_DEVICE`.
 */
export interface HardwareFloppyBackingInfoClientDevice {
    /**
     * Kind of backing.
     */
    type: 'CLIENT_DEVICE';
    image_file?: never;
    /**
     * Name of the host drive in use. Unset when `auto_detect` is on and the drive is disconnected or the host has no suitable drive.
     */
    host_device?: string;
    auto_detect?: never;
}
/**
 * {@link HardwareFloppyBackingInfo} with a `type` this client does not know (sent by a newer server). Use `isCase` to narrow to a known case.
 */
export interface HardwareFloppyBackingInfoOther {
    /**
     * Kind of backing.
     */
    type: Open<HardwareFloppyBackingType>;
    /**
     * Path of the floppy image in use; present when `type` is `IMAGE_FILE`.
     */
    image_file?: string;
    /**
     * Name of the host drive in use. Unset when `auto_detect` is on and the drive is disconnected or the host has no suitable drive.
     */
    host_device?: string;
    /**
     * Whether the drive finds a usable host drive by itself; present when `type` is `HOST_DEVICE`.
     */
    auto_detect?: boolean;
}
/**
 * The media source to give a floppy drive; the fields that apply depend on `type`.
 *
 * vAPI structure `com.vmware.vcenter.vm.hardware.floppy.backing_spec`.
 */
export type HardwareFloppyBackingSpec = HardwareFloppyBackingSpecImageFile | HardwareFloppyBackingSpecHostDevice | HardwareFloppyBackingSpecClientDevice;
/**
 * {@link HardwareFloppyBackingSpec} when `type` is `IMAGE_FILE`.
 */
export interface HardwareFloppyBackingSpecImageFile {
    /**
     * Kind of backing to use.
     */
    type: 'IMAGE_FILE';
    /**
     * Path of the floppy image to use; required when `type` is `IMAGE_FILE`.
     */
    image_file: string;
    /**
     * Name of the host drive to use with `HOST_DEVICE`. Unset: the drive picks a usable host drive on its own.
     */
    host_device?: string;
}
/**
 * {@link HardwareFloppyBackingSpec} when `type` is `HOST_DEVICE`.
 */
export interface HardwareFloppyBackingSpecHostDevice {
    /**
     * Kind of backing to use.
     */
    type: 'HOST_DEVICE';
    image_file?: never;
    /**
     * Name of the host drive to use with `HOST_DEVICE`. Unset: the drive picks a usable host drive on its own.
     */
    host_device?: string;
}
/**
 * {@link HardwareFloppyBackingSpec} when `type` is `CLIENT_DEVICE`.
 */
export interface HardwareFloppyBackingSpecClientDevice {
    /**
     * Kind of backing to use.
     */
    type: 'CLIENT_DEVICE';
    image_file?: never;
    /**
     * Name of the host drive to use with `HOST_DEVICE`. Unset: the drive picks a usable host drive on its own.
     */
    host_device?: string;
}
/**
 * Settings for a new floppy drive; every field may be omitted.
 *
 * vAPI structure `com.vmware.vcenter.vm.hardware.floppy.create_spec`.
 */
export interface HardwareFloppyCreateSpec {
    /**
     * Media source of the drive. Unset: a host drive that the VM detects on its own.
     */
    backing?: HardwareFloppyBackingSpec;
    /**
     * Whether the drive connects each time the VM powers on. `false` when unset.
     */
    start_connected?: boolean;
    /**
     * Whether the guest OS may connect and disconnect the drive. `false` when unset.
     */
    allow_guest_control?: boolean;
}
/**
 * Configuration and state of a floppy drive.
 *
 * vAPI structure `com.vmware.vcenter.vm.hardware.floppy.info`.
 */
export interface HardwareFloppyInfo {
    /**
     * Human-readable name of the device in the VM.
     */
    label: string;
    /**
     * Media source of the drive.
     */
    backing: HardwareFloppyBackingInfo;
    /**
     * Current connection status.
     */
    state: Open<HardwareConnectionState>;
    /**
     * Whether the drive connects each time the VM powers on.
     */
    start_connected: boolean;
    /**
     * Whether the guest OS may connect and disconnect the drive.
     */
    allow_guest_control: boolean;
}
/**
 * List entry for a floppy drive.
 *
 * vAPI structure `com.vmware.vcenter.vm.hardware.floppy.summary`.
 */
export interface HardwareFloppySummary {
    /**
     * Identifier of the drive.
     */
    floppy: FloppyId;
}
/**
 * Changes to a floppy drive; unset fields stay as they are.
 *
 * vAPI structure `com.vmware.vcenter.vm.hardware.floppy.update_spec`.
 */
export interface HardwareFloppyUpdateSpec {
    /**
     * New media source. Can only change while the VM is off or the drive is disconnected.
     */
    backing?: HardwareFloppyBackingSpec;
    /**
     * Whether the drive connects each time the VM powers on.
     */
    start_connected?: boolean;
    /**
     * Whether the guest OS may connect and disconnect the drive.
     */
    allow_guest_control?: boolean;
}
/**
 * Position of a device on the virtual IDE adapters of a VM: which adapter, and master or slave.
 *
 * vAPI structure `com.vmware.vcenter.vm.hardware.ide_address_info`.
 */
export interface HardwareIdeAddressInfo {
    /**
     * `true` for the primary IDE adapter, `false` for the secondary one.
     */
    primary: boolean;
    /**
     * `true` if the device is the master on its adapter, `false` if it is the slave.
     */
    master: boolean;
}
/**
 * Requested IDE position for a new device; whatever is left unset is chosen by the server, and the call fails when no IDE slot is free.
 *
 * vAPI structure `com.vmware.vcenter.vm.hardware.ide_address_spec`.
 */
export interface HardwareIdeAddressSpec {
    /**
     * `true` to use the primary IDE adapter, `false` for the secondary. Unset: the server picks an adapter that still has a free slot.
     */
    primary?: boolean;
    /**
     * `true` to attach as master, `false` as slave. Unset: the server takes whichever position is free.
     */
    master?: boolean;
}
/**
 * Hardware version of a VM and the state of its scheduled upgrade.
 *
 * vAPI structure `com.vmware.vcenter.vm.hardware.info`.
 */
export type HardwareInfo = HardwareInfoCommon & (HardwareInfoUpgradePolicyNever | HardwareInfoUpgradePolicyAfterCleanShutdown | HardwareInfoUpgradePolicyAlways | HardwareInfoUpgradePolicyOther) & (HardwareInfoUpgradeStatusNone | HardwareInfoUpgradeStatusPending | HardwareInfoUpgradeStatusSuccess | HardwareInfoUpgradeStatusFailed | HardwareInfoUpgradeStatusOther);
/**
 * Fields of {@link HardwareInfo} outside its tagged unions.
 */
export interface HardwareInfoCommon {
    /**
     * Current virtual hardware version.
     */
    version: Open<HardwareVersion>;
}
/**
 * {@link HardwareInfo} when `upgrade_policy` is `NEVER`.
 */
export interface HardwareInfoUpgradePolicyNever {
    /**
     * Whether and when a scheduled upgrade runs.
     */
    upgrade_policy: 'NEVER';
    upgrade_version?: never;
}
/**
 * {@link HardwareInfo} when `upgrade_policy` is `AFTER_CLEAN_SHUTDOWN`.
 */
export interface HardwareInfoUpgradePolicyAfterCleanShutdown {
    /**
     * Whether and when a scheduled upgrade runs.
     */
    upgrade_policy: 'AFTER_CLEAN_SHUTDOWN';
    /**
     * Version the scheduled upgrade will move to; present only when `upgrade_policy` is `AFTER_CLEAN_SHUTDOWN` or `ALWAYS`.
     */
    upgrade_version: Open<HardwareVersion>;
}
/**
 * {@link HardwareInfo} when `upgrade_policy` is `ALWAYS`.
 */
export interface HardwareInfoUpgradePolicyAlways {
    /**
     * Whether and when a scheduled upgrade runs.
     */
    upgrade_policy: 'ALWAYS';
    /**
     * Version the scheduled upgrade will move to; present only when `upgrade_policy` is `AFTER_CLEAN_SHUTDOWN` or `ALWAYS`.
     */
    upgrade_version: Open<HardwareVersion>;
}
/**
 * {@link HardwareInfo} with a `upgrade_policy` this client does not know (sent by a newer server). Use `isCase` to narrow to a known case.
 */
export interface HardwareInfoUpgradePolicyOther {
    /**
     * Whether and when a scheduled upgrade runs.
     */
    upgrade_policy: Open<HardwareUpgradePolicy>;
    /**
     * Version the scheduled upgrade will move to; present only when `upgrade_policy` is `AFTER_CLEAN_SHUTDOWN` or `ALWAYS`.
     */
    upgrade_version?: Open<HardwareVersion>;
}
/**
 * {@link HardwareInfo} when `upgrade_status` is `NONE`.
 */
export interface HardwareInfoUpgradeStatusNone {
    /**
     * Outcome of the most recent scheduled upgrade.
     */
    upgrade_status: 'NONE';
    upgrade_error?: never;
}
/**
 * {@link HardwareInfo} when `upgrade_status` is `PENDING`.
 */
export interface HardwareInfoUpgradeStatusPending {
    /**
     * Outcome of the most recent scheduled upgrade.
     */
    upgrade_status: 'PENDING';
    upgrade_error?: never;
}
/**
 * {@link HardwareInfo} when `upgrade_status` is `SUCCESS`.
 */
export interface HardwareInfoUpgradeStatusSuccess {
    /**
     * Outcome of the most recent scheduled upgrade.
     */
    upgrade_status: 'SUCCESS';
    upgrade_error?: never;
}
/**
 * {@link HardwareInfo} when `upgrade_status` is `FAILED`.
 */
export interface HardwareInfoUpgradeStatusFailed {
    /**
     * Outcome of the most recent scheduled upgrade.
     */
    upgrade_status: 'FAILED';
    /**
     * Why the last scheduled upgrade went wrong; present only when `upgrade_status` is `FAILED`.
     */
    upgrade_error: string;
}
/**
 * {@link HardwareInfo} with a `upgrade_status` this client does not know (sent by a newer server). Use `isCase` to narrow to a known case.
 */
export interface HardwareInfoUpgradeStatusOther {
    /**
     * Outcome of the most recent scheduled upgrade.
     */
    upgrade_status: Open<HardwareUpgradeStatus>;
    /**
     * Why the last scheduled upgrade went wrong; present only when `upgrade_status` is `FAILED`.
     */
    upgrade_error?: string;
}
/**
 * Memory configuration of a VM.
 *
 * vAPI structure `com.vmware.vcenter.vm.hardware.memory.info`.
 */
export interface HardwareMemoryInfo {
    /**
     * Configured memory in MiB.
     */
    size_MiB: number;
    /**
     * Whether memory can be added while the VM runs. Some guest systems use more resources or run slower when this capability is on.
     */
    hot_add_enabled: boolean;
    /**
     * Step in MiB for adding memory at run time: each addition is at least this much and the resulting total must be a multiple of it. Set only while the VM runs with hot add enabled.
     */
    hot_add_increment_size_MiB?: number;
    /**
     * Upper bound in MiB for memory added at run time. Set only while the VM runs with hot add enabled.
     */
    hot_add_limit_MiB?: number;
}
/**
 * Memory settings to change; unset fields keep their value.
 *
 * vAPI structure `com.vmware.vcenter.vm.hardware.memory.update_spec`.
 */
export interface HardwareMemoryUpdateSpec {
    /**
     * New memory size in MiB, within the range the guest OS and hardware version allow. On a running VM it needs `hot_add_enabled` and must fit the `hot_add_limit_MiB` and `hot_add_increment_size_MiB` that `get` reports. Unset keeps the size.
     */
    size_MiB?: number;
    /**
     * Allow or forbid adding memory at run time; changeable only while the VM is powered off. Unset keeps it.
     */
    hot_add_enabled?: boolean;
}
/**
 * Position of a device on a virtual NVMe adapter.
 *
 * vAPI structure `com.vmware.vcenter.vm.hardware.nvme_address_info`.
 */
export interface HardwareNvmeAddressInfo {
    /**
     * Bus number of the NVMe adapter holding the device.
     */
    bus: number;
    /**
     * Unit number of the device on that adapter.
     */
    unit: number;
}
/**
 * Requested position for a new device on a virtual NVMe adapter.
 *
 * vAPI structure `com.vmware.vcenter.vm.hardware.nvme_address_spec`.
 */
export interface HardwareNvmeAddressSpec {
    /**
     * Bus number of the NVMe adapter to attach to; the adapter must exist.
     */
    bus: number;
    /**
     * Unit number on that adapter. Unset: the server picks a free unit, and the call fails if the adapter is full.
     */
    unit?: number;
}
/**
 * What a parallel port is currently wired to; the fields present depend on `type`.
 *
 * vAPI structure `com.vmware.vcenter.vm.hardware.parallel.backing_info`.
 */
export type HardwareParallelBackingInfo = HardwareParallelBackingInfoFile | HardwareParallelBackingInfoHostDevice | HardwareParallelBackingInfoOther;
/**
 * {@link HardwareParallelBackingInfo} when `type` is `FILE`.
 */
export interface HardwareParallelBackingInfoFile {
    /**
     * Kind of backing.
     */
    type: 'FILE';
    /**
     * Path of the file receiving the port's output; present when `type` is `FILE`.
     */
    file: string;
    /**
     * Name of the host port in use. Unset when `auto_detect` is on and the port is disconnected or the host has no suitable port.
     */
    host_device?: string;
    auto_detect?: never;
}
/**
 * {@link HardwareParallelBackingInfo} when `type` is `HOST_DEVICE`.
 */
export interface HardwareParallelBackingInfoHostDevice {
    /**
     * Kind of backing.
     */
    type: 'HOST_DEVICE';
    file?: never;
    /**
     * Name of the host port in use. Unset when `auto_detect` is on and the port is disconnected or the host has no suitable port.
     */
    host_device?: string;
    /**
     * Whether the port finds a usable host port by itself; present when `type` is `HOST_DEVICE`.
     */
    auto_detect: boolean;
}
/**
 * {@link HardwareParallelBackingInfo} with a `type` this client does not know (sent by a newer server). Use `isCase` to narrow to a known case.
 */
export interface HardwareParallelBackingInfoOther {
    /**
     * Kind of backing.
     */
    type: Open<HardwareParallelBackingType>;
    /**
     * Path of the file receiving the port's output; present when `type` is `FILE`.
     */
    file?: string;
    /**
     * Name of the host port in use. Unset when `auto_detect` is on and the port is disconnected or the host has no suitable port.
     */
    host_device?: string;
    /**
     * Whether the port finds a usable host port by itself; present when `type` is `HOST_DEVICE`.
     */
    auto_detect?: boolean;
}
/**
 * What to wire a parallel port to; the fields that apply depend on `type`.
 *
 * vAPI structure `com.vmware.vcenter.vm.hardware.parallel.backing_spec`.
 */
export type HardwareParallelBackingSpec = HardwareParallelBackingSpecFile | HardwareParallelBackingSpecHostDevice;
/**
 * {@link HardwareParallelBackingSpec} when `type` is `FILE`.
 */
export interface HardwareParallelBackingSpecFile {
    /**
     * Kind of backing to use.
     */
    type: 'FILE';
    /**
     * Path of the file to receive the port's output; required when `type` is `FILE`.
     */
    file: string;
    /**
     * Name of the host port to use with `HOST_DEVICE`. Unset: the VM picks a usable host port on its own.
     */
    host_device?: string;
}
/**
 * {@link HardwareParallelBackingSpec} when `type` is `HOST_DEVICE`.
 */
export interface HardwareParallelBackingSpecHostDevice {
    /**
     * Kind of backing to use.
     */
    type: 'HOST_DEVICE';
    file?: never;
    /**
     * Name of the host port to use with `HOST_DEVICE`. Unset: the VM picks a usable host port on its own.
     */
    host_device?: string;
}
/**
 * Settings for a new parallel port; every field may be omitted.
 *
 * vAPI structure `com.vmware.vcenter.vm.hardware.parallel.create_spec`.
 */
export interface HardwareParallelCreateSpec {
    /**
     * What the port is wired to. Unset: a host port that the VM detects on its own.
     */
    backing?: HardwareParallelBackingSpec;
    /**
     * Whether the port connects each time the VM powers on. `false` when unset.
     */
    start_connected?: boolean;
    /**
     * Whether the guest OS may connect and disconnect the port. `false` when unset.
     */
    allow_guest_control?: boolean;
}
/**
 * Configuration and state of a parallel port.
 *
 * vAPI structure `com.vmware.vcenter.vm.hardware.parallel.info`.
 */
export interface HardwareParallelInfo {
    /**
     * Human-readable name of the device in the VM.
     */
    label: string;
    /**
     * What the port is wired to.
     */
    backing: HardwareParallelBackingInfo;
    /**
     * Current connection status.
     */
    state: Open<HardwareConnectionState>;
    /**
     * Whether the port connects each time the VM powers on.
     */
    start_connected: boolean;
    /**
     * Whether the guest OS may connect and disconnect the port.
     */
    allow_guest_control: boolean;
}
/**
 * List entry for a parallel port.
 *
 * vAPI structure `com.vmware.vcenter.vm.hardware.parallel.summary`.
 */
export interface HardwareParallelSummary {
    /**
     * Identifier of the port.
     */
    port: ParallelPortId;
}
/**
 * Changes to a parallel port; unset fields stay as they are.
 *
 * vAPI structure `com.vmware.vcenter.vm.hardware.parallel.update_spec`.
 */
export interface HardwareParallelUpdateSpec {
    /**
     * New backing. Can only change while the VM is off or the port is disconnected.
     */
    backing?: HardwareParallelBackingSpec;
    /**
     * Whether the port connects each time the VM powers on.
     */
    start_connected?: boolean;
    /**
     * Whether the guest OS may connect and disconnect the port.
     */
    allow_guest_control?: boolean;
}
/**
 * Position of a device on a virtual SATA adapter.
 *
 * vAPI structure `com.vmware.vcenter.vm.hardware.sata_address_info`.
 */
export interface HardwareSataAddressInfo {
    /**
     * Bus number of the SATA adapter holding the device.
     */
    bus: number;
    /**
     * Unit number of the device on that adapter.
     */
    unit: number;
}
/**
 * Requested position for a new device on a virtual SATA adapter.
 *
 * vAPI structure `com.vmware.vcenter.vm.hardware.sata_address_spec`.
 */
export interface HardwareSataAddressSpec {
    /**
     * Bus number of the SATA adapter to attach to; the adapter must exist.
     */
    bus: number;
    /**
     * Unit number on that adapter. Unset: the server picks a free unit, and the call fails if the adapter is full.
     */
    unit?: number;
}
/**
 * Position of a device on a virtual SCSI adapter.
 *
 * vAPI structure `com.vmware.vcenter.vm.hardware.scsi_address_info`.
 */
export interface HardwareScsiAddressInfo {
    /**
     * Bus number of the SCSI adapter holding the device.
     */
    bus: number;
    /**
     * Unit number of the device on that adapter.
     */
    unit: number;
}
/**
 * Requested position for a new device on a virtual SCSI adapter.
 *
 * vAPI structure `com.vmware.vcenter.vm.hardware.scsi_address_spec`.
 */
export interface HardwareScsiAddressSpec {
    /**
     * Bus number of the SCSI adapter to attach to; the adapter must exist.
     */
    bus: number;
    /**
     * Unit number on that adapter. Unset: the server picks a free unit, and the call fails if the adapter is full.
     */
    unit?: number;
}
/**
 * What a serial port is currently wired to; the fields present depend on `type`.
 *
 * vAPI structure `com.vmware.vcenter.vm.hardware.serial.backing_info`.
 */
export type HardwareSerialBackingInfo = HardwareSerialBackingInfoFile | HardwareSerialBackingInfoHostDevice | HardwareSerialBackingInfoPipeServer | HardwareSerialBackingInfoPipeClient | HardwareSerialBackingInfoNetworkServer | HardwareSerialBackingInfoNetworkClient | HardwareSerialBackingInfoOther;
/**
 * {@link HardwareSerialBackingInfo} when `type` is `FILE`.
 */
export interface HardwareSerialBackingInfoFile {
    /**
     * Kind of backing.
     */
    type: 'FILE';
    /**
     * Path of the file receiving the port's output; present when `type` is `FILE`.
     */
    file: string;
    /**
     * Name of the host port in use. Unset when `auto_detect` is on and the port is disconnected or the host has no suitable port.
     */
    host_device?: string;
    auto_detect?: never;
    pipe?: never;
    no_rx_loss?: never;
    network_location?: never;
    /**
     * URI of a proxy, such as a virtual serial port concentrator, that the VM connects to and sends its network traffic through. Unset: no proxy.
     */
    proxy?: string;
}
/**
 * {@link HardwareSerialBackingInfo} when `type` is `HOST_DEVICE`.
 */
export interface HardwareSerialBackingInfoHostDevice {
    /**
     * Kind of backing.
     */
    type: 'HOST_DEVICE';
    file?: never;
    /**
     * Name of the host port in use. Unset when `auto_detect` is on and the port is disconnected or the host has no suitable port.
     */
    host_device?: string;
    /**
     * Whether the port finds a usable host port by itself; present when `type` is `HOST_DEVICE`.
     */
    auto_detect: boolean;
    pipe?: never;
    no_rx_loss?: never;
    network_location?: never;
    /**
     * URI of a proxy, such as a virtual serial port concentrator, that the VM connects to and sends its network traffic through. Unset: no proxy.
     */
    proxy?: string;
}
/**
 * {@link HardwareSerialBackingInfo} when `type` is `PIPE_SERVER`.
 */
export interface HardwareSerialBackingInfoPipeServer {
    /**
     * Kind of backing.
     */
    type: 'PIPE_SERVER';
    file?: never;
    /**
     * Name of the host port in use. Unset when `auto_detect` is on and the port is disconnected or the host has no suitable port.
     */
    host_device?: string;
    auto_detect?: never;
    /**
     * Name of the named pipe; present when `type` is `PIPE_SERVER` or `PIPE_CLIENT`.
     */
    pipe: string;
    /**
     * Whether the host buffers pipe traffic so the VM reads every byte without overruns; present when `type` is `PIPE_SERVER` or `PIPE_CLIENT`.
     */
    no_rx_loss: boolean;
    network_location?: never;
    /**
     * URI of a proxy, such as a virtual serial port concentrator, that the VM connects to and sends its network traffic through. Unset: no proxy.
     */
    proxy?: string;
}
/**
 * {@link HardwareSerialBackingInfo} when `type` is `PIPE_CLIENT`.
 */
export interface HardwareSerialBackingInfoPipeClient {
    /**
     * Kind of backing.
     */
    type: 'PIPE_CLIENT';
    file?: never;
    /**
     * Name of the host port in use. Unset when `auto_detect` is on and the port is disconnected or the host has no suitable port.
     */
    host_device?: string;
    auto_detect?: never;
    /**
     * Name of the named pipe; present when `type` is `PIPE_SERVER` or `PIPE_CLIENT`.
     */
    pipe: string;
    /**
     * Whether the host buffers pipe traffic so the VM reads every byte without overruns; present when `type` is `PIPE_SERVER` or `PIPE_CLIENT`.
     */
    no_rx_loss: boolean;
    network_location?: never;
    /**
     * URI of a proxy, such as a virtual serial port concentrator, that the VM connects to and sends its network traffic through. Unset: no proxy.
     */
    proxy?: string;
}
/**
 * {@link HardwareSerialBackingInfo} when `type` is `NETWORK_SERVER`.
 */
export interface HardwareSerialBackingInfoNetworkServer {
    /**
     * Kind of backing.
     */
    type: 'NETWORK_SERVER';
    file?: never;
    /**
     * Name of the host port in use. Unset when `auto_detect` is on and the port is disconnected or the host has no suitable port.
     */
    host_device?: string;
    auto_detect?: never;
    pipe?: never;
    no_rx_loss?: never;
    /**
     * URI of the network endpoint; present when `type` is `NETWORK_SERVER` (where remote clients connect; host part empty or the address of the VM's host) or `NETWORK_CLIENT` (the remote server the VM dials).
     */
    network_location: string;
    /**
     * URI of a proxy, such as a virtual serial port concentrator, that the VM connects to and sends its network traffic through. Unset: no proxy.
     */
    proxy?: string;
}
/**
 * {@link HardwareSerialBackingInfo} when `type` is `NETWORK_CLIENT`.
 */
export interface HardwareSerialBackingInfoNetworkClient {
    /**
     * Kind of backing.
     */
    type: 'NETWORK_CLIENT';
    file?: never;
    /**
     * Name of the host port in use. Unset when `auto_detect` is on and the port is disconnected or the host has no suitable port.
     */
    host_device?: string;
    auto_detect?: never;
    pipe?: never;
    no_rx_loss?: never;
    /**
     * URI of the network endpoint; present when `type` is `NETWORK_SERVER` (where remote clients connect; host part empty or the address of the VM's host) or `NETWORK_CLIENT` (the remote server the VM dials).
     */
    network_location: string;
    /**
     * URI of a proxy, such as a virtual serial port concentrator, that the VM connects to and sends its network traffic through. Unset: no proxy.
     */
    proxy?: string;
}
/**
 * {@link HardwareSerialBackingInfo} with a `type` this client does not know (sent by a newer server). Use `isCase` to narrow to a known case.
 */
export interface HardwareSerialBackingInfoOther {
    /**
     * Kind of backing.
     */
    type: Open<HardwareSerialBackingType>;
    /**
     * Path of the file receiving the port's output; present when `type` is `FILE`.
     */
    file?: string;
    /**
     * Name of the host port in use. Unset when `auto_detect` is on and the port is disconnected or the host has no suitable port.
     */
    host_device?: string;
    /**
     * Whether the port finds a usable host port by itself; present when `type` is `HOST_DEVICE`.
     */
    auto_detect?: boolean;
    /**
     * Name of the named pipe; present when `type` is `PIPE_SERVER` or `PIPE_CLIENT`.
     */
    pipe?: string;
    /**
     * Whether the host buffers pipe traffic so the VM reads every byte without overruns; present when `type` is `PIPE_SERVER` or `PIPE_CLIENT`.
     */
    no_rx_loss?: boolean;
    /**
     * URI of the network endpoint; present when `type` is `NETWORK_SERVER` (where remote clients connect; host part empty or the address of the VM's host) or `NETWORK_CLIENT` (the remote server the VM dials).
     */
    network_location?: string;
    /**
     * URI of a proxy, such as a virtual serial port concentrator, that the VM connects to and sends its network traffic through. Unset: no proxy.
     */
    proxy?: string;
}
/**
 * What to wire a serial port to; the fields that apply depend on `type`.
 *
 * vAPI structure `com.vmware.vcenter.vm.hardware.serial.backing_spec`.
 */
export type HardwareSerialBackingSpec = HardwareSerialBackingSpecFile | HardwareSerialBackingSpecHostDevice | HardwareSerialBackingSpecPipeServer | HardwareSerialBackingSpecPipeClient | HardwareSerialBackingSpecNetworkServer | HardwareSerialBackingSpecNetworkClient;
/**
 * {@link HardwareSerialBackingSpec} when `type` is `FILE`.
 */
export interface HardwareSerialBackingSpecFile {
    /**
     * Kind of backing to use.
     */
    type: 'FILE';
    /**
     * Path of the file to receive the port's output; required when `type` is `FILE`.
     */
    file: string;
    /**
     * Name of the host port to use with `HOST_DEVICE`. Unset: the VM picks a usable host port on its own.
     */
    host_device?: string;
    pipe?: never;
    /**
     * For pipe backings, whether the host buffers traffic so the VM reads every byte without overruns. `false` when unset.
     */
    no_rx_loss?: boolean;
    network_location?: never;
    /**
     * URI of a proxy, such as a virtual serial port concentrator, that the VM connects to and sends its network traffic through. Unset: no proxy.
     */
    proxy?: string;
}
/**
 * {@link HardwareSerialBackingSpec} when `type` is `HOST_DEVICE`.
 */
export interface HardwareSerialBackingSpecHostDevice {
    /**
     * Kind of backing to use.
     */
    type: 'HOST_DEVICE';
    file?: never;
    /**
     * Name of the host port to use with `HOST_DEVICE`. Unset: the VM picks a usable host port on its own.
     */
    host_device?: string;
    pipe?: never;
    /**
     * For pipe backings, whether the host buffers traffic so the VM reads every byte without overruns. `false` when unset.
     */
    no_rx_loss?: boolean;
    network_location?: never;
    /**
     * URI of a proxy, such as a virtual serial port concentrator, that the VM connects to and sends its network traffic through. Unset: no proxy.
     */
    proxy?: string;
}
/**
 * {@link HardwareSerialBackingSpec} when `type` is `PIPE_SERVER`.
 */
export interface HardwareSerialBackingSpecPipeServer {
    /**
     * Kind of backing to use.
     */
    type: 'PIPE_SERVER';
    file?: never;
    /**
     * Name of the host port to use with `HOST_DEVICE`. Unset: the VM picks a usable host port on its own.
     */
    host_device?: string;
    /**
     * Name of the named pipe; required when `type` is `PIPE_SERVER` or `PIPE_CLIENT`.
     */
    pipe: string;
    /**
     * For pipe backings, whether the host buffers traffic so the VM reads every byte without overruns. `false` when unset.
     */
    no_rx_loss?: boolean;
    network_location?: never;
    /**
     * URI of a proxy, such as a virtual serial port concentrator, that the VM connects to and sends its network traffic through. Unset: no proxy.
     */
    proxy?: string;
}
/**
 * {@link HardwareSerialBackingSpec} when `type` is `PIPE_CLIENT`.
 */
export interface HardwareSerialBackingSpecPipeClient {
    /**
     * Kind of backing to use.
     */
    type: 'PIPE_CLIENT';
    file?: never;
    /**
     * Name of the host port to use with `HOST_DEVICE`. Unset: the VM picks a usable host port on its own.
     */
    host_device?: string;
    /**
     * Name of the named pipe; required when `type` is `PIPE_SERVER` or `PIPE_CLIENT`.
     */
    pipe: string;
    /**
     * For pipe backings, whether the host buffers traffic so the VM reads every byte without overruns. `false` when unset.
     */
    no_rx_loss?: boolean;
    network_location?: never;
    /**
     * URI of a proxy, such as a virtual serial port concentrator, that the VM connects to and sends its network traffic through. Unset: no proxy.
     */
    proxy?: string;
}
/**
 * {@link HardwareSerialBackingSpec} when `type` is `NETWORK_SERVER`.
 */
export interface HardwareSerialBackingSpecNetworkServer {
    /**
     * Kind of backing to use.
     */
    type: 'NETWORK_SERVER';
    file?: never;
    /**
     * Name of the host port to use with `HOST_DEVICE`. Unset: the VM picks a usable host port on its own.
     */
    host_device?: string;
    pipe?: never;
    /**
     * For pipe backings, whether the host buffers traffic so the VM reads every byte without overruns. `false` when unset.
     */
    no_rx_loss?: boolean;
    /**
     * URI of the network endpoint; required when `type` is `NETWORK_SERVER` (where remote clients connect; leave the host part empty or give the address of the VM's host) or `NETWORK_CLIENT` (the remote server the VM dials).
     */
    network_location: string;
    /**
     * URI of a proxy, such as a virtual serial port concentrator, that the VM connects to and sends its network traffic through. Unset: no proxy.
     */
    proxy?: string;
}
/**
 * {@link HardwareSerialBackingSpec} when `type` is `NETWORK_CLIENT`.
 */
export interface HardwareSerialBackingSpecNetworkClient {
    /**
     * Kind of backing to use.
     */
    type: 'NETWORK_CLIENT';
    file?: never;
    /**
     * Name of the host port to use with `HOST_DEVICE`. Unset: the VM picks a usable host port on its own.
     */
    host_device?: string;
    pipe?: never;
    /**
     * For pipe backings, whether the host buffers traffic so the VM reads every byte without overruns. `false` when unset.
     */
    no_rx_loss?: boolean;
    /**
     * URI of the network endpoint; required when `type` is `NETWORK_SERVER` (where remote clients connect; leave the host part empty or give the address of the VM's host) or `NETWORK_CLIENT` (the remote server the VM dials).
     */
    network_location: string;
    /**
     * URI of a proxy, such as a virtual serial port concentrator, that the VM connects to and sends its network traffic through. Unset: no proxy.
     */
    proxy?: string;
}
/**
 * Settings for a new serial port; every field may be omitted.
 *
 * vAPI structure `com.vmware.vcenter.vm.hardware.serial.create_spec`.
 */
export interface HardwareSerialCreateSpec {
    /**
     * Whether the VM hands the CPU back now and then while it does nothing but poll this port. `false` when unset.
     */
    yield_on_poll?: boolean;
    /**
     * What the port is wired to. Unset: a host port that the VM detects on its own.
     */
    backing?: HardwareSerialBackingSpec;
    /**
     * Whether the port connects each time the VM powers on. `false` when unset.
     */
    start_connected?: boolean;
    /**
     * Whether the guest OS may connect and disconnect the port. `false` when unset.
     */
    allow_guest_control?: boolean;
}
/**
 * Configuration and state of a serial port.
 *
 * vAPI structure `com.vmware.vcenter.vm.hardware.serial.info`.
 */
export interface HardwareSerialInfo {
    /**
     * Human-readable name of the device in the VM.
     */
    label: string;
    /**
     * Whether the VM hands the CPU back now and then while it does nothing but poll this port; how soon it gets the CPU again depends on the load of the host.
     */
    yield_on_poll: boolean;
    /**
     * What the port is wired to.
     */
    backing: HardwareSerialBackingInfo;
    /**
     * Current connection status.
     */
    state: Open<HardwareConnectionState>;
    /**
     * Whether the port connects each time the VM powers on.
     */
    start_connected: boolean;
    /**
     * Whether the guest OS may connect and disconnect the port.
     */
    allow_guest_control: boolean;
}
/**
 * List entry for a serial port.
 *
 * vAPI structure `com.vmware.vcenter.vm.hardware.serial.summary`.
 */
export interface HardwareSerialSummary {
    /**
     * Identifier of the port.
     */
    port: SerialPortId;
}
/**
 * Changes to a serial port; unset fields stay as they are.
 *
 * vAPI structure `com.vmware.vcenter.vm.hardware.serial.update_spec`.
 */
export interface HardwareSerialUpdateSpec {
    /**
     * Whether the VM hands the CPU back while only polling this port. Changeable at any time; on a connected port the change applies at once.
     */
    yield_on_poll?: boolean;
    /**
     * New backing. Can only change while the VM is off or the port is disconnected.
     */
    backing?: HardwareSerialBackingSpec;
    /**
     * Whether the port connects each time the VM powers on.
     */
    start_connected?: boolean;
    /**
     * Whether the guest OS may connect and disconnect the port.
     */
    allow_guest_control?: boolean;
}
/**
 * Changes to the scheduled hardware upgrade; unset fields keep their value.
 *
 * vAPI structure `com.vmware.vcenter.vm.hardware.update_spec`.
 */
export interface HardwareUpdateSpec {
    /**
     * New upgrade policy. Choosing `NEVER` also clears the scheduled `upgrade_version`. Unset keeps the current policy.
     */
    upgrade_policy?: HardwareUpgradePolicy;
    /**
     * Version the scheduled upgrade should reach; it must be newer than the current `version`. Leave it unset with policy `NEVER`; with another policy, unset means the newest version the server supports.
     */
    upgrade_version?: HardwareVersion;
}
/**
 * The library item a VM was checked out from.
 *
 * vAPI structure `com.vmware.vcenter.vm.library_item.check_out_info`.
 */
export interface LibraryItemCheckOutInfo {
    /**
     * The content library item (a VM template) this VM was checked out from.
     */
    library_item: ItemId;
}
/**
 * Content library link of a VM.
 *
 * vAPI structure `com.vmware.vcenter.vm.library_item.info`.
 */
export interface LibraryItemInfo {
    /**
     * Set when the VM is a check-out of a library item; unset otherwise.
     */
    check_out?: LibraryItemCheckOutInfo;
}
/**
 * Current power state of a VM.
 *
 * vAPI structure `com.vmware.vcenter.vm.power.info`.
 */
export type PowerInfo = PowerInfoPoweredOff | PowerInfoPoweredOn | PowerInfoSuspended | PowerInfoOther;
/**
 * {@link PowerInfo} when `state` is `POWERED_OFF`.
 */
export interface PowerInfoPoweredOff {
    /**
     * Whether the VM is off, on or suspended.
     */
    state: 'POWERED_OFF';
    /**
     * Present only with `POWERED_OFF`: true if the VM was shut down in an orderly way; false hints that it crashed and may need to be started again.
     */
    clean_power_off: boolean;
}
/**
 * {@link PowerInfo} when `state` is `POWERED_ON`.
 */
export interface PowerInfoPoweredOn {
    /**
     * Whether the VM is off, on or suspended.
     */
    state: 'POWERED_ON';
    clean_power_off?: never;
}
/**
 * {@link PowerInfo} when `state` is `SUSPENDED`.
 */
export interface PowerInfoSuspended {
    /**
     * Whether the VM is off, on or suspended.
     */
    state: 'SUSPENDED';
    clean_power_off?: never;
}
/**
 * {@link PowerInfo} with a `state` this client does not know (sent by a newer server). Use `isCase` to narrow to a known case.
 */
export interface PowerInfoOther {
    /**
     * Whether the VM is off, on or suspended.
     */
    state: Open<PowerState>;
    /**
     * Present only with `POWERED_OFF`: true if the VM was shut down in an orderly way; false hints that it crashed and may need to be started again.
     */
    clean_power_off?: boolean;
}
/**
 * Selects the parts of a VM a compliance check covers.
 *
 * vAPI structure `com.vmware.vcenter.vm.storage.policy.compliance.check_spec`.
 */
export interface StoragePolicyComplianceCheckSpec {
    /**
     * True to include the VM home in the check.
     */
    vm_home: boolean;
    /**
     * Virtual disks to check; unset or empty means every disk that has a policy.
     */
    disks?: DiskId[];
}
/**
 * Storage policy compliance of a VM, overall and per part.
 *
 * vAPI structure `com.vmware.vcenter.vm.storage.policy.compliance.info`.
 */
export interface StoragePolicyComplianceInfo {
    /**
     * Combined status of the VM home and all its disks.
     */
    overall_compliance: Open<StoragePolicyComplianceStatus>;
    /**
     * Result for the VM home; unset when the home has no policy.
     */
    vm_home?: StoragePolicyComplianceVmComplianceInfo;
    /**
     * Result for each disk that has a policy, keyed by disk id.
     */
    disks: Record<string, StoragePolicyComplianceVmComplianceInfo>;
}
/**
 * Compliance result for the VM home or for one virtual disk.
 *
 * vAPI structure `com.vmware.vcenter.vm.storage.policy.compliance.vm_compliance_info`.
 */
export interface StoragePolicyComplianceVmComplianceInfo {
    /**
     * Compliance state found.
     */
    status: Open<StoragePolicyComplianceStatus>;
    /**
     * When compliance was last computed.
     */
    check_time: DateTime;
    /**
     * Policy the part was checked against; unset when SPBM could not find out which policy applies, in which case `failure_cause` says why.
     */
    policy?: StoragePolicyId;
    /**
     * Reasons the check could not be completed, possibly one per storage provider involved; empty when the check worked.
     */
    failure_cause: VapiStdLocalizableMessage[];
}
/**
 * How to choose the storage policy of one virtual disk.
 *
 * vAPI structure `com.vmware.vcenter.vm.storage.policy.disk_policy_spec`.
 */
export type StoragePolicyDiskPolicySpec = StoragePolicyDiskPolicySpecUseSpecifiedPolicy | StoragePolicyDiskPolicySpecUseDefaultPolicy;
/**
 * {@link StoragePolicyDiskPolicySpec} when `type` is `USE_SPECIFIED_POLICY`.
 */
export interface StoragePolicyDiskPolicySpecUseSpecifiedPolicy {
    /**
     * Whether to give a policy explicitly or take the datastore default.
     */
    type: 'USE_SPECIFIED_POLICY';
    /**
     * Only with `USE_SPECIFIED_POLICY`, where it is required: the storage policy to assign.
     */
    policy: StoragePolicyId;
}
/**
 * {@link StoragePolicyDiskPolicySpec} when `type` is `USE_DEFAULT_POLICY`.
 */
export interface StoragePolicyDiskPolicySpecUseDefaultPolicy {
    /**
     * Whether to give a policy explicitly or take the datastore default.
     */
    type: 'USE_DEFAULT_POLICY';
    policy?: never;
}
/**
 * Storage policies currently assigned to a VM.
 *
 * vAPI structure `com.vmware.vcenter.vm.storage.policy.info`.
 */
export interface StoragePolicyInfo {
    /**
     * Policy of the VM home (configuration files); unset when it has none.
     */
    vm_home?: StoragePolicyId;
    /**
     * Policy of each virtual disk, keyed by disk id; empty when the VM has no disks or no disk has a policy.
     */
    disks: Record<string, StoragePolicyId>;
}
/**
 * Storage policy changes for a VM; unset parts are left as they are.
 *
 * vAPI structure `com.vmware.vcenter.vm.storage.policy.update_spec`.
 */
export interface StoragePolicyUpdateSpec {
    /**
     * New policy choice for the VM home; unset keeps the current one.
     */
    vm_home?: StoragePolicyVmHomePolicySpec;
    /**
     * New policy choice per virtual disk, keyed by disk id; unset keeps the current ones.
     */
    disks?: Record<string, StoragePolicyDiskPolicySpec>;
}
/**
 * How to choose the storage policy of the VM home (its configuration files).
 *
 * vAPI structure `com.vmware.vcenter.vm.storage.policy.vm_home_policy_spec`.
 */
export type StoragePolicyVmHomePolicySpec = StoragePolicyVmHomePolicySpecUseSpecifiedPolicy | StoragePolicyVmHomePolicySpecUseDefaultPolicy;
/**
 * {@link StoragePolicyVmHomePolicySpec} when `type` is `USE_SPECIFIED_POLICY`.
 */
export interface StoragePolicyVmHomePolicySpecUseSpecifiedPolicy {
    /**
     * Whether to give a policy explicitly or take the datastore default.
     */
    type: 'USE_SPECIFIED_POLICY';
    /**
     * Only with `USE_SPECIFIED_POLICY`, where it is required: the storage policy to assign.
     */
    policy: StoragePolicyId;
}
/**
 * {@link StoragePolicyVmHomePolicySpec} when `type` is `USE_DEFAULT_POLICY`.
 */
export interface StoragePolicyVmHomePolicySpecUseDefaultPolicy {
    /**
     * Whether to give a policy explicitly or take the datastore default.
     */
    type: 'USE_DEFAULT_POLICY';
    policy?: never;
}
/**
 * VMware Tools state of a VM.
 *
 * vAPI structure `com.vmware.vcenter.vm.tools.info`.
 */
export interface ToolsInfo {
    /**
     * Whether the VM can have Tools upgraded automatically (upgrade policy `UPGRADE_AT_POWER_CYCLE`).
     */
    auto_update_supported: boolean;
    /**
     * How many Tools installs or upgrades have been tried; unset when none has been.
     */
    install_attempt_count?: number;
    /**
     * Why the latest install or upgrade attempt failed; unset when it succeeded.
     */
    error?: string;
    /**
     * Installed Tools version packed into one integer n: major = n >> 10, minor = (n >> 5) & 31, revision = n & 31. Unset when Tools is not installed.
     */
    version_number?: number;
    /**
     * Installed Tools version for display only, not meant to be parsed; unset when Tools is not installed.
     */
    version?: string;
    /**
     * When Tools gets upgraded on this VM.
     */
    upgrade_policy: Open<ToolsUpgradePolicy>;
    /**
     * How the installed version compares with what the host offers; unset when unknown, for instance when an old Tools release cannot report it.
     */
    version_status?: Open<ToolsVersionStatus>;
    /**
     * How Tools was installed; unset when unknown, for instance when an old Tools release cannot report it.
     */
    install_type?: Open<ToolsToolsInstallType>;
    /**
     * Whether Tools is running in the guest.
     */
    run_state: Open<ToolsRunState>;
}
/**
 * State of the VMware Tools installer image of a VM.
 *
 * vAPI structure `com.vmware.vcenter.vm.tools.installer.info`.
 */
export interface ToolsInstallerInfo {
    /**
     * True while the installer image sits in the virtual CD-ROM drive of the VM.
     */
    is_connected: boolean;
}
/**
 * VMware Tools settings to change.
 *
 * vAPI structure `com.vmware.vcenter.vm.tools.update_spec`.
 */
export interface ToolsUpdateSpec {
    /**
     * New upgrade policy; unset keeps the current one.
     */
    upgrade_policy?: ToolsUpgradePolicy;
}
