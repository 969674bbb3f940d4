/**
 * electron-builder's afterPack hook: flips the Electron fuses of build/fuses.mjs in the packed
 * binary (before signing, as flipping changes the file), then reads them back and fails the
 * build if any is not as required. A release without its fuses is never produced silently.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fuseWireConfig, wrongFuses } from './fuses.mjs';

const require = createRequire(import.meta.url);

/** Where electron-builder put the Electron binary for this platform (as its addElectronFuses does). */
export function electronBinaryPath(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') return join(appOutDir, `${packager.appInfo.productFilename}.app`);
  if (electronPlatformName === 'win32') return join(appOutDir, `${packager.appInfo.productFilename}.exe`);
  return join(appOutDir, packager.executableName);
}

/**
 * The @electron/fuses electron-builder itself depends on: it knows every fuse of current
 * Electron versions (the project's own devDependency stays on 1.x for Node 20).
 */
export function builderFuses() {
  const builderRequire = createRequire(require.resolve('app-builder-lib/package.json'));
  return builderRequire('@electron/fuses');
}

export async function afterPack(context, fuses = builderFuses()) {
  // The packager's own method resolves the binary's name the way the rest of the build does.
  await context.packager.addElectronFuses(context, fuseWireConfig());
  const wire = await fuses.getCurrentFuseWire(electronBinaryPath(context));
  const wrong = wrongFuses(wire);
  if (wrong.length > 0) throw new Error(`Electron fuses not set as build/fuses.mjs requires: ${wrong.join(', ')}`);
  console.log(`  • fuses flipped and verified in ${electronBinaryPath(context)}`);
}

export default afterPack;
