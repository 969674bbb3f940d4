import { PLANTED } from './browser-host/fixtures/pages';
import { NOTHING_SEEN, content, readStoragePage, startSession, withContentNavigation } from './helpers';
import { expect, test } from './kiosk-test';

const KELA_ORIGIN = 'https://www.kela.test:8443';

test('the verification finds what the content left behind, and nothing after the wipe', async ({ page, kiosk }) => {
  await startSession(page, 'en');
  await page.getByTestId('service-tile-kela').click();
  await content(page).locator('#to-storage').click();
  expect(await readStoragePage(page)).toEqual(NOTHING_SEEN);
  await withContentNavigation(page, () => page.getByTestId('toolbar-reload').click());
  expect((await readStoragePage(page)).idb).toBe(PLANTED.idb);

  // Without a wipe, every kind of leftover is reported, by host only.
  const dirty = await kiosk.wiper.verify({ origins: [KELA_ORIGIN] });
  expect(dirty.clean).toBe(false);
  expect(dirty.findings).toEqual(
    expect.arrayContaining(['cookie:www.kela.test', 'local_storage:www.kela.test:8443', 'indexeddb-names:www.kela.test:8443']),
  );
  for (const finding of dirty.findings) expect(finding).not.toMatch(/:\/\/|\/\w/);

  // The core's own wipe at the end of the session clears it all.
  await page.getByTestId('toolbar-end').click();
  await page.getByTestId('end-confirm-yes').click();
  await expect(page.getByTestId('welcome')).toBeVisible();
  expect(await kiosk.wiper.verify({ origins: [KELA_ORIGIN] })).toEqual({ clean: true, findings: [] });
});
