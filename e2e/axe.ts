import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { CONTENT } from './helpers';
import { expect } from './kiosk-test';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Axe over the kiosk's own UI; the third-party e-service in the content iframe is not ours to
 * judge. Legacy mode keeps axe inside the page: its default finishes in a new blank page, and
 * the browser host closes every page but the kiosk's, as Electron denies every new window.
 */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).exclude(CONTENT).setLegacyMode(true).analyze();
  const violations = results.violations.map((v) => ({ screen, rule: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')) }));
  expect(violations).toEqual([]);
  // A run that checked nothing would pass too; make sure axe really looked at the screen.
  expect(results.passes.length).toBeGreaterThan(10);
}
