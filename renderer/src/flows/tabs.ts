import { GUIDELINE_TABS, type GuidelineTab } from '../../../shared/content/ethics';

/**
 * The tab an arrow, Home or End key moves to in the guidelines' tab list (the ARIA tabs
 * pattern; the arrows wrap around), or null for any other key.
 */
export function tabAfterKey(current: GuidelineTab, key: string): GuidelineTab | null {
  const count = GUIDELINE_TABS.length;
  const index = GUIDELINE_TABS.indexOf(current);
  const targets: Readonly<Record<string, number>> = {
    ArrowRight: (index + 1) % count,
    ArrowLeft: (index + count - 1) % count,
    Home: 0,
    End: count - 1,
  };
  const target = targets[key];
  return target === undefined ? null : (GUIDELINE_TABS[target] ?? null);
}
