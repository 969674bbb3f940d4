import { describe, expect, it } from 'vitest';
import { LANGUAGES, localized } from './languages';
import {
  allReferralKeys,
  DEFAULT_REFERRAL_IDS,
  DEFAULT_REFERRALS,
  findReferral,
  REFERRAL_KINDS,
  ReferralDirectorySchema,
  ReferralSchema,
  referralKeys,
  referralsOfKind,
  ReferralWebSchema,
  type Referral,
} from './referrals';

const kela = DEFAULT_REFERRALS.find((entry) => entry.id === 'kela') as Referral;

describe('default referral directory', () => {
  it('passes its own schema, entry by entry and as a directory', () => {
    for (const entry of DEFAULT_REFERRALS) expect(ReferralSchema.parse(entry)).toEqual(entry);
    expect(ReferralDirectorySchema.safeParse(DEFAULT_REFERRALS).success).toBe(true);
  });

  it('has exactly one entry per default id', () => {
    expect(DEFAULT_REFERRALS.map((entry) => entry.id).sort()).toEqual([...DEFAULT_REFERRAL_IDS].sort());
  });

  it('includes the places the brief names, with the right kinds', () => {
    const kindOf = (id: string) => findReferral(DEFAULT_REFERRALS, id)?.kind;
    for (const id of ['kela', 'vero', 'migri', 'dvv', 'wellbeingCounty']) expect(kindOf(id)).toBe('authority');
    for (const id of ['library', 'seniorSurf', 'enter', 'adultEducation']) expect(kindOf(id)).toBe('learning');
    for (const id of ['banks', 'dvvIdCard']) expect(kindOf(id)).toBe('identification');
    expect(kindOf('eAuthorizations')).toBe('onBehalf');
    expect(kindOf('kansalaisneuvonta')).toBe('advice');
    expect(kela.name).toEqual({ fi: 'Kela', sv: 'FPA', en: 'Kela' });
  });

  it('names every entry in every language and invents no phone numbers', () => {
    for (const entry of DEFAULT_REFERRALS) {
      for (const language of LANGUAGES) expect(localized(entry.name, language).trim()).not.toBe('');
      expect(entry.phone).toBeUndefined();
    }
  });

  it('offers at least one entry of every kind', () => {
    for (const kind of REFERRAL_KINDS) expect(referralsOfKind(DEFAULT_REFERRALS, kind).length).toBeGreaterThan(0);
    expect(referralsOfKind(DEFAULT_REFERRALS, 'learning').map((entry) => entry.id)).toEqual([
      'library',
      'seniorSurf',
      'enter',
      'adultEducation',
    ]);
  });
});

describe('ReferralSchema', () => {
  it('accepts a host or an https page as the web address', () => {
    for (const web of ['www.kela.fi', 'migri.fi', 'https://www.kela.fi', 'https://www.kela.fi/', 'https://www.suomi.fi/valtuudet']) {
      expect(ReferralWebSchema.safeParse(web).success, web).toBe(true);
    }
  });

  it('refuses addresses that are not a plain public page', () => {
    for (const web of [
      '',
      'kela',
      'http://www.kela.fi',
      'https://user:pw@www.kela.fi/',
      'https://www.kela.fi:8443/',
      'https://www.kela.fi/?hetu=010101-123N',
      'https://www.kela.fi/#top',
      'https://www.kela.fi/a b',
      'www.kela.fi/digituki',
      'WWW.KELA.FI',
      '-kela.fi',
      'javascript:alert(1)',
    ]) {
      expect(ReferralWebSchema.safeParse(web).success, web).toBe(false);
    }
  });

  it('accepts a phone number filled in by the service point, and refuses free text there', () => {
    expect(ReferralSchema.safeParse({ ...kela, phone: '+358 40 000 0000' }).success).toBe(true);
    expect(ReferralSchema.safeParse({ ...kela, phone: '(09) 000-000' }).success).toBe(true);
    expect(ReferralSchema.safeParse({ ...kela, phone: 'call us' }).success).toBe(false);
    expect(ReferralSchema.safeParse({ ...kela, phone: '' }).success).toBe(false);
  });

  it('accepts an entry a service point adds, and refuses malformed ones', () => {
    const added = { id: 'localParish', kind: 'learning', name: { fi: 'Seurakunta', sv: 'Församlingen', en: 'Parish' }, web: null, visit: true };
    expect(ReferralSchema.safeParse(added).success).toBe(true);
    expect(ReferralSchema.safeParse({ ...added, id: 'Local parish' }).success).toBe(false);
    expect(ReferralSchema.safeParse({ ...added, kind: 'church' }).success).toBe(false);
    expect(ReferralSchema.safeParse({ ...added, name: { fi: 'Seurakunta' } }).success).toBe(false);
    expect(ReferralSchema.safeParse({ ...added, notes: 'free text' }).success).toBe(false);
    const { visit: _visit, ...withoutVisit } = added;
    expect(ReferralSchema.safeParse(withoutVisit).success).toBe(false);
  });

  it('refuses a directory with a duplicate id', () => {
    expect(ReferralDirectorySchema.safeParse([kela, kela]).success).toBe(false);
  });
});

describe('lookups and keys', () => {
  it('finds an entry by id, or null when a service point removed it', () => {
    expect(findReferral(DEFAULT_REFERRALS, 'migri')?.name.en).toBe('Finnish Immigration Service (Migri)');
    expect(findReferral(DEFAULT_REFERRALS.filter((entry) => entry.id !== 'migri'), 'migri')).toBeNull();
  });

  it('builds i18n keys per kind', () => {
    expect(referralKeys.kindTitle('onBehalf')).toBe('referrals.kinds.onBehalf.title');
    expect(referralKeys.kindBody('advice')).toBe('referrals.kinds.advice.body');
    const keys = allReferralKeys();
    expect(keys).toHaveLength(REFERRAL_KINDS.length * 2 + 1);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain('referrals.visit');
  });
});
