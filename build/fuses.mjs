/**
 * Electron fuses for release builds: switches compiled into the Electron binary that no
 * command-line flag or environment variable can turn back on. build/after-pack.mjs flips them
 * and reads them back; build/packaging.test.ts checks this list.
 */

/** Index of each fuse in Electron's version-1 fuse wire (as in @electron/fuses FuseV1Options). */
export const FUSE_INDEX = Object.freeze({
  RunAsNode: 0,
  EnableCookieEncryption: 1,
  EnableNodeOptionsEnvironmentVariable: 2,
  EnableNodeCliInspectArguments: 3,
  EnableEmbeddedAsarIntegrityValidation: 4,
  OnlyLoadAppFromAsar: 5,
  LoadBrowserProcessSpecificV8Snapshot: 6,
  GrantFileProtocolExtraPrivileges: 7,
});

/** The fuses a release build must have, and why. */
export const FUSES = Object.freeze({
  // ELECTRON_RUN_AS_NODE would turn the kiosk binary into a general Node.js interpreter.
  RunAsNode: false,
  // NODE_OPTIONS could preload arbitrary code into the main process.
  EnableNodeOptionsEnvironmentVariable: false,
  // --inspect and SIGUSR1 would open a debugger on the main process.
  EnableNodeCliInspectArguments: false,
  // The app code is what was signed and shipped: app.asar is checked against its hash
  // (Windows and macOS; Linux has no embedded integrity yet) …
  EnableEmbeddedAsarIntegrityValidation: true,
  // … and it is the only place Electron looks for the app (no loose app/ folder beside it).
  OnlyLoadAppFromAsar: true,
  // Cookies on disk are encrypted with the OS keystore (client sessions are in memory anyway).
  EnableCookieEncryption: true,
  // The UI is served from app://, never file://: file pages get no extra privileges.
  GrantFileProtocolExtraPrivileges: false,
});

/** FuseState bytes in the binary ('0', '1'). */
export const FUSE_DISABLED = 48;
export const FUSE_ENABLED = 49;

/** The config object @electron/fuses' flipFuses takes: version "1" and index → on/off. */
export function fuseWireConfig() {
  const config = { version: '1' };
  for (const [name, on] of Object.entries(FUSES)) config[FUSE_INDEX[name]] = on;
  return config;
}

/**
 * The fuses whose state in a wire read back from a binary (getCurrentFuseWire) is not what
 * FUSES asks for; empty when the binary is right.
 */
export function wrongFuses(wire) {
  return Object.entries(FUSES)
    .filter(([name, on]) => wire[FUSE_INDEX[name]] !== (on ? FUSE_ENABLED : FUSE_DISABLED))
    .map(([name]) => name);
}
