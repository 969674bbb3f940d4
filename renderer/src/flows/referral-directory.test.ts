import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../../shared/bridge';
import { DEFAULT_REFERRALS } from '../../../shared/content/referrals';
import { referralDirectory } from './referral-directory';

const name = { fi: 'Espoon hyvinvointialue', sv: 'Esbo välfärdsområde', en: 'Espoo wellbeing services county' };

describe('referralDirectory', () => {
  it('uses the directory the host sends', () => {
    const entries: Snapshot['referrals'] = [{ id: 'wellbeingCounty', kind: 'authority', name, web: 'www.lansiuusimaa.fi', visit: true, phone: '+358 9 000 0000' }];
    expect(referralDirectory(entries)).toEqual(entries);
  });

  it('drops entries the directory schema refuses', () => {
    const entries: Snapshot['referrals'] = [
      { id: 'library', kind: 'learning', name, web: 'www.kirjastot.fi', visit: true },
      { id: 'odd', kind: 'somethingElse', name, web: null, visit: false },
      { id: 'leaky', kind: 'advice', name, web: 'https://example.fi/?who=someone', visit: false },
    ];
    expect(referralDirectory(entries).map((entry) => entry.id)).toEqual(['library']);
  });

  it('falls back to the default directory when the host sends none', () => {
    expect(referralDirectory([])).toBe(DEFAULT_REFERRALS);
  });
});
