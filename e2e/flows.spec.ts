import { content, expectPhase, shot } from './helpers';
import { answerAssessment, startAndAcknowledge } from './flow-helpers';
import { expect, test } from './kiosk-test';

test.describe('seed case journeys through the self-assessment', () => {
  test('case 1: a foreign-language client who does not understand the terms is referred to the competent authority', async ({ page, kiosk }) => {
    await startAndAcknowledge(page, 'en');
    await answerAssessment(page, { goal: 'immigration', level: '2', unsure: ['service'], strongAuth: 'yes', ease: ['none'] });
    const result = page.getByTestId('assessment-result');
    await expect(result).toHaveAttribute('data-route', 'authority');
    const card = page.getByTestId('referral-card');
    await expect(card).toBeVisible();
    await expect(card).toContainText('Migri');
    await shot(page, 'case1-referral-card');
    // The host keeps ids only, for this session.
    expect(kiosk.core.snapshot().client.assessment).toMatchObject({ route: 'authority', referralId: 'migri', needCategory: 'service', level: 2 });
  });

  test('case 3: a client without strong-authentication means gets identification help', async ({ page, kiosk }) => {
    await startAndAcknowledge(page, 'fi');
    await answerAssessment(page, { goal: 'messages', level: '2', unsure: ['none'], strongAuth: 'no', ease: ['none'] });
    await expect(page.getByTestId('assessment-result')).toHaveAttribute('data-route', 'identification');
    await expect(page.getByTestId('assessment-next-step')).toBeVisible();
    await shot(page, 'case3-identification');
    expect(kiosk.core.snapshot().client.assessment).toMatchObject({ route: 'identification' });
  });

  test('case 6: attachments route to going ahead with staff help, and the next step opens the service', async ({ page, kiosk }) => {
    await startAndAcknowledge(page, 'sv');
    await answerAssessment(page, { goal: 'attachments', level: '2', unsure: ['device'], strongAuth: 'yes', ease: ['none'] });
    await expect(page.getByTestId('assessment-result')).toHaveAttribute('data-route', 'goAhead');
    expect(kiosk.core.snapshot().client.assessment).toMatchObject({ route: 'goAhead', withStaff: true });
    await shot(page, 'case6-go-ahead');
    await page.getByTestId('assessment-next-step').click();
    await expect(content(page).locator('h1')).toHaveText('Kela fixture service');
    await expect(page.getByTestId('current-host')).toContainText('www.kela.test:8443');
  });
});

test('switching language mid-assessment keeps the client on the same question with the same answers', async ({ page }) => {
  await startAndAcknowledge(page, 'fi');
  await page.getByTestId('assessment-begin').click();
  await page.getByTestId('assessment-option-goal-tax').click();
  await page.getByTestId('assessment-next').click();
  await expect(page.getByTestId('assessment-question-level')).toBeVisible();
  const finnishTitle = await page.getByTestId('assessment-question-level').locator('h2, legend').first().innerText();

  await page.getByTestId('toolbar-language').click();
  await page.getByTestId('language-sv').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  const question = page.getByTestId('assessment-question-level');
  await expect(question).toBeVisible();
  await expect(question.locator('h2, legend').first()).not.toHaveText(finnishTitle);

  await page.getByTestId('assessment-back').click();
  await expect(page.getByTestId('assessment-option-goal-tax')).toBeChecked();

  await page.getByTestId('toolbar-language').click();
  await page.getByTestId('language-fi-plain').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
  await expect(page.getByTestId('assessment-question-goal')).toBeVisible();
  await expect(page.getByTestId('assessment-option-goal-tax')).toBeChecked();
});

test('the ethics guidelines open from the toolbar at any step and return the client to where they were', async ({ page }) => {
  await startAndAcknowledge(page, 'en');
  await page.getByTestId('assessment-begin').click();
  await expect(page.getByTestId('assessment-question-goal')).toBeVisible();
  await page.getByTestId('toolbar-guidelines').click();
  const dialog = page.getByTestId('guidelines');
  await expect(dialog).toBeVisible();
  await page.getByTestId('guidelines-tab-supporter').click();
  await expect(page.getByTestId('guidelines-tab-supporter')).toHaveAttribute('aria-selected', 'true');
  await shot(page, 'guidelines-supporter');
  await page.getByTestId('guidelines-close').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('assessment-question-goal')).toBeVisible();
});

test('accessibility choices apply to the UI and the e-service, and the wipe resets them for the next client', async ({ page, kiosk }) => {
  await expect(page.getByTestId('welcome')).toBeVisible();
  await page.getByTestId('accessibility-open').click();
  await expect(page.getByTestId('accessibility-panel')).toBeVisible();
  await page.getByTestId('a11y-theme-yellowOnBlack').click();
  await page.getByTestId('a11y-text-scale-200').click();
  await page.getByTestId('a11y-textSpacing').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'yellowOnBlack');
  await shot(page, 'a11y-panel-yellow-200');
  await page.getByTestId('accessibility-close').click();

  await startAndAcknowledge(page, 'en');
  await page.getByTestId('assessment-skip').click();
  await page.getByTestId('service-tile-kela').click();
  await expect(content(page).locator('h1')).toHaveText('Kela fixture service');
  // The same adjustments reach the third-party page: zoom for text size, CSS for contrast and spacing.
  const style = content(page).locator('style#vierella-adjustments');
  await expect(style).toHaveCount(1);
  const css = await style.evaluate((el) => el.textContent ?? '');
  expect(css).toMatch(/zoom:2/);
  expect(css.toLowerCase()).toMatch(/#ffff00/);
  expect(css).toMatch(/letter-spacing/);
  await shot(page, 'a11y-content-yellow-200');

  await page.getByTestId('toolbar-end').click();
  await page.getByTestId('end-confirm-yes').click();
  await expectPhase(page, 'welcome', 15_000);
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', 'yellowOnBlack');
  expect(kiosk.core.snapshot().client.accessibility.theme).toBe('default');
  expect(kiosk.core.snapshot().client.accessibility.textScale).toBe(1);
});
