/**
 * vAPI enum `com.vmware.vapi.std.errors.error.type`.
 */
export declare const VapiStdErrorsErrorType: {
    readonly ERROR: "ERROR";
    readonly NOT_FOUND: "NOT_FOUND";
    readonly UNAUTHENTICATED: "UNAUTHENTICATED";
};
/**
 * vAPI enum `com.vmware.vapi.std.errors.error.type`.
 */
export type VapiStdErrorsErrorType = 'ERROR' | 'NOT_FOUND' | 'UNAUTHENTICATED';
/**
 * vAPI enum `com.vmware.vcenter.vm.guest.credentials.type`.
 */
export declare const GuestCredentialsType: {
    readonly USERNAME_PASSWORD: "USERNAME_PASSWORD";
    readonly SAML_BEARER_TOKEN: "SAML_BEARER_TOKEN";
};
/**
 * vAPI enum `com.vmware.vcenter.vm.guest.credentials.type`.
 */
export type GuestCredentialsType = 'USERNAME_PASSWORD' | 'SAML_BEARER_TOKEN';
/**
 * Kinds of backing.
 *
 * vAPI enum `com.vmware.vcenter.vm.hardware.cdrom.backing_type`. Servers of newer versions may send other values; data read from the server types them with `Open<…>`.
 */
export declare const HardwareCdromBackingType: {
    /**
     * An ISO image.
     */
    readonly ISO_FILE: "ISO_FILE";
    readonly HOST_DEVICE: "HOST_DEVICE";
    readonly CLIENT_DEVICE: "CLIENT_DEVICE";
};
/**
 * Kinds of backing.
 *
 * vAPI enum `com.vmware.vcenter.vm.hardware.cdrom.backing_type`. Servers of newer versions may send other values; data read from the server types them with `Open<…>`.
 */
export type HardwareCdromBackingType = 'ISO_FILE' | 'HOST_DEVICE' | 'CLIENT_DEVICE';
/**
 * vAPI enum `com.vmware.vcenter.vm.hardware.cdrom.connection_state`. Servers of newer versions may send other values; data read from the server types them with `Open<…>`.
 */
export declare const HardwareCdromConnectionState: {
    readonly CONNECTED: "CONNECTED";
    readonly NOT_CONNECTED: "NOT_CONNECTED";
};
/**
 * vAPI enum `com.vmware.vcenter.vm.hardware.cdrom.connection_state`. Servers of newer versions may send other values; data read from the server types them with `Open<…>`.
 */
export type HardwareCdromConnectionState = 'CONNECTED' | 'NOT_CONNECTED';
