/**
 * The configuration's permission grants (config.permissions) as Playwright grants: the browser
 * host's stand-in for the Electron shell's permission handlers. Chromium refuses everything
 * not granted (headless, no prompt), which is the kiosk's deny-by-default.
 */
import type { KioskConfig } from '../../shared/config/schema';

const PLAYWRIGHT_NAMES: Readonly<Record<KioskConfig['permissions'][number]['permissions'][number], readonly string[]>> = {
  media: ['camera', 'microphone'],
  camera: ['camera'],
  microphone: ['microphone'],
  // Playwright has no grant for these; Chromium lets an iframe go fullscreen only when it is
  // allowed to by its parent, and the browser host's UI never allows it.
  fullscreen: [],
  'clipboard-sanitized-write': ['clipboard-write'],
};

export interface PlaywrightGrant {
  readonly origin: string;
  readonly permissions: readonly string[];
}

/** The content iframe's `allow` attribute for these grants, e.g. `camera https://a.test:8443`. */
export function frameAllowFor(grants: readonly PlaywrightGrant[]): string {
  const byFeature = new Map<string, string[]>();
  for (const grant of grants) {
    // Playwright's permission names are the permissions-policy feature names.
    for (const feature of grant.permissions) byFeature.set(feature, [...(byFeature.get(feature) ?? []), grant.origin]);
  }
  return [...byFeature].map(([feature, origins]) => `${feature} ${origins.join(' ')}`).join('; ');
}

export function playwrightGrantsFrom(grants: KioskConfig['permissions']): PlaywrightGrant[] {
  return grants
    .map((grant) => ({ origin: `https://${grant.host}`, permissions: [...new Set(grant.permissions.flatMap((p) => PLAYWRIGHT_NAMES[p]))] }))
    .filter((grant) => grant.permissions.length > 0);
}
