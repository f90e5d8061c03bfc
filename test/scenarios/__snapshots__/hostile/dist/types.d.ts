/**
 * Line one
 * line two
 * line threenul `${globalThis.pwned = 1}` </script><script>alert(1)</script>
 *
 * vAPI structure `com.vmware.vcenter.vm.class.constructor`.
 */
export type ClassConstructor = ClassConstructorAB | ClassConstructorItS | ClassConstructorSayHi | ClassConstructorBackSlash | ClassConstructorNewLine | ClassConstructorConstructor | ClassConstructorProto;
/**
 * {@link ClassConstructor} when `kind` is `A*\/B`.
 */
export interface ClassConstructorAB {
    /**
     * *\/ throw new Error('x') /\*
     */
    __proto__: string;
    constructor?: string;
    'quote\'"back\\slash': number;
    'line\u2028sep'?: boolean;
    /**
     * 非ASCII — ünïcödé ✓
     */
    日本語?: string;
    '123starts_with_digit'?: string;
    default?: ClassDefault;
    kind: 'A*/B';
    payload?: string;
}
/**
 * {@link ClassConstructor} when `kind` is `it's`.
 */
export interface ClassConstructorItS {
    /**
     * *\/ throw new Error('x') /\*
     */
    __proto__: string;
    constructor?: string;
    'quote\'"back\\slash': number;
    'line\u2028sep'?: boolean;
    /**
     * 非ASCII — ünïcödé ✓
     */
    日本語?: string;
    '123starts_with_digit'?: string;
    default?: ClassDefault;
    kind: "it's";
    payload?: never;
}
/**
 * {@link ClassConstructor} when `kind` is `say "hi"`.
 */
export interface ClassConstructorSayHi {
    /**
     * *\/ throw new Error('x') /\*
     */
    __proto__: string;
    constructor?: string;
    'quote\'"back\\slash': number;
    'line\u2028sep'?: boolean;
    /**
     * 非ASCII — ünïcödé ✓
     */
    日本語?: string;
    '123starts_with_digit'?: string;
    default?: ClassDefault;
    kind: 'say "hi"';
    payload?: never;
}
/**
 * {@link ClassConstructor} when `kind` is `back\slash`.
 */
export interface ClassConstructorBackSlash {
    /**
     * *\/ throw new Error('x') /\*
     */
    __proto__: string;
    constructor?: string;
    'quote\'"back\\slash': number;
    'line\u2028sep'?: boolean;
    /**
     * 非ASCII — ünïcödé ✓
     */
    日本語?: string;
    '123starts_with_digit'?: string;
    default?: ClassDefault;
    kind: 'back\\slash';
    payload?: never;
}
/**
 * {@link ClassConstructor} when `kind` is `new
 * line`.
 */
export interface ClassConstructorNewLine {
    /**
     * *\/ throw new Error('x') /\*
     */
    __proto__: string;
    constructor?: string;
    'quote\'"back\\slash': number;
    'line\u2028sep'?: boolean;
    /**
     * 非ASCII — ünïcödé ✓
     */
    日本語?: string;
    '123starts_with_digit'?: string;
    default?: ClassDefault;
    kind: 'new\nline';
    payload?: never;
}
/**
 * {@link ClassConstructor} when `kind` is `constructor`.
 */
export interface ClassConstructorConstructor {
    /**
     * *\/ throw new Error('x') /\*
     */
    __proto__: string;
    constructor?: string;
    'quote\'"back\\slash': number;
    'line\u2028sep'?: boolean;
    /**
     * 非ASCII — ünïcödé ✓
     */
    日本語?: string;
    '123starts_with_digit'?: string;
    default?: ClassDefault;
    kind: 'constructor';
    payload?: never;
}
/**
 * {@link ClassConstructor} when `kind` is `__proto__`.
 */
export interface ClassConstructorProto {
    /**
     * *\/ throw new Error('x') /\*
     */
    __proto__: string;
    constructor?: string;
    'quote\'"back\\slash': number;
    'line\u2028sep'?: boolean;
    /**
     * 非ASCII — ünïcödé ✓
     */
    日本語?: string;
    '123starts_with_digit'?: string;
    default?: ClassDefault;
    kind: '__proto__';
    payload?: never;
}
/**
 * vAPI structure `com.vmware.vcenter.vm.class.default`.
 */
export interface ClassDefault {
    '${x}': string;
}
/**
 * vAPI structure `com.vmware.vcenter.vm.class.getFoo`.
 */
export interface ClassGetFoo {
    b: string;
}
/**
 * vAPI structure `com.vmware.vcenter.vm.class.get_foo`.
 */
export interface ClassGetFoo2 {
    a: string;
}
