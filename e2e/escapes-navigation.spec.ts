/**
 * Escapes by navigation (issue 5, item 5), on the browser host: new windows, forms, redirects
 * by markup and by script, the top window, plain http and an untrusted certificate. Each test
 * proves that the disallowed page is never shown nor even answered, and, when the content's own
 * page was the one leaving, that the client gets the notice with the right reason and the page
 * they were on back.
 */
import { CONTENT, EVIL_HOST, content } from './helpers';
import {
  BADCERT_HOST,
  KELA_ESCAPES,
  contentFrame,
  expectBlocked,
  expectContentShows,
  expectNeverReached,
  openEscapes,
  watchEscapes,
} from './escape-helpers';
import { expect, test } from './kiosk-test';

const EVIL = `${EVIL_HOST}:8443`;

test.beforeEach(async ({ page, kiosk }) => {
  await openEscapes(page, kiosk);
});

test.describe('new windows', () => {
  for (const id of ['open-evil', 'blank-evil']) {
    test(`${id}: a window to a host off the allowlist is refused with a notice, and no window stays`, async ({ page, kiosk, context }) => {
      const watch = watchEscapes(page);
      await content(page).locator(`#${id}`).click();
      await expectBlocked(page, kiosk, 'not-allowed', EVIL);
      await expect.poll(() => context.pages().length).toBe(1);
      await page.getByTestId('blocked-dismiss').click();
      await expectContentShows(page, '#escapes', KELA_ESCAPES);
      expectNeverReached(watch, EVIL_HOST);
    });
  }

  test('window.open to an allowed host opens it in the content view instead', async ({ page, kiosk, context }) => {
    await content(page).locator('#open-tunnistus').click();
    await expect(content(page).locator('#tunnistus')).toBeVisible();
    expect(kiosk.core.snapshot().content.host).toBe('tunnistus.test:8443');
    await expect.poll(() => context.pages().length).toBe(1);
  });

  test('an empty window the page writes into is closed before anyone sees it', async ({ page, context }) => {
    const opened = context.waitForEvent('page');
    await content(page).locator('#open-written').click();
    const popup = await opened;
    await expect.poll(() => popup.isClosed()).toBe(true);
    expect(context.pages()).toEqual([page]);
    await expect(content(page).locator('#escapes')).toBeVisible();
  });
});

test('a form POST to a host off the allowlist never leaves the kiosk', async ({ page, kiosk }) => {
  const watch = watchEscapes(page);
  await content(page).locator('#post-submit').click();
  await expectBlocked(page, kiosk, 'not-allowed', EVIL);
  // Stopped before any request: the form's data never went out.
  expect(watch.requested.filter((url) => url.includes(EVIL_HOST))).toEqual([]);
  expectNeverReached(watch, EVIL_HOST);
  await page.getByTestId('blocked-dismiss').click();
  await expectContentShows(page, '#escapes', KELA_ESCAPES);
});

test.describe('redirects', () => {
  for (const id of ['assign-evil', 'replace-evil']) {
    test(`${id}: a script navigation off the allowlist is refused and the page comes back`, async ({ page, kiosk }) => {
      const watch = watchEscapes(page);
      await content(page).locator(`#${id}`).click();
      await expectBlocked(page, kiosk, 'not-allowed', EVIL);
      await page.getByTestId('blocked-dismiss').click();
      await expectContentShows(page, '#escapes', KELA_ESCAPES);
      expectNeverReached(watch, EVIL_HOST);
    });
  }

  for (const [id, path] of [
    ['to-meta-refresh', '/meta-refresh'],
    ['to-script-redirect', '/script-redirect'],
  ] as const) {
    test(`${path}: a page that leaves by itself is refused once, and is not reloaded into a loop`, async ({ page, kiosk }) => {
      const watch = watchEscapes(page);
      await content(page).locator(`#${id}`).click();
      await expectBlocked(page, kiosk, 'not-allowed', EVIL);
      // Shown again once; leaving again at once, it is not shown a third time (that would loop).
      await expect.poll(() => kiosk.log.entries.filter((e) => e.event === 'navigation.restore-stopped').length).toBe(1);
      await page.waitForTimeout(1500);
      const refusals = kiosk.log.entries.filter((e) => e.event === 'navigation.blocked');
      expect(refusals).toHaveLength(2);
      expect(contentFrame(page).url()).toBe('about:blank');
      expectNeverReached(watch, EVIL_HOST);
      // The toolbar still leads back to where the client was.
      await page.getByTestId('blocked-dismiss').click();
      await page.getByTestId('toolbar-back').click();
      await expectContentShows(page, '#escapes', KELA_ESCAPES);
    });
  }
});

test('the content cannot navigate the top window (the kiosk UI) anywhere', async ({ page, kiosk }) => {
  const uiUrl = page.url();
  const watch = watchEscapes(page);
  await content(page).locator('#top-evil').click();
  await expectBlocked(page, kiosk, 'not-allowed', EVIL);
  expect(page.url()).toBe(uiUrl);
  expect(kiosk.log.entries).toContainEqual(expect.objectContaining({ event: 'navigation.refused', detail: { host: EVIL, frame: 'top' } }));
  await page.getByTestId('blocked-dismiss').click();
  // The content itself never left.
  await expectContentShows(page, '#escapes', KELA_ESCAPES);
  expectNeverReached(watch, EVIL_HOST);
});

test('plain http is refused before any connection, even to an allowed host name', async ({ page, kiosk }) => {
  const watch = watchEscapes(page);
  await content(page).locator('#to-http').click();
  await expectBlocked(page, kiosk, 'not-https', 'www.kela.test:8080');
  expect(watch.requested.filter((url) => url.startsWith('http://www.kela.test'))).toEqual([]);
  await page.getByTestId('blocked-dismiss').click();
  await expectContentShows(page, '#escapes', KELA_ESCAPES);
});

test('an allowlisted host whose certificate is not trusted is never shown, and the error page offers no way on', async ({ page, kiosk }) => {
  const watch = watchEscapes(page);
  await content(page).locator('#to-badcert').click();
  await expect.poll(() => contentFrame(page).url()).toBe('chrome-error://chromewebdata/');
  expect(kiosk.log.entries).toContainEqual(
    expect.objectContaining({ event: 'navigation.certificate-error', detail: { host: `${BADCERT_HOST}:8444`, error: 'ERR_CERT_AUTHORITY_INVALID' } }),
  );
  // The client is told why, in words; the error page stays behind the notice.
  await expectBlocked(page, kiosk, 'certificate', `${BADCERT_HOST}:8444`);
  await page.getByTestId('blocked-dismiss').click();
  // Chromium's plain error page for a frame: no interstitial with a "proceed" link, and the
  // interstitial's typed bypass word does nothing here.
  const errorPage = content(page);
  await expect(errorPage.locator('body.neterror')).toHaveCount(1);
  await expect(errorPage.locator('#proceed-link, #details-button, a, button')).toHaveCount(0);
  await page.locator(CONTENT).click();
  await page.keyboard.type('thisisunsafe');
  await page.waitForTimeout(500);
  expect(contentFrame(page).url()).toBe('chrome-error://chromewebdata/');
  await expect(errorPage.locator('#badcert')).toHaveCount(0);
  expectNeverReached(watch, BADCERT_HOST);
  // The kiosk's own toolbar is the way on: Home puts the error page away and the services up.
  await page.getByTestId('toolbar-home').click();
  await expect.poll(() => kiosk.core.snapshot().content.host).toBeNull();
  await expect(page.locator(CONTENT)).toBeHidden();
  await expect(page.getByTestId('service-tile-kela')).toBeVisible();
});
