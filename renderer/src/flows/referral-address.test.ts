import { describe, expect, it } from 'vitest';
import { DEFAULT_REFERRALS } from '../../../shared/content/referrals';
import { displayAddress } from './referral-address';

describe('displayAddress', () => {
  it('drops the scheme and a trailing slash', () => {
    expect(displayAddress('https://www.kela.fi/digituki')).toBe('www.kela.fi/digituki');
    expect(displayAddress('https://www.suomi.fi/')).toBe('www.suomi.fi');
  });

  it('leaves a bare host as it is', () => {
    expect(displayAddress('migri.fi')).toBe('migri.fi');
  });

  it('gives every default address without a scheme', () => {
    for (const referral of DEFAULT_REFERRALS) {
      if (referral.web !== null) expect(displayAddress(referral.web), referral.id).not.toMatch(/^https?:|\/$/);
    }
  });
});
