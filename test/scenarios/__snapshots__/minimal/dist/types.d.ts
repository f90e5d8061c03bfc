import type { Open, Secret } from './runtime/types.js';
import type { CdromId } from './ids.js';
import type { HardwareCdromBackingType, HardwareCdromConnectionState } from './enums.js';
/**
 * A message with an id, a default text and arguments.
 *
 * vAPI structure `com.vmware.vapi.std.localizable_message`.
 */
export interface VapiStdLocalizableMessage {
    id: string;
    default_message: string;
    args: string[];
}
/**
 * How to log in to the guest.
 *
 * vAPI structure `com.vmware.vcenter.vm.guest.credentials`.
 */
export type GuestCredentials = GuestCredentialsUsernamePassword | GuestCredentialsSamlBearerToken;
/**
 * {@link GuestCredentials} when `type` is `USERNAME_PASSWORD`.
 */
export interface GuestCredentialsUsernamePassword {
    interactive_session: boolean;
    type: 'USERNAME_PASSWORD';
    user_name?: string;
    password: Secret;
    saml_token?: never;
}
/**
 * {@link GuestCredentials} when `type` is `SAML_BEARER_TOKEN`.
 */
export interface GuestCredentialsSamlBearerToken {
    interactive_session: boolean;
    type: 'SAML_BEARER_TOKEN';
    user_name?: string;
    password?: never;
    saml_token: Secret;
}
/**
 * vAPI structure `com.vmware.vcenter.vm.guest.processes.create_spec`.
 */
export interface GuestProcessesCreateSpec {
    path: string;
    arguments?: string;
    environment_variables?: Record<string, string>;
}
/**
 * vAPI structure `com.vmware.vcenter.vm.guest.processes.process_error_details`.
 */
export interface GuestProcessesProcessErrorDetails {
    pid: number;
}
/**
 * What backs the device.
 *
 * vAPI structure `com.vmware.vcenter.vm.hardware.cdrom.backing_info`.
 */
export type HardwareCdromBackingInfo = HardwareCdromBackingInfoIsoFile | HardwareCdromBackingInfoHostDevice | HardwareCdromBackingInfoClientDevice | HardwareCdromBackingInfoOther;
/**
 * {@link HardwareCdromBackingInfo} when `type` is `ISO_FILE`.
 */
export interface HardwareCdromBackingInfoIsoFile {
    type: 'ISO_FILE';
    /**
     * Path of the ISO image.
     */
    iso_file: string;
    host_device?: string;
    auto_detect?: never;
}
/**
 * {@link HardwareCdromBackingInfo} when `type` is `HOST_DEVICE`.
 */
export interface HardwareCdromBackingInfoHostDevice {
    type: 'HOST_DEVICE';
    iso_file?: never;
    host_device?: string;
    auto_detect: boolean;
}
/**
 * {@link HardwareCdromBackingInfo} when `type` is `CLIENT_DEVICE`.
 */
export interface HardwareCdromBackingInfoClientDevice {
    type: 'CLIENT_DEVICE';
    iso_file?: never;
    host_device?: string;
    auto_detect?: never;
}
/**
 * {@link HardwareCdromBackingInfo} with a `type` this client does not know (sent by a newer server). Use `isCase` to narrow to a known case.
 */
export interface HardwareCdromBackingInfoOther {
    type: Open<HardwareCdromBackingType>;
    /**
     * Path of the ISO image.
     */
    iso_file?: string;
    host_device?: string;
    auto_detect?: boolean;
}
/**
 * vAPI structure `com.vmware.vcenter.vm.hardware.cdrom.backing_spec`.
 */
export type HardwareCdromBackingSpec = HardwareCdromBackingSpecIsoFile | HardwareCdromBackingSpecHostDevice | HardwareCdromBackingSpecClientDevice;
/**
 * {@link HardwareCdromBackingSpec} when `type` is `ISO_FILE`.
 */
export interface HardwareCdromBackingSpecIsoFile {
    type: 'ISO_FILE';
    iso_file: string;
    host_device?: string;
}
/**
 * {@link HardwareCdromBackingSpec} when `type` is `HOST_DEVICE`.
 */
export interface HardwareCdromBackingSpecHostDevice {
    type: 'HOST_DEVICE';
    iso_file?: never;
    host_device?: string;
}
/**
 * {@link HardwareCdromBackingSpec} when `type` is `CLIENT_DEVICE`.
 */
export interface HardwareCdromBackingSpecClientDevice {
    type: 'CLIENT_DEVICE';
    iso_file?: never;
    host_device?: string;
}
/**
 * vAPI structure `com.vmware.vcenter.vm.hardware.cdrom.filter_spec`.
 */
export interface HardwareCdromFilterSpec {
    connected?: boolean;
    types?: HardwareCdromBackingType[];
}
/**
 * vAPI structure `com.vmware.vcenter.vm.hardware.cdrom.info`.
 */
export interface HardwareCdromInfo {
    label: string;
    backing: HardwareCdromBackingInfo;
    size_MiB?: number;
    state: Open<HardwareCdromConnectionState>;
}
/**
 * vAPI structure `com.vmware.vcenter.vm.hardware.cdrom.summary`.
 */
export interface HardwareCdromSummary {
    cdrom: CdromId;
}
/**
 * vAPI structure `com.vmware.vcenter.vm.hardware.cdrom.update_spec`.
 */
export interface HardwareCdromUpdateSpec {
    backing?: HardwareCdromBackingSpec;
}
