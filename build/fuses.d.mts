/** Types of fuses.mjs (plain JavaScript, as electron-builder loads the hook without a TypeScript step). */
export type FuseName =
  | 'RunAsNode'
  | 'EnableCookieEncryption'
  | 'EnableNodeOptionsEnvironmentVariable'
  | 'EnableNodeCliInspectArguments'
  | 'EnableEmbeddedAsarIntegrityValidation'
  | 'OnlyLoadAppFromAsar'
  | 'LoadBrowserProcessSpecificV8Snapshot'
  | 'GrantFileProtocolExtraPrivileges';
export declare const FUSE_INDEX: Readonly<Record<FuseName, number>>;
export declare const FUSES: Readonly<Partial<Record<FuseName, boolean>>>;
export declare const FUSE_DISABLED: 48;
export declare const FUSE_ENABLED: 49;
export declare function fuseWireConfig(): { version: '1' } & Record<number, boolean>;
export declare function wrongFuses(wire: Readonly<Record<number, number>>): FuseName[];
