import { PLANTED } from './browser-host/fixtures/pages';
import {
  NOTHING_SEEN,
  content,
  expectNoUrlsLogged,
  expectPhase,
  readStoragePage,
  recordPhases,
  shot,
  startSession,
  withContentNavigation,
} from './helpers';
import { expect, test } from './kiosk-test';

// The schema's minimums: the warning comes after 5 s without input and counts down 20 s.
test.use({ idle: { timeoutSeconds: 5, warningSeconds: 20 } });

test('an unattended session is warned, then wiped, and the next client finds nothing', async ({ page, kiosk }) => {
  test.setTimeout(60_000);
  const phases = recordPhases(kiosk.core);
  await startSession(page, 'en');
  await page.getByTestId('service-tile-kela').click();
  await content(page).locator('#to-storage').click();
  expect(await readStoragePage(page)).toEqual(NOTHING_SEEN);
  await withContentNavigation(page, () => page.getByTestId('toolbar-reload').click());
  expect((await readStoragePage(page)).local).toBe(PLANTED.local);

  // Nobody touches anything from here on.
  const warning = page.getByTestId('idle-warning');
  await expect(warning).toBeVisible({ timeout: 10_000 });
  const secondsShown = Number(await page.getByTestId('idle-seconds').innerText());
  expect(secondsShown).toBeGreaterThan(15);
  expect(secondsShown).toBeLessThanOrEqual(20);
  await shot(page, '08-idle-warning');

  await expectPhase(page, 'welcome', 30_000);
  expect(phases.slice(phases.indexOf('active'))).toEqual(['active', 'wiping', 'verifying', 'welcome']);

  await startSession(page, 'en');
  await page.getByTestId('service-tile-kela').click();
  await content(page).locator('#to-storage').click();
  expect(await readStoragePage(page)).toEqual(NOTHING_SEEN);
  expectNoUrlsLogged(kiosk.log);
});

test('input inside the e-service counts as activity, and "more time" answers the warning', async ({ page }) => {
  test.setTimeout(60_000);
  await startSession(page, 'en');
  await page.getByTestId('service-tile-kela').click();
  const heading = content(page).locator('h1');
  await expect(heading).toHaveText('Kela fixture service');

  // Clicking and typing in the content (not in the UI) for longer than the idle timeout.
  for (let i = 0; i < 4; i += 1) {
    await page.waitForTimeout(2_000);
    if (i % 2 === 0) await heading.click();
    else await heading.press('Tab');
  }
  await expect(page.getByTestId('idle-warning')).toBeHidden();

  // Now nobody: the warning comes, and "more time" keeps the session.
  await expect(page.getByTestId('idle-warning')).toBeVisible({ timeout: 10_000 });
  await page.getByTestId('idle-more-time').click();
  await expect(page.getByTestId('idle-warning')).toBeHidden();
  await expectPhase(page, 'active');
  await expect(heading).toHaveText('Kela fixture service');
});
