/**
 * Axe (WCAG 2.2 AA tags) on every screen of the client flows, in every language and contrast
 * theme, at 100 % and 200 % text. Themes and text size are switched through the bridge, as the
 * accessibility panel does, so each screen is checked eight times without walking it again.
 */
import type { Page } from '@playwright/test';
import { DEFAULT_PREFS, THEMES } from '../shared/content/accessibility';
import { LANGUAGES } from '../shared/content/languages';
import { expectAccessible } from './axe';
import { content, contentShown, setPrefs, shot } from './helpers';
import { startAndAcknowledge } from './flow-helpers';
import { expect, test } from './kiosk-test';

const SCALES = [1, 2] as const;

async function everyLook(page: Page, screen: string): Promise<void> {
  for (const theme of THEMES) {
    for (const textScale of SCALES) {
      await setPrefs(page, { ...DEFAULT_PREFS, theme, textScale });
      await expect(page.getByTestId(screen)).toBeVisible();
      await expectAccessible(page, `${screen} ${theme} ${textScale * 100}%`);
      await shot(page, `matrix-${screen}-${theme}-${textScale * 100}`);
    }
  }
  await setPrefs(page, DEFAULT_PREFS);
}

/** The panel itself: switched with its own controls, as a client would, while it stays open. */
async function everyLookOfThePanel(page: Page): Promise<void> {
  for (const theme of THEMES) {
    await page.getByTestId(`a11y-theme-${theme}`).click();
    for (const textScale of SCALES) {
      await page.getByTestId(`a11y-text-scale-${textScale * 100}`).click();
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await expect(page.getByTestId('accessibility-panel')).toBeVisible();
      await expectAccessible(page, `accessibility-panel ${theme} ${textScale * 100}%`);
    }
  }
  await page.getByTestId('a11y-theme-default').click();
  await page.getByTestId('a11y-text-scale-100').click();
}

for (const language of LANGUAGES) {
  test(`every screen passes axe in every theme at 100 % and 200 % (${language})`, async ({ page }) => {
    test.setTimeout(240_000);
    await expect(page.getByTestId('welcome')).toBeVisible();
    await page.getByTestId(`language-${language}`).click();
    await everyLook(page, 'welcome');

    await page.getByTestId('accessibility-open').click();
    await expect(page.getByTestId('accessibility-panel')).toBeVisible();
    await everyLookOfThePanel(page);
    await page.getByTestId('accessibility-close').click();

    await startAndCheckEthics(page);
    await expect(page.getByTestId('assessment-begin')).toBeVisible();
    await everyLook(page, 'assessment-offer');

    await page.getByTestId('assessment-begin').click();
    await expect(page.getByTestId('assessment-question-goal')).toBeVisible();
    await everyLook(page, 'assessment-question-goal');
    await page.getByTestId('assessment-option-goal-immigration').click();
    await page.getByTestId('assessment-next').click();
    await page.getByTestId('assessment-next').click();
    await expect(page.getByTestId('assessment-question-unsure')).toBeVisible();
    await page.getByTestId('assessment-option-unsure-service').click();
    await everyLook(page, 'assessment-question-unsure');
    await page.getByTestId('assessment-next').click();
    await page.getByTestId('assessment-next').click();
    await page.getByTestId('assessment-next').click();
    await expect(page.getByTestId('assessment-result')).toBeVisible();
    await everyLook(page, 'assessment-result');

    await page.getByTestId('toolbar-guidelines').click();
    await expect(page.getByTestId('guidelines')).toBeVisible();
    await everyLook(page, 'guidelines');
    await page.getByTestId('guidelines-close').click();

    await page.getByTestId('toolbar-home').click();
    await expect(page.getByTestId('service-tile-kela')).toBeVisible();
    await everyLook(page, 'service-tile-kela');

    await page.getByTestId('service-tile-kela').click();
    await content(page).locator('#to-evil').click();
    await expect(page.getByTestId('blocked-notice')).toBeVisible();
    await everyLook(page, 'blocked-notice');
    await page.getByTestId('blocked-dismiss').click();

    await page.getByTestId('toolbar-end').click();
    await expect(page.getByTestId('end-confirm')).toBeVisible();
    await everyLook(page, 'end-confirm');
  });
}

/** The ethics intro is a screen of its own: check it before acknowledging. */
async function startAndCheckEthics(page: Page): Promise<void> {
  await page.getByTestId('start-session').click();
  await expect(page.getByTestId('ethics-intro')).toBeVisible();
  await everyLook(page, 'ethics-intro');
  await page.getByTestId('ethics-acknowledge').click();
  await expect(page.locator('html')).toHaveAttribute('data-phase', 'active');
}

test.describe('with a short idle timeout', () => {
  test.use({ idle: { timeoutSeconds: 5, warningSeconds: 60 } });

  test('the idle warning passes axe in every theme at 100 % and 200 %', async ({ page }) => {
    await startAndAcknowledge(page, 'en');
    await expect(page.getByTestId('idle-warning')).toBeVisible({ timeout: 10_000 });
    await everyLook(page, 'idle-warning');
  });
});

test('the help sign passes axe in every theme at 100 % and 200 %', async ({ page }) => {
  await startAndAcknowledge(page, 'en');
  await page.getByTestId('toolbar-help').click();
  await everyLook(page, 'help-sign');
  await page.getByTestId('help-cancel').click();
  await expect(page.getByTestId('help-sign')).toBeHidden();
});

test('the document screens pass axe in every theme at 100 % and 200 %', async ({ page }) => {
  test.setTimeout(180_000);
  await startAndAcknowledge(page, 'en');
  await page.getByTestId('assessment-skip').click();
  await page.getByTestId('service-tile-kela').click();
  await content(page).locator('#to-documents').click();
  await content(page).locator('#download-pdf').click();
  await expect(page.getByTestId('document-viewer')).toHaveAttribute('data-state', 'ready');
  await everyLook(page, 'document-viewer');

  await page.getByTestId('toolbar-documents').click();
  await everyLook(page, 'documents-list');
  await page.getByTestId('documents-list-close').click();
  await page.getByTestId('document-print').click();
  await everyLook(page, 'print-confirm');
  await page.getByTestId('print-confirm-no').click();
  await page.getByTestId('document-close').click();

  await contentShown(page);
  await content(page).locator('#upload-one').click();
  await everyLook(page, 'file-picker');
  await page.getByTestId('picker-cancel').click();

  await contentShown(page);
  await content(page).locator('#download-archive').click();
  await everyLook(page, 'document-notice');
});
