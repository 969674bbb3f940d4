import type { RouteKind } from '../../../shared/content/assessment-model';
import { DEFAULT_REFERRALS, findReferral, referralsOfKind, type Referral } from '../../../shared/content/referrals';

/**
 * The places a route points the client to, from the referral directory: the competent
 * authority (by id, authority route only), the learning places, the identification providers,
 * Suomi.fi e-Authorizations. goAhead and askStaff happen here and now, with no place to go.
 */
export function routeReferrals(route: RouteKind, referralId: string | null, directory: readonly Referral[] = DEFAULT_REFERRALS): Referral[] {
  switch (route) {
    case 'authority': {
      const found = referralId === null ? null : findReferral(directory, referralId);
      return found === null ? [] : [found];
    }
    case 'learning':
      return referralsOfKind(directory, 'learning');
    case 'identification':
      return referralsOfKind(directory, 'identification');
    case 'onBehalf':
      return referralsOfKind(directory, 'onBehalf');
    case 'goAhead':
    case 'askStaff':
      return [];
  }
}
