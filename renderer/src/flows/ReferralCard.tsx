import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/content/languages';
import { localized } from '../../../shared/content/languages';
import { referralKeys, type Referral } from '../../../shared/content/referrals';
import { Icon } from '../components/Icon';
import { useKeyT } from '../i18n/dynamic';
import { REFERRAL_ICONS } from './icons';
import { displayAddress } from './referral-address';

/**
 * Where to go next, as a card a client can read from a distance or photograph with their
 * phone: the name, what they do for the client, the web address and phone in large type.
 */
export function ReferralCard({ referral, language, compact = false }: { readonly referral: Referral; readonly language: Language; readonly compact?: boolean }) {
  const { t } = useTranslation();
  const tk = useKeyT();
  const nameId = useId();
  return (
    <article className={compact ? 'referral referral--compact' : 'referral'} data-testid="referral-card" data-referral={referral.id} aria-labelledby={nameId}>
      <p className="referral__kind">
        <Icon name={REFERRAL_ICONS[referral.kind]} />
        {tk(referralKeys.kindTitle(referral.kind))}
      </p>
      <h2 id={nameId} className="referral__name">
        {localized(referral.name, language)}
      </h2>
      <p className="referral__body">{tk(referralKeys.kindBody(referral.kind))}</p>
      {(referral.web !== null || referral.phone !== undefined) && (
        <dl className="referral__contact">
          {referral.web !== null && (
            <div className="referral__line">
              <dt>{t('referrals.web')}</dt>
              <dd className="referral__address">{displayAddress(referral.web)}</dd>
            </div>
          )}
          {referral.phone !== undefined && (
            <div className="referral__line">
              <dt>{t('referrals.phone')}</dt>
              <dd className="referral__address">{referral.phone}</dd>
            </div>
          )}
        </dl>
      )}
      {referral.visit && (
        <p className="referral__visit">
          <Icon name="place" />
          {tk(referralKeys.visit())}
        </p>
      )}
    </article>
  );
}
