import { guidanceKeys } from '../../../shared/content/worker-guidance';
import { Icon } from '../components/Icon';
import { useKeyT } from '../i18n/dynamic';
import { useAssistT } from './useAssistT';

/**
 * The privacy moment: a bar above the content (the client has to log in there, so it must not
 * cover it) telling the client to log in themselves, the worker to look away, and how scams go.
 */
export function PrivacyMoment({ workerIn }: { readonly workerIn: boolean }) {
  const t = useAssistT();
  const tk = useKeyT();
  return (
    <section className="privacy-moment" data-testid="privacy-moment" aria-labelledby="privacy-moment-title" role="region">
      <Icon name="shield" className="privacy-moment__icon" />
      <div className="privacy-moment__text">
        <h2 id="privacy-moment-title" className="privacy-moment__title">
          {t('assist.privacy.title')}
        </h2>
        <p className="privacy-moment__client">{tk(guidanceKeys.privacy('clientLogsInThemselves'))}</p>
        {workerIn && (
          <p className="privacy-moment__worker" data-testid="privacy-worker">
            <Icon name="eye" />
            {t('assist.privacy.worker')}
          </p>
        )}
        <p className="privacy-moment__scam">
          <strong>{t('assist.privacy.scamTitle')}: </strong>
          {tk(guidanceKeys.privacy('scamTip'))}
        </p>
      </div>
    </section>
  );
}
