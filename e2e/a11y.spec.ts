import { expectAccessible } from './axe';
import { content, startSession } from './helpers';
import { expect, test } from './kiosk-test';

test.describe('screens with the default timings', () => {
  test('welcome, home tiles, blocked notice and end confirmation pass axe (WCAG 2.2 AA tags)', async ({ page }) => {
    await expect(page.getByTestId('welcome')).toBeVisible();
    await expectAccessible(page, 'welcome');

    await startSession(page, 'en');
    await expect(page.getByTestId('service-tile-kela')).toBeVisible();
    await expectAccessible(page, 'home-tiles');

    await page.getByTestId('service-tile-kela').click();
    await content(page).locator('#to-evil').click();
    await expect(page.getByTestId('blocked-notice')).toBeVisible();
    await expectAccessible(page, 'blocked-notice');
    await page.getByTestId('blocked-dismiss').click();

    await page.getByTestId('toolbar-end').click();
    await expect(page.getByTestId('end-confirm')).toBeVisible();
    await expectAccessible(page, 'end-confirm');
  });
});

test.describe('with a short idle timeout', () => {
  test.use({ idle: { timeoutSeconds: 5, warningSeconds: 20 } });

  test('the idle warning passes axe (WCAG 2.2 AA tags)', async ({ page }) => {
    await startSession(page, 'en');
    await expect(page.getByTestId('idle-warning')).toBeVisible({ timeout: 10_000 });
    await expectAccessible(page, 'idle-warning');
  });
});
