/** Steps through the client flows (ethics, self-assessment) the way a client would. */
import type { Page } from '@playwright/test';
import type { Language } from '../shared/content/languages';
import { expectPhase } from './helpers';
import { expect } from './kiosk-test';

/** Welcome → language → start → the ethics intro, acknowledged. */
export async function startAndAcknowledge(page: Page, language: Language): Promise<void> {
  await expect(page.getByTestId('welcome')).toBeVisible();
  await page.getByTestId(`language-${language}`).click();
  await page.getByTestId('start-session').click();
  await expectPhase(page, 'active');
  await expect(page.getByTestId('ethics-intro')).toBeVisible();
  await page.getByTestId('ethics-acknowledge').click();
}

export type Answers = Readonly<{
  goal?: string;
  level?: string;
  unsure?: readonly string[];
  strongAuth?: string;
  ease?: readonly string[];
}>;

const ORDER = ['goal', 'level', 'unsure', 'strongAuth', 'ease'] as const;

/** Answers every question on screen (a missing answer is skipped with Next) up to the result. */
export async function answerAssessment(page: Page, answers: Answers): Promise<void> {
  await page.getByTestId('assessment-begin').click();
  for (const question of ORDER) {
    await expect(page.getByTestId(`assessment-question-${question}`)).toBeVisible();
    const answer = answers[question];
    const options = answer === undefined ? [] : typeof answer === 'string' ? [answer] : answer;
    for (const option of options) await page.getByTestId(`assessment-option-${question}-${option}`).click();
    await page.getByTestId('assessment-next').click();
  }
  await expect(page.getByTestId('assessment-result')).toBeVisible();
}
