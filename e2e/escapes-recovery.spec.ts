/**
 * Recovery on the browser host (issue 5, item 8): a reloaded UI page resumes the client's
 * session from the host's state, and a crash of the content's renderer ends the session with a
 * wipe and the welcome screen returns. (Playwright reports a crash of the content iframe's
 * process as a crash of the whole page and refuses to drive that page any further, so the
 * browser host opens the UI in a fresh page first; Electron's content view dies alone. Electron
 * reloads a crashed UI view; see electron/shell/host.ts.)
 */
import { content, expectPhase, NOTHING_SEEN, readStoragePage, recordPhases } from './helpers';
import { contentFrame, expectContentShows, openKela, waitForPhase } from './escape-helpers';
import { expect, test } from './kiosk-test';

test('a reloaded UI page finds the session still active, on the page the client was on', async ({ page, kiosk }) => {
  await openKela(page, kiosk);
  await content(page).locator('#to-tunnistus').click();
  await expect(content(page).locator('#tunnistus')).toBeVisible();
  const phases = recordPhases(kiosk.core);

  await page.reload();
  await expectPhase(page, 'active');
  await expect(page.getByTestId('current-host')).toContainText('tunnistus.test:8443');
  await expectContentShows(page, '#tunnistus', 'https://tunnistus.test:8443/');
  expect(kiosk.core.snapshot().content).toMatchObject({ host: 'tunnistus.test:8443', canGoBack: true });
  expect(phases.filter((phase) => phase !== 'active')).toEqual([]);
  expect(kiosk.log.entries).toContainEqual(expect.objectContaining({ event: 'ui.reloaded' }));

  // The session's history survived too: Back leads to the service's first page.
  await page.getByTestId('toolbar-back').click();
  await expect(content(page).locator('h1')).toHaveText('Kela fixture service');
});

test('a crash of the content renderer ends the session with a verified wipe, and the welcome screen returns', async ({ page, kiosk, context }) => {
  await openKela(page, kiosk);
  await content(page).locator('#to-storage').click();
  await expect(content(page).locator('#storage-state')).toHaveText('planted');
  const phases = recordPhases(kiosk.core);
  const session = await context.newCDPSession(contentFrame(page));
  // The renderer dies before it can answer.
  void session.send('Page.crash').catch(() => undefined);

  await expect.poll(() => kiosk.log.entries.some((e) => e.event === 'content.crashed')).toBe(true);
  await waitForPhase(kiosk, 'welcome', 20_000);
  expect(phases.slice(phases.indexOf('wiping'))).toEqual(['wiping', 'verifying', 'welcome']);
  expect(kiosk.log.entries).toContainEqual(expect.objectContaining({ event: 'session.verify', detail: expect.objectContaining({ clean: true }) }));

  // The UI runs in a fresh page, and the next client finds nothing of the one before.
  const fresh = kiosk.page();
  expect(fresh).not.toBe(page);
  await expect(fresh.getByTestId('welcome')).toBeVisible();
  await openKela(fresh, kiosk);
  await content(fresh).locator('#to-storage').click();
  expect(await readStoragePage(fresh)).toEqual(NOTHING_SEEN);
});
