/**
 * Escapes on the browser host, the first set: redirects, new windows, framed hosts, forged host
 * commands and the UI page itself. More in escapes-*.spec.ts (one file per kind of escape).
 */
import { openKela } from './escape-helpers';
import { EVIL_HOST, KELA, content, contentUrl, expectPhase, hostsOf, recordCommittedUrls } from './helpers';
import { expect, test } from './kiosk-test';

// Through the core (with the ethics guidelines acknowledged, as the host requires before a service).
test.beforeEach(async ({ page, kiosk }) => {
  await openKela(page, kiosk);
});

test('a redirect to a host off the allowlist is stopped by the browser, not shown', async ({ page, kiosk }) => {
  const committed = recordCommittedUrls(page);
  await content(page).locator('#to-redirect').click();
  await expect(page.getByTestId('blocked-notice')).toContainText(EVIL_HOST);
  await page.getByTestId('blocked-dismiss').click();
  await expect(content(page).locator('h1')).toHaveText('Kela fixture service');
  expect(contentUrl(page)).toBe(KELA);
  expect(hostsOf(committed)).not.toContain(EVIL_HOST);
  expect(kiosk.log.entries).toContainEqual(
    expect.objectContaining({ event: 'navigation.blocked', detail: expect.objectContaining({ host: 'www.evil.test:8443' }) }),
  );
});

test('a new window to a host off the allowlist is refused and closed', async ({ page, context }) => {
  const committed = recordCommittedUrls(page);
  await content(page).locator('#popup-evil').click();
  await expect(page.getByTestId('blocked-notice')).toContainText(EVIL_HOST);
  await expect.poll(() => context.pages().length).toBe(1);
  expect(hostsOf(committed)).not.toContain(EVIL_HOST);
  for (const other of context.pages()) expect(hostsOf([other.url()])).not.toContain(EVIL_HOST);
});

test('a new window to an allowed host opens in the content view instead', async ({ page, context }) => {
  await content(page).locator('#popup-tunnistus').click();
  await expect(content(page).locator('#tunnistus')).toBeVisible();
  await expect(page.getByTestId('current-host')).toContainText('tunnistus.test:8443');
  await expect.poll(() => context.pages().length).toBe(1);
  await page.getByTestId('toolbar-back').click();
  await expect(content(page).locator('h1')).toHaveText('Kela fixture service');
});

test('a frame inside the e-service cannot load a host off the allowlist; allowed frames load', async ({ page }) => {
  const committed = recordCommittedUrls(page);
  await content(page).locator('#to-nested').click();
  await expect(content(page).frameLocator('#nested-tunnistus').locator('#tunnistus')).toBeVisible();
  await expect(content(page).frameLocator('#nested-evil').locator('#evil')).toHaveCount(0);
  // Only the content view's own navigations raise the notice.
  await expect(page.getByTestId('blocked-notice')).toBeHidden();
  expect(hostsOf(committed)).not.toContain(EVIL_HOST);
});

test('the e-service cannot command the kiosk through the host API', async ({ page, kiosk }) => {
  const uiOrigin = new URL(kiosk.uiUrl).origin;
  const frame = page.frame({ name: 'kiosk-content' });
  expect(frame).not.toBeNull();
  const status = await frame?.evaluate(async (origin) => {
    try {
      const response = await fetch(`${origin}/__host/cmd/confirmEnd`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
        mode: 'no-cors',
      });
      return response.type;
    } catch {
      return 'network-error';
    }
  }, uiOrigin);
  expect(status === 'opaque' || status === 'network-error').toBe(true);
  await page.getByTestId('toolbar-end').click();
  // Had the forged command gone through, the session would be wiping or back at the welcome screen.
  await expect(page.getByTestId('end-confirm')).toBeVisible();
  await expectPhase(page, 'ending');
});

test('the UI page itself cannot be taken anywhere else', async ({ page, kiosk }) => {
  const uiUrl = kiosk.uiUrl;
  const attempt = page.waitForEvent('request', (request) => request.isNavigationRequest() && request.url() === KELA);
  await page.evaluate((url) => {
    window.location.href = url;
  }, KELA);
  // The host answers the attempt with "204 No Content", which cancels it without an error page.
  expect((await (await attempt).response())?.status()).toBe(204);
  await expect(page.getByTestId('toolbar-end')).toBeVisible();
  expect(page.url()).toBe(uiUrl);
  expect(hostsOf([page.mainFrame().url()])).toEqual(['127.0.0.1']);
});
