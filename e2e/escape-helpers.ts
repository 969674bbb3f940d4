/**
 * Steps shared by the escape and wipe-stress journeys. Sessions are started and ended through
 * the kiosk core (the bridge's commands, the same ones the UI sends), so these journeys do not
 * depend on how the UI's screens lead there; the UI is used to show and read the content.
 */
import type { Frame, Page } from '@playwright/test';
import type { BlockReason, SessionPhase } from '../shared/bridge';
import type { BrowserHost } from './browser-host/index';
import { CONTENT_FRAME_NAME } from './browser-host/host-messages';
import { content, hostsOf } from './helpers';
import { expect } from './kiosk-test';

export const KELA_ESCAPES = 'https://www.kela.test:8443/escapes';
export const TUNNISTUS_HOST = 'tunnistus.test';
export const BADCERT_HOST = 'badcert.test';

export async function waitForPhase(kiosk: BrowserHost, phase: SessionPhase, timeout = 10_000): Promise<void> {
  await expect.poll(() => kiosk.core.snapshot().session.phase, { timeout }).toBe(phase);
}

/**
 * A client session with the ethics guidelines acknowledged (the host refuses services before
 * that), the self-assessment skipped (so Home shows the services) and the Kela fixture open in
 * the content view.
 */
export async function openKela(page: Page, kiosk: BrowserHost): Promise<void> {
  await waitForPhase(kiosk, 'welcome');
  await kiosk.core.handle('startSession', { language: 'en' });
  await kiosk.core.handle('acknowledgeEthics', {});
  await kiosk.core.handle('setAssessment', { assessment: 'skipped' });
  await kiosk.core.handle('openService', { serviceId: 'kela' });
  await expect(content(page).locator('h1')).toHaveText('Kela fixture service');
}

/** openKela, then the escape fixture page (a second history entry). */
export async function openEscapes(page: Page, kiosk: BrowserHost): Promise<void> {
  await openKela(page, kiosk);
  await content(page).locator('#to-escapes').click();
  await expect(content(page).locator('#escapes')).toBeVisible();
}

/** The content iframe's Playwright frame (it must exist). */
export function contentFrame(page: Page): Frame {
  const frame = page.frame({ name: CONTENT_FRAME_NAME });
  if (frame === null) throw new Error('no content frame');
  return frame;
}

/** The blocked notice is up, naming `host` (or no host) for `reason`. */
export async function expectBlocked(page: Page, kiosk: BrowserHost, reason: BlockReason, host: string | null): Promise<void> {
  await expect(page.getByTestId('blocked-notice')).toBeVisible();
  expect(kiosk.core.snapshot().blocked).toEqual({ host, reason });
  if (host !== null) await expect(page.getByTestId('blocked-notice')).toContainText(host.replace(/:\d+$/, ''));
}

/** What a journey reached: every committed URL (any page), every request, every response. */
export interface EscapeWatch {
  readonly committed: string[];
  readonly requested: string[];
  /** Responses of servers: the host's own "204 No Content" refusals (attach.ts) are left out. */
  readonly responded: string[];
  /** Messages of the UI page's console (frames inside it included), e.g. Chromium's refusals. */
  readonly console: string[];
}

export function watchEscapes(page: Page): EscapeWatch {
  const context = page.context();
  const watch: EscapeWatch = { committed: [], requested: [], responded: [], console: [] };
  const follow = (p: Page) => p.on('framenavigated', (frame) => watch.committed.push(frame.url()));
  for (const open of context.pages()) follow(open);
  context.on('page', follow);
  context.on('request', (request) => watch.requested.push(request.url()));
  context.on('response', (response) => {
    // The host cancels a navigation of the UI page with a 204 it makes itself (no server involved).
    if (response.status() !== 204) watch.responded.push(response.url());
  });
  page.on('console', (message) => watch.console.push(message.text()));
  return watch;
}

/** Nothing of `host` was shown anywhere, and its server never answered anything. */
export function expectNeverReached(watch: EscapeWatch, host: string): void {
  expect(hostsOf(watch.committed)).not.toContain(host);
  expect(hostsOf(watch.responded)).not.toContain(host);
}

/** Waits until the content iframe shows `selector` again (after a refusal the host restores it). */
export async function expectContentShows(page: Page, selector: string, url: string): Promise<void> {
  await expect(content(page).locator(selector)).toBeVisible();
  await expect.poll(() => contentFrame(page).url()).toBe(url);
}
