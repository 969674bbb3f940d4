import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { CONTENT, content, startSession } from './helpers';
import { expect, test } from './kiosk-test';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Axe over the kiosk's own UI; the third-party e-service in the content iframe is not ours to
 * judge. Legacy mode keeps axe inside the page: its default finishes in a new blank page, and
 * the browser host closes every page but the kiosk's, as Electron denies every new window.
 */
async function expectAccessible(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).exclude(CONTENT).setLegacyMode(true).analyze();
  const violations = results.violations.map((v) => ({ screen, rule: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')) }));
  expect(violations).toEqual([]);
  // A run that checked nothing would pass too; make sure axe really looked at the screen.
  expect(results.passes.length).toBeGreaterThan(10);
}

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
