import { PLANTED } from './browser-host/fixtures/pages';
import {
  EVIL_HOST,
  KELA,
  NOTHING_SEEN,
  content,
  contentUrl,
  expectNoUrlsLogged,
  expectPhase,
  hostsOf,
  readStoragePage,
  recordCommittedUrls,
  recordPhases,
  shot,
  shotIfShown,
  startSession,
  withContentNavigation,
} from './helpers';
import { expect, test } from './kiosk-test';

test('a client session: refused link, storage, end, wipe, and the next client finds nothing', async ({ page, kiosk }) => {
  const committed = recordCommittedUrls(page);
  const phases = recordPhases(kiosk.core);

  await expect(page.getByTestId('welcome')).toBeVisible();
  await shot(page, '01-welcome');
  await startSession(page, 'en');
  await expect(page.getByTestId('service-tile-kela')).toBeVisible();
  await shot(page, '02-home-tiles');

  await page.getByTestId('service-tile-kela').click();
  await expect(content(page).locator('h1')).toHaveText('Kela fixture service');
  await expect(page.getByTestId('current-host')).toContainText('www.kela.test:8443');
  await shot(page, '03-kela');

  // A link to a host that is not on the allowlist: the notice, and the page is never shown.
  await content(page).locator('#to-evil').click();
  const notice = page.getByTestId('blocked-notice');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText(EVIL_HOST);
  await shot(page, '04-blocked-notice');
  await page.getByTestId('blocked-dismiss').click();
  await expect(notice).toBeHidden();
  await expect(content(page).locator('h1')).toHaveText('Kela fixture service');
  expect(contentUrl(page)).toBe(KELA);
  await expect(content(page).locator('#evil')).toHaveCount(0);
  expect(hostsOf(committed)).not.toContain(EVIL_HOST);

  // The storage page reports first, then plants a cookie, an HttpOnly cookie, localStorage and IndexedDB.
  await content(page).locator('#to-storage').click();
  expect(await readStoragePage(page)).toEqual(NOTHING_SEEN);
  await withContentNavigation(page, () => page.getByTestId('toolbar-reload').click());
  expect(await readStoragePage(page)).toEqual({
    cookie: PLANTED.cookie,
    httpCookie: PLANTED.httpCookie,
    local: PLANTED.local,
    idb: PLANTED.idb,
  });
  await shot(page, '05-storage-planted');

  // Back and forward come from the host's own history of the session.
  await page.getByTestId('toolbar-back').click();
  await expect(content(page).locator('h1')).toHaveText('Kela fixture service');
  await page.getByTestId('toolbar-forward').click();
  await expect(content(page).locator('h1')).toHaveText('Storage fixture');

  await page.getByTestId('toolbar-end').click();
  await expect(page.getByTestId('end-confirm')).toBeVisible();
  await shot(page, '06-end-confirm');
  await page.getByTestId('end-confirm-yes').click();
  await shotIfShown(page, 'wiping', '07-wiping');
  await expectPhase(page, 'welcome');
  await expect(page.getByTestId('welcome')).toBeVisible();
  expect(phases.slice(phases.indexOf('ending'))).toEqual(['ending', 'wiping', 'verifying', 'welcome']);
  expect(page.frame({ name: 'kiosk-content' })).toBeNull();

  // The next client: the same page sees none of it.
  await startSession(page, 'en');
  await page.getByTestId('service-tile-kela').click();
  await content(page).locator('#to-storage').click();
  expect(await readStoragePage(page)).toEqual(NOTHING_SEEN);

  expect(hostsOf(committed)).not.toContain(EVIL_HOST);
  expectNoUrlsLogged(kiosk.log);
});
