/**
 * A keyboard-only journey: no mouse from the welcome screen to a service and back, and on every
 * screen Tab reaches every control of the kiosk's own UI.
 */
import type { Page } from '@playwright/test';
import { content, expectPhase } from './helpers';
import { expect, test } from './kiosk-test';

/** Test ids of every visible, enabled control outside the content iframe. */
async function controlsOnScreen(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector = 'button, a[href], input, select, textarea, [role="switch"], [role="tab"], [role="radio"], [role="checkbox"], [tabindex]:not([tabindex="-1"])';
    const visible = (el: Element) => {
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden' && !el.closest('[inert]');
    };
    // A radio group and a tab list are one Tab stop each (arrow keys move inside): they count once.
    const id = (el: Element) => {
      if (el instanceof HTMLInputElement && el.type === 'radio' && el.name) return `radio-group:${el.name}`;
      if (el.getAttribute('role') === 'tab') return 'tablist';
      return el.getAttribute('data-testid') ?? `${el.tagName.toLowerCase()}:${(el.textContent ?? '').trim().slice(0, 30)}`;
    };
    return [...new Set([...document.querySelectorAll(selector)].filter((el) => visible(el) && !(el as HTMLButtonElement).disabled && el.tagName !== 'IFRAME').map(id))];
  });
}

async function focusedControl(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return '(body)';
    if (el instanceof HTMLInputElement && el.type === 'radio' && el.name) return `radio-group:${el.name}`;
    if (el.getAttribute('role') === 'tab') return 'tablist';
    return el.getAttribute('data-testid') ?? `${el.tagName.toLowerCase()}:${(el.textContent ?? '').trim().slice(0, 30)}`;
  });
}

/** Tabs through the screen (forward, two full rounds at most) and returns what got focus. */
async function tabThrough(page: Page, limit = 80): Promise<Set<string>> {
  const seen = new Set<string>();
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    seen.add(await focusedControl(page));
  }
  return seen;
}

async function expectEveryControlReachable(page: Page, screen: string): Promise<void> {
  const controls = await controlsOnScreen(page);
  expect(controls.length, `${screen}: controls found`).toBeGreaterThan(0);
  const reached = await tabThrough(page, controls.length * 2 + 10);
  const missed = controls.filter((c) => !reached.has(c));
  expect(missed, `${screen}: controls Tab never reached`).toEqual([]);
}

/** Moves focus with Tab to the control with this test id, then presses the key. */
async function tabTo(page: Page, testId: string, key: 'Enter' | 'Space' = 'Enter'): Promise<void> {
  for (let i = 0; i < 80; i += 1) {
    if ((await focusedControl(page)) === testId) {
      await page.keyboard.press(key);
      return;
    }
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${testId}`);
}

test('a keyboard-only client reaches every control and completes a journey', async ({ page }) => {
  test.setTimeout(120_000);
  await expect(page.getByTestId('welcome')).toBeVisible();
  await expectEveryControlReachable(page, 'welcome');
  await tabTo(page, 'language-en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await tabTo(page, 'accessibility-open');
  await expect(page.getByTestId('accessibility-panel')).toBeVisible();
  await expectEveryControlReachable(page, 'accessibility-panel');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('accessibility-panel')).toBeHidden();

  await tabTo(page, 'start-session');
  await expectPhase(page, 'active');
  await expect(page.getByTestId('ethics-intro')).toBeVisible();
  await expectEveryControlReachable(page, 'ethics-intro');
  await tabTo(page, 'ethics-acknowledge');

  await expect(page.getByTestId('assessment-begin')).toBeVisible();
  await expectEveryControlReachable(page, 'assessment-offer');
  await tabTo(page, 'assessment-begin');
  await expect(page.getByTestId('assessment-question-goal')).toBeVisible();
  await expectEveryControlReachable(page, 'question-goal');
  // Tab enters the radio group; Space chooses the focused option (the first, "benefit").
  await tabTo(page, 'radio-group:assessment-goal', 'Space');
  await expect(page.getByTestId('assessment-option-goal-benefit')).toBeChecked();
  await tabTo(page, 'assessment-next');
  for (const question of ['level', 'unsure', 'strongAuth', 'ease']) {
    await expect(page.getByTestId(`assessment-question-${question}`)).toBeVisible();
    await tabTo(page, 'assessment-next');
  }
  await expect(page.getByTestId('assessment-result')).toBeVisible();
  await expectEveryControlReachable(page, 'result');

  await tabTo(page, 'toolbar-guidelines');
  await expect(page.getByTestId('guidelines')).toBeVisible();
  await expectEveryControlReachable(page, 'guidelines');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('guidelines')).toBeHidden();

  await tabTo(page, 'toolbar-home');
  await expect(page.getByTestId('service-tile-kela')).toBeVisible();
  await expectEveryControlReachable(page, 'home-tiles');
  await tabTo(page, 'service-tile-kela');
  await expect(content(page).locator('h1')).toHaveText('Kela fixture service');

  await tabTo(page, 'toolbar-end');
  await expect(page.getByTestId('end-confirm')).toBeVisible();
  await expectEveryControlReachable(page, 'end-confirm');
  await tabTo(page, 'end-confirm-yes');
  await expectPhase(page, 'welcome', 15_000);
});
