/** Types of after-pack.mjs (plain JavaScript, as electron-builder loads it). */
export interface PackContext {
  readonly appOutDir: string;
  readonly electronPlatformName: string;
  readonly packager: {
    readonly executableName: string;
    readonly appInfo: { readonly productFilename: string };
    addElectronFuses?(context: PackContext, config: object): Promise<unknown>;
  };
}
export declare function electronBinaryPath(context: PackContext): string;
export declare function builderFuses(): unknown;
export declare function afterPack(context: PackContext, fuses?: unknown): Promise<void>;
export default afterPack;
