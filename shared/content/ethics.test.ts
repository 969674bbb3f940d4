import { describe, expect, it } from 'vitest';
import {
  allEthicsKeys,
  CLIENT_GUIDELINE_IDS,
  ethicsKeys,
  EXPECTATION_IDS,
  GUIDELINE_TABS,
  GUIDELINES,
  isGuidelineTab,
  SUPPORTER_GUIDELINE_IDS,
} from './ethics';

describe('ethics content', () => {
  it('lists the what-to-expect points in the agreed order', () => {
    expect(EXPECTATION_IDS).toEqual([
      'staffHelpYouDoItYourself',
      'nobodyAsksForYourCodes',
      'youLogInYourself',
      'youAreResponsibleForWhatYouSend',
      'staffMaySeeYourDataConfidential',
      'everythingIsWipedAtTheEnd',
    ]);
  });

  it('covers both sides of the DVV guidelines, each id once', () => {
    expect(GUIDELINE_TABS).toEqual(['client', 'supporter']);
    expect(GUIDELINES.client).toBe(CLIENT_GUIDELINE_IDS);
    expect(GUIDELINES.supporter).toBe(SUPPORTER_GUIDELINE_IDS);
    const all = [...CLIENT_GUIDELINE_IDS, ...SUPPORTER_GUIDELINE_IDS];
    expect(new Set(all).size).toBe(all.length);
    // The points DOMAIN.md names for the supporter that protect the client's identity.
    expect(SUPPORTER_GUIDELINE_IDS).toEqual(
      expect.arrayContaining(['neverTakesCodesOrMeans', 'noRemoteControlDuringIdentification', 'letsClientLogInThemselves']),
    );
    expect(CLIENT_GUIDELINE_IDS).toEqual(expect.arrayContaining(['doesTheStepsThemselves', 'understandsSupporterMaySeeData']));
  });

  it('builds i18n keys by the documented convention', () => {
    expect(ethicsKeys.expectation('youLogInYourself')).toBe('ethics.expectations.youLogInYourself');
    expect(ethicsKeys.tab('supporter')).toBe('ethics.tabs.supporter');
    expect(ethicsKeys.guideline({ tab: 'client', id: 'responsibleForOwnDevice' })).toBe(
      'ethics.guidelines.client.responsibleForOwnDevice',
    );
    expect(ethicsKeys.guideline({ tab: 'supporter', id: 'kindCalmAndClear' })).toBe('ethics.guidelines.supporter.kindCalmAndClear');
  });

  it('lists every key once, all under ethics.', () => {
    const keys = allEthicsKeys();
    expect(keys).toHaveLength(EXPECTATION_IDS.length + GUIDELINE_TABS.length + CLIENT_GUIDELINE_IDS.length + SUPPORTER_GUIDELINE_IDS.length);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^ethics\.[a-z]+(\.[a-zA-Z]+)+$/);
    expect(keys).toContain('ethics.guidelines.supporter.discreetAndConfidential');
  });

  it('recognises only the two tabs', () => {
    expect(isGuidelineTab('client')).toBe(true);
    expect(isGuidelineTab('supporter')).toBe(true);
    for (const value of ['Client', 'staff', '', null, undefined, 1, ['client']]) expect(isGuidelineTab(value)).toBe(false);
  });
});
