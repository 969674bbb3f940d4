import { defineConfig } from '@playwright/test';
import { DEBIAN_CHROMIUM, FIXTURE_SPKI_ENV, chromiumArgs } from './e2e/browser-host/chromium-flags';

/**
 * e2e journeys on the browser host, in Debian Chromium (never `npx playwright install`).
 * The global setup starts the fixture e-service sites with a fresh certificate and sets the
 * SPKI hash in the environment before the workers load this file again, so only that
 * certificate is trusted; no ignoreHTTPSErrors.
 */
export default defineConfig({
  testDir: 'e2e',
  // Only the journeys at the top of e2e/; vitest runs e2e/browser-host/**/*.test.ts.
  testMatch: /e2e[\\/][^\\/]+\.spec\.ts$/,
  globalSetup: './e2e/global-setup.ts',
  workers: 2,
  fullyParallel: true,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    browserName: 'chromium',
    headless: true,
    viewport: { width: 1280, height: 800 },
    actionTimeout: 10_000,
    navigationTimeout: 15_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: DEBIAN_CHROMIUM,
      args: chromiumArgs(process.env[FIXTURE_SPKI_ENV]),
    },
  },
});
