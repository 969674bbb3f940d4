/**
 * The e2e test object: a Chromium persistent context on a throwaway profile (third-party
 * cookies allowed, see browser-host/profile.ts) with the browser host attached and the UI open.
 */
import { test as base, expect } from '@playwright/test';
import type { KioskConfig } from '../shared/config/schema';
import { FIXTURE_SPKI_ENV } from './browser-host/chromium-flags';
import { startBrowserHost, type BrowserHost, type BrowserHostOptions } from './browser-host/index';
import { createTempProfile } from './browser-host/profile';

export interface KioskFixtures {
  /** Idle settings for this test file (the schema's minimums apply: 5 s and 20 s). */
  readonly idle: Partial<KioskConfig['idle']> | undefined;
  /** The document inbox folders for this test file (temporary folders the spec fills). */
  readonly inbox: Pick<BrowserHostOptions, 'usbFolder' | 'scannerFolder'>;
  readonly kiosk: BrowserHost;
}

export const test = base.extend<KioskFixtures>({
  idle: [undefined, { option: true }],
  inbox: [{}, { option: true }],

  context: async ({ playwright, launchOptions, headless, viewport }, use) => {
    if (!launchOptions.args?.some((arg) => arg.startsWith('--ignore-certificate-errors-spki-list='))) {
      throw new Error(`${FIXTURE_SPKI_ENV} is not set: run the e2e suite through playwright.config.ts (its global setup starts the fixture sites)`);
    }
    const profile = createTempProfile();
    const context = await playwright.chromium.launchPersistentContext(profile.dir, { ...launchOptions, headless, viewport });
    await use(context);
    await context.close();
    profile.remove();
  },

  page: async ({ context }, use) => {
    await use(context.pages()[0] ?? (await context.newPage()));
  },

  // Automatic: every test gets the host with the UI open, whether it talks to the host or not.
  kiosk: [
    async ({ context, page, idle, inbox }, use) => {
      const host = await startBrowserHost({ context, page, fixtures: false, overrides: idle ? { idle } : {}, ...inbox });
      await page.goto(host.uiUrl);
      await use(host);
      await host.close();
    },
    { auto: true },
  ],
});

export { expect };
