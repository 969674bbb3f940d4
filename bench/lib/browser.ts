/**
 * Chromium and the browser host for the browser benchmarks, set up the way the e2e suite does
 * it (e2e/kiosk-test.ts, e2e/browser-host/cli.ts): Debian Chromium through playwright-core, a
 * persistent context on a throwaway profile (third-party storage allowed for the content
 * iframe), the shared flags, and only the fixture certificate trusted by its SPKI hash.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { DEBIAN_CHROMIUM, chromiumArgs } from '../../e2e/browser-host/chromium-flags';
import { startFixtureServer, type FixtureServer } from '../../e2e/browser-host/fixtures/server';
import { startBrowserHost, type BrowserHost } from '../../e2e/browser-host/index';
import { limitPlaywrightRetention, PLAYWRIGHT_RETENTION_LIMIT } from '../../e2e/browser-host/playwright-retention';
import { createTempProfile } from '../../e2e/browser-host/profile';
import { installProbe, waitForCondition, byTestId, type Condition } from './probe';

export const VIEWPORT = { width: 1280, height: 800 } as const;

/** The welcome screen, ready for the next client: phase welcome and the Start button enabled. */
export const WELCOME_READY: Condition = {
  kind: 'all',
  of: [
    { kind: 'attribute', selector: 'html', name: 'data-phase', value: 'welcome' },
    { kind: 'present', selector: byTestId('start-session'), enabled: true },
  ],
};

export interface LaunchedBrowser {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Closes the context (and so the browser process) and removes the profile. */
  close(): Promise<void>;
}

/** A fresh Chromium process on a fresh profile, trusting the fixture certificate `spki`. */
export async function launchBrowser(spki: string): Promise<LaunchedBrowser> {
  const profile = createTempProfile();
  try {
    const context = await chromium.launchPersistentContext(profile.dir, {
      executablePath: DEBIAN_CHROMIUM,
      headless: true,
      args: chromiumArgs(spki),
      viewport: VIEWPORT,
    });
    const page = context.pages()[0] ?? (await context.newPage());
    return {
      context,
      page,
      async close() {
        await context.close().catch(() => undefined);
        profile.remove();
      },
    };
  } catch (error) {
    profile.remove();
    throw error;
  }
}

export interface Kiosk extends LaunchedBrowser {
  readonly host: BrowserHost;
  /**
   * How many objects of one kind Playwright keeps in this process (see
   * e2e/browser-host/playwright-retention.ts), or null when the installed Playwright cannot be
   * told and keeps its own threshold of 10,000.
   */
  readonly playwrightRetentionLimit: number | null;
}

/**
 * A browser with the host attached and the UI on the welcome screen, the in-page probe
 * installed. One host per browser context: a host registers a binding on its context that
 * Playwright cannot take back, so a second host would need a second context.
 */
export async function openKiosk(spki: string): Promise<Kiosk> {
  // As a long-running host does (the preview): the UI page lives for every client session.
  const playwrightRetentionLimit = limitPlaywrightRetention(PLAYWRIGHT_RETENTION_LIMIT) ? PLAYWRIGHT_RETENTION_LIMIT : null;
  const browser = await launchBrowser(spki);
  try {
    const host = await startBrowserHost({ context: browser.context, page: browser.page, fixtures: false });
    await browser.page.goto(host.uiUrl);
    await installProbe(browser.page);
    await waitForCondition(browser.page, WELCOME_READY);
    return {
      ...browser,
      host,
      playwrightRetentionLimit,
      async close() {
        await host.close().catch(() => undefined);
        await browser.close();
      },
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/** The fixture e-service sites on their fixed port (the fixture configuration names 8443). */
export function startFixtures(): Promise<FixtureServer> {
  return startFixtureServer();
}

/** `Chromium 156.0.8078.114 built on Debian…` → `156.0.8078.114`; the wrapper may print warnings too. */
export function parseChromiumVersion(output: string): string | null {
  return /Chromium\s+(\d+(?:\.\d+){1,3})/.exec(output)?.[1] ?? null;
}

export async function chromiumVersion(): Promise<string> {
  try {
    const { stdout } = await promisify(execFile)(DEBIAN_CHROMIUM, ['--version'], { timeout: 15_000 });
    return parseChromiumVersion(stdout) ?? stdout.trim();
  } catch {
    return 'unknown';
  }
}
