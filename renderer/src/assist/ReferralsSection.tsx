import type { Language } from '../../../shared/content/languages';
import { localized } from '../../../shared/content/languages';
import type { Referral } from '../../../shared/content/referrals';
import { referralKeys } from '../../../shared/content/referrals';
import { Dialog } from '../components/Dialog';
import { ReferralCard } from '../flows/ReferralCard';
import { useKeyT } from '../i18n/dynamic';
import { closeReferralCard, showReferralCard } from './local-state';
import { useAssistT } from './useAssistT';

/** The service point's referral directory; each entry opens a large card for the client. */
export function ReferralsSection({ directory, language }: { readonly directory: readonly Referral[]; readonly language: Language }) {
  const t = useAssistT();
  const tk = useKeyT();
  return (
    <section className="worker-panel__section" aria-labelledby="wp-referrals">
      <h3 id="wp-referrals">{t('assist.panel.referrals.title')}</h3>
      {directory.length === 0 ? (
        <p>{t('assist.panel.referrals.none')}</p>
      ) : (
        <ul className="worker-panel__referrals">
          {directory.map((referral) => (
            <li key={referral.id}>
              <button type="button" className="referral-entry" data-testid={`referral-${referral.id}`} aria-haspopup="dialog" onClick={() => showReferralCard(referral.id)}>
                <span className="referral-entry__name">{localized(referral.name, language)}</span>
                <span className="referral-entry__kind">{tk(referralKeys.kindTitle(referral.kind))}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The card in large type, for the client to read or photograph. */
export function ReferralCardDialog({ referral, language }: { readonly referral: Referral; readonly language: Language }) {
  const t = useAssistT();
  return (
    <Dialog
      role="dialog"
      title={t('assist.panel.referrals.cardTitle')}
      testId="referral-card-dialog"
      onEscape={closeReferralCard}
      describedByBody={false}
      actions={
        <button type="button" className="button button--primary" data-testid="referral-card-close" onClick={closeReferralCard}>
          {t('assist.panel.referrals.close')}
        </button>
      }
    >
      <p>{t('assist.panel.referrals.cardHint')}</p>
      <div className="assist-referral-card">
        <ReferralCard referral={referral} language={language} />
      </div>
    </Dialog>
  );
}
