import type { Page } from '@playwright/test';
import { DEMO_WORKER_PIN } from './browser-host/index';
import { content, expectPhase, shot, startSession } from './helpers';
import { expect, test } from './kiosk-test';

async function workerJoins(page: Page, pin = DEMO_WORKER_PIN): Promise<void> {
  await page.getByTestId('toolbar-staff').click();
  await expect(page.getByTestId('pin-pad')).toBeVisible();
  for (const digit of pin) await page.getByTestId(`pin-digit-${digit}`).click();
  await page.getByTestId('pin-submit').click();
}

test('a worker joins with the PIN, steps back during identification, records a referral, and the report counts it', async ({ page, kiosk }) => {
  test.setTimeout(90_000);
  await startSession(page, 'en');
  await page.getByTestId('service-tile-kela').click();
  await expect(content(page).locator('h1')).toHaveText('Kela fixture service');

  // A wrong PIN first: refused, counted, audited.
  await workerJoins(page, '1111');
  await expect(page.getByTestId('pin-pad')).toContainText(/Wrong PIN.*4/);
  await page.getByTestId('pin-cancel').click();
  await workerJoins(page);
  await expect(page.getByTestId('assist-banner')).toBeVisible();
  await expect(page.getByTestId('worker-panel')).toBeVisible();
  await shot(page, 'assist-panel');

  // The client goes to identification: the privacy moment, and the panel hides.
  await content(page).locator('#to-tunnistus').click();
  await expect(page.getByTestId('privacy-moment')).toBeVisible();
  await expect(page.getByTestId('worker-panel')).toBeHidden();
  await shot(page, 'assist-privacy-moment');

  // Back at the service, the panel returns.
  await page.getByTestId('toolbar-back').click();
  await expect(content(page).locator('h1')).toHaveText('Kela fixture service');
  await expect(page.getByTestId('privacy-moment')).toBeHidden();
  await expect(page.getByTestId('worker-panel')).toBeVisible();

  // The worker ends assist: referred to Kela.
  await page.getByTestId('outcome-referred').click();
  await page.getByTestId('end-referral').selectOption('kela');
  await page.getByTestId('end-assist').click();
  await expect(page.getByTestId('worker-panel')).toBeHidden();
  await expect(page.getByTestId('assist-banner')).toBeHidden();

  await page.getByTestId('toolbar-end').click();
  await page.getByTestId('end-confirm-yes').click();
  await expectPhase(page, 'welcome', 15_000);

  // The audit log has entries and exit; host names at most, never a PIN.
  const audit = kiosk.store.audit.list({ limit: 20 }).map((e) => e.action);
  expect(audit).toEqual(expect.arrayContaining(['assist.pin-failed', 'assist.enter', 'assist.exit']));
  expect(JSON.stringify(kiosk.store.audit.list({ limit: 20 }))).not.toMatch(/2468|1111/);

  // The next session: a worker opens the report, which counts the referral.
  await startSession(page, 'en');
  await workerJoins(page);
  await expect(page.getByTestId('worker-panel')).toBeVisible();
  await page.getByTestId('open-report').click();
  await expect(page.getByTestId('staff-report')).toBeVisible();
  await expect(page.getByTestId('report-body')).toBeVisible();
  await expect(page.getByTestId('chart-byOutcome')).toContainText(/1/);
  const today = new Date();
  const day = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  const outcomes = kiosk.store.supportEvents.report(day(new Date(today.getTime() - 86_400_000)), day(new Date(today.getTime() + 86_400_000)));
  expect(outcomes.byOutcome.find((c) => c.key === 'referred')?.sessions).toBe(1);
  expect(outcomes.byReferral.find((c) => c.key === 'authority')?.sessions).toBe(1);
  await shot(page, 'assist-report');
});

test('"I need help" raises the help sign until the client cancels it', async ({ page }) => {
  await startSession(page, 'en');
  await page.getByTestId('toolbar-help').click();
  await expect(page.getByTestId('help-sign')).toBeVisible();
  await shot(page, 'assist-help-sign');
  await page.getByTestId('help-cancel').click();
  await expect(page.getByTestId('help-sign')).toBeHidden();
});

test('the configured key combination opens the PIN pad during a session', async ({ page }) => {
  await startSession(page, 'en');
  await page.keyboard.press('Control+Alt+Shift+KeyH');
  await expect(page.getByTestId('pin-pad')).toBeVisible();
  await page.getByTestId('pin-cancel').click();
  await expect(page.getByTestId('pin-pad')).toBeHidden();
});
