import { Dialog } from '../components/Dialog';
import { useSend } from '../KioskContext';
import { useAssistT } from './useAssistT';

/** Asks the client, on screen, whether the worker may see their self-assessment answers. */
export function ShareConsent() {
  const t = useAssistT();
  const send = useSend();
  return (
    <Dialog
      role="alertdialog"
      title={t('assist.consent.title')}
      icon="people"
      testId="share-consent"
      actions={
        <>
          <button type="button" className="button button--primary" data-testid="share-yes" onClick={() => send('setShareConsent', { share: true })}>
            {t('assist.consent.yes')}
          </button>
          <button type="button" className="button button--secondary" data-testid="share-no" onClick={() => send('setShareConsent', { share: false })}>
            {t('assist.consent.no')}
          </button>
        </>
      }
    >
      <p>{t('assist.consent.body')}</p>
      <p>{t('assist.consent.note')}</p>
    </Dialog>
  );
}
