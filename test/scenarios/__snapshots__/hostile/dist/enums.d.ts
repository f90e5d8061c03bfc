/**
 * `backticks` and ${template}
 *
 * vAPI enum `com.vmware.vcenter.vm.class.kind`.
 */
export declare const ClassKind: {
    readonly 'A*/B': "A*/B";
    readonly "it's": "it's";
    readonly 'say "hi"': "say \"hi\"";
    readonly 'back\\slash': "back\\slash";
    readonly 'new\nline': "new\nline";
    readonly constructor: "constructor";
    readonly __proto__: "__proto__";
};
/**
 * `backticks` and ${template}
 *
 * vAPI enum `com.vmware.vcenter.vm.class.kind`.
 */
export type ClassKind = 'A*/B' | "it's" | 'say "hi"' | 'back\\slash' | 'new\nline' | 'constructor' | '__proto__';
