import { describe, expect, it } from 'vitest';
import { ROUTE_KINDS } from '../../../shared/content/assessment-model';
import { DEFAULT_REFERRALS, type Referral } from '../../../shared/content/referrals';
import { routeReferrals } from './route-referrals';

const ids = (referrals: readonly Referral[]): string[] => referrals.map((referral) => referral.id);

describe('routeReferrals', () => {
  it('gives the competent authority of the authority route', () => {
    expect(ids(routeReferrals('authority', 'vero'))).toEqual(['vero']);
    expect(ids(routeReferrals('authority', 'kansalaisneuvonta'))).toEqual(['kansalaisneuvonta']);
  });

  it('gives nothing when the service point removed the authority, or none was named', () => {
    expect(routeReferrals('authority', 'vero', DEFAULT_REFERRALS.filter((r) => r.id !== 'vero'))).toEqual([]);
    expect(routeReferrals('authority', null)).toEqual([]);
  });

  it('lists the places of the referral routes by kind', () => {
    expect(ids(routeReferrals('learning', null))).toEqual(['library', 'seniorSurf', 'enter', 'adultEducation']);
    expect(ids(routeReferrals('identification', null))).toEqual(['banks', 'dvvIdCard']);
    expect(ids(routeReferrals('onBehalf', null))).toEqual(['eAuthorizations']);
  });

  it('has no places for the routes that happen here', () => {
    expect(routeReferrals('goAhead', 'vero')).toEqual([]);
    expect(routeReferrals('askStaff', null)).toEqual([]);
  });

  it('names only places of the directory', () => {
    const known = new Set(ids(DEFAULT_REFERRALS));
    for (const route of ROUTE_KINDS) for (const id of ids(routeReferrals(route, 'kela'))) expect(known.has(id), `${route}: ${id}`).toBe(true);
  });
});
