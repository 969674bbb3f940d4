/**
 * Recovery on the browser host (issue 5, item 8): a reloaded UI page resumes the client's
 * session from the host's state, and a crash of the content's renderer ends the session with a
 * wipe. (Playwright reports a crash of the content iframe's process as a crash of the whole
 * page and refuses to drive that page any further, so the browser host cannot prove the wipe
 * afterwards: it stays out of service, the safe side. Electron reloads a crashed UI view; see
 * electron/shell/host.ts.)
 */
import { content, expectPhase, recordPhases } from './helpers';
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

test('a crash of the content renderer ends the session with a wipe', async ({ page, kiosk, context }) => {
  await openKela(page, kiosk);
  const phases = recordPhases(kiosk.core);
  const session = await context.newCDPSession(contentFrame(page));
  // The renderer dies before it can answer.
  void session.send('Page.crash').catch(() => undefined);

  await expect.poll(() => kiosk.log.entries.some((e) => e.event === 'content.crashed')).toBe(true);
  await waitForPhase(kiosk, 'outOfService', 20_000);
  expect(phases.slice(0, 2)).toEqual(['wiping', 'verifying']);
  // Nobody can start a session over what may be left: the kiosk refuses new clients.
  await kiosk.core.handle('startSession', { language: 'en' });
  expect(kiosk.core.snapshot().session.phase).not.toBe('active');
});
