/**
 * A throwaway Chromium profile for the browser host. Chromium's default cookie controls block
 * third-party cookies and storage, and the browser host's content is a third-party iframe
 * (Electron's content view is top-level, where they are first-party). Allowing them in the
 * profile's preferences makes the iframe keep what a top-level page would keep, so the wipe
 * is tested against real cookies and storage. Off-the-record contexts cannot take such a
 * preference, hence a persistent context on this temporary folder.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TempProfile {
  readonly dir: string;
  remove(): void;
}

/** `profile.cookie_controls_mode` 0 = allow third-party cookies (1 = block, 2 = block in incognito only). */
export const PROFILE_PREFERENCES = { profile: { cookie_controls_mode: 0 } } as const;

export function createTempProfile(): TempProfile {
  const dir = mkdtempSync(join(tmpdir(), 'vierella-browser-host-'));
  mkdirSync(join(dir, 'Default'));
  writeFileSync(join(dir, 'Default', 'Preferences'), JSON.stringify(PROFILE_PREFERENCES));
  return {
    dir,
    remove: () => rmSync(dir, { recursive: true, force: true, maxRetries: 3 }),
  };
}
