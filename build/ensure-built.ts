/**
 * Test support: makes sure electron-vite's bundles exist in out/, building them once when they
 * do not. Several test files may ask at the same time (vitest runs files in parallel), so a
 * lock folder lets one build while the others wait for it.
 */
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BUNDLES = ['out/main/main.js', 'out/preload/preload.cjs', 'out/renderer/index.html'] as const;
const LOCK = join(ROOT, 'out', '.ensure-built.lock');
/** A lock older than this was left by a crashed run. */
const STALE_MS = 5 * 60_000;

const built = () => BUNDLES.every((file) => existsSync(join(ROOT, file)));

function tryLock(): boolean {
  try {
    mkdirSync(LOCK);
    return true;
  } catch {
    try {
      if (Date.now() - statSync(LOCK).mtimeMs > STALE_MS) rmSync(LOCK, { recursive: true, force: true });
    } catch {
      // removed meanwhile
    }
    return false;
  }
}

export async function ensureBuilt(): Promise<void> {
  mkdirSync(join(ROOT, 'out'), { recursive: true });
  while (!built()) {
    if (tryLock()) {
      try {
        if (!built()) {
          const { build } = await import('electron-vite');
          await build({ root: ROOT, logLevel: 'warn' });
        }
      } finally {
        rmSync(LOCK, { recursive: true, force: true });
      }
    } else {
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}
