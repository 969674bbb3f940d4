import { useTranslation } from 'react-i18next';
import type { RouteKind } from '../../../shared/content/assessment-model';
import type { Language } from '../../../shared/content/languages';
import type { Referral } from '../../../shared/content/referrals';
import { ReferralCard } from './ReferralCard';
import { routeReferrals } from './route-referrals';

function Cards({ referrals, language }: { readonly referrals: readonly Referral[]; readonly language: Language }) {
  if (referrals.length === 0) return null;
  return (
    <ul className="referrals">
      {referrals.map((referral) => (
        <li key={referral.id}>
          <ReferralCard referral={referral} language={language} />
        </li>
      ))}
    </ul>
  );
}

/** What the route means in practice: where to go, and for identification, what it is about. */
type RouteDetailsProps = {
  readonly route: RouteKind;
  readonly referralId: string | null;
  readonly directory: readonly Referral[];
  readonly language: Language;
};

export function RouteDetails({ route, referralId, directory, language }: RouteDetailsProps) {
  const { t } = useTranslation();
  switch (route) {
    case 'goAhead':
    case 'askStaff':
      return null;
    case 'authority':
    case 'learning':
      return <Cards referrals={routeReferrals(route, referralId, directory)} language={language} />;
    case 'identification':
      return (
        <>
          <p>{t('assessment.identification.what')}</p>
          <p className="flow__emphasis">{t('assessment.identification.onlyYou')}</p>
          <p>{t('assessment.identification.howToGet')}</p>
          <Cards referrals={routeReferrals('identification', null, directory)} language={language} />
          <p>{t('assessment.identification.alternative')}</p>
          <Cards referrals={routeReferrals('onBehalf', null, directory)} language={language} />
        </>
      );
    case 'onBehalf':
      return (
        <>
          <Cards referrals={routeReferrals('onBehalf', null, directory)} language={language} />
          <p>{t('assessment.onBehalf.counter')}</p>
        </>
      );
  }
}
