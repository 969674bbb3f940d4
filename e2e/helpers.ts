/** Small steps shared by the e2e journeys. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FrameLocator, Page } from '@playwright/test';
import type { KioskApi, SessionPhase } from '../shared/bridge';
import type { AccessibilityPrefs } from '../shared/content/accessibility';
import type { Language } from '../shared/content/languages';
import type { KioskCore } from '../electron/services/kiosk-core';
import { expect } from './kiosk-test';
import { CONTENT_FRAME_NAME } from './browser-host/host-messages';
import type { MemoryLog } from './browser-host/memory-log';

export const CONTENT = `iframe[name="${CONTENT_FRAME_NAME}"]`;
export const KELA = 'https://www.kela.test:8443/';
export const EVIL_HOST = 'www.evil.test';

export function content(page: Page): FrameLocator {
  return page.frameLocator(CONTENT);
}

/** Sets the client's preferences through the page's own bridge, exactly as the accessibility panel does. */
export async function setPrefs(page: Page, prefs: AccessibilityPrefs): Promise<void> {
  await page.evaluate((p) => (window as unknown as { kiosk: KioskApi }).kiosk.setAccessibility({ prefs: p }), prefs);
  // Both the theme and the text size have reached the page (either may be the one that changed).
  await expect(page.locator('html')).toHaveAttribute('data-theme', prefs.theme);
  await expect.poll(() => page.evaluate(() => document.documentElement.style.fontSize)).toBe(`${Math.round(prefs.textScale * 100)}%`);
}

/**
 * Waits until the content iframe is shown and has drawn a frame or two since. A click sent the
 * instant it is shown again (after the document viewer or a dialog) can be lost: Chromium routes
 * input to an out-of-process frame by hit-test data the frame sends only once it draws again.
 * (A person is never that fast; a test is.)
 */
export async function contentShown(page: Page): Promise<void> {
  await expect(page.locator(CONTENT)).toBeVisible();
  await content(page)
    .locator('html')
    .evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

/** The URL the content iframe shows now, or null when there is none. */
export function contentUrl(page: Page): string | null {
  return page.frame({ name: CONTENT_FRAME_NAME })?.url() ?? null;
}

export async function expectPhase(page: Page, phase: SessionPhase, timeout?: number): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-phase', phase, timeout === undefined ? {} : { timeout });
}

/**
 * Starts a client session and takes it to the service tiles: the host opens no service before
 * the ethics step, so this acknowledges it and then skips the optional self-assessment.
 */
export async function startSession(page: Page, language: Language = 'en'): Promise<void> {
  await expect(page.getByTestId('welcome')).toBeVisible();
  await page.getByTestId(`language-${language}`).click();
  await page.getByTestId('start-session').click();
  await expectPhase(page, 'active');
  await passClientFlow(page);
}

/** From the ethics intro of a fresh session to the service tiles: acknowledge, skip the questions. */
export async function passClientFlow(page: Page): Promise<void> {
  await page.getByTestId('ethics-acknowledge').click();
  await page.getByTestId('assessment-skip').click();
  await expect(page.getByTestId('assessment-offer')).toBeHidden();
}

/** Every URL any frame of the page committed, for "was never shown" assertions. */
export function recordCommittedUrls(page: Page): string[] {
  const urls: string[] = [];
  page.on('framenavigated', (frame) => urls.push(frame.url()));
  return urls;
}

export function hostsOf(urls: readonly string[]): string[] {
  return urls.flatMap((url) => (URL.canParse(url) ? [new URL(url).hostname] : []));
}

/** Every phase the core goes through from now on. */
export function recordPhases(core: KioskCore): SessionPhase[] {
  const phases: SessionPhase[] = [];
  core.onSnapshot((snapshot) => {
    const phase = snapshot.session.phase;
    if (phases.at(-1) !== phase) phases.push(phase);
  });
  return phases;
}

export interface SeenStorage {
  readonly cookie: string;
  readonly httpCookie: string;
  readonly local: string;
  readonly idb: string;
}

/** Waits for the storage fixture page to report and plant, then returns what it saw first. */
export async function readStoragePage(page: Page): Promise<SeenStorage> {
  const frame = content(page);
  await expect(frame.locator('#storage-state')).toHaveText('planted');
  return {
    cookie: await frame.locator('#seen-cookie').innerText(),
    httpCookie: await frame.locator('#seen-http-cookie').innerText(),
    local: await frame.locator('#seen-local').innerText(),
    idb: await frame.locator('#seen-idb').innerText(),
  };
}

export const NOTHING_SEEN: SeenStorage = { cookie: 'none', httpCookie: 'none', local: 'none', idb: 'none' };

/** No log entry may carry a URL: hosts, codes and counts only. */
export function expectNoUrlsLogged(log: MemoryLog): void {
  // The log keeps its latest entries only: a check over part of them would prove nothing.
  expect(log.dropped, 'the memory log dropped entries before the check').toBe(0);
  const leaks = log.entries.filter((entry) => Object.values(entry.detail).some((value) => typeof value === 'string' && /:\/\/|\/\w/.test(value)));
  expect(leaks).toEqual([]);
}

/** Saves a screenshot when VIERELLA_SHOTS_DIR is set (for looking at each screen by eye). */
export async function shot(page: Page, name: string): Promise<void> {
  const dir = process.env.VIERELLA_SHOTS_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`) });
}

/** Best effort, for screens that may pass too fast to catch (the wipe): a screenshot if it shows up. */
export async function shotIfShown(page: Page, testId: string, name: string): Promise<void> {
  if (!process.env.VIERELLA_SHOTS_DIR) return;
  const shown = await page
    .getByTestId(testId)
    .waitFor({ state: 'visible', timeout: 2_000 })
    .then(() => true)
    .catch(() => false);
  if (shown) await shot(page, name);
}

/** Runs `action` and waits until the content iframe has committed a new document because of it. */
export async function withContentNavigation(page: Page, action: () => Promise<void>): Promise<void> {
  const navigated = page.waitForEvent('framenavigated', { predicate: (frame) => frame.name() === CONTENT_FRAME_NAME });
  await action();
  await navigated;
}
