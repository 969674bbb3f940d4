import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSend } from '../KioskContext';
import { Announcer } from './Announcer';
import { Dialog } from './Dialog';

/**
 * "End the session?": reminds the client to log out of the e-services first and says what will
 * be wiped. Focus starts on "No, go back", the answer that loses nothing.
 */
export function EndConfirm({ secondsLeft }: { readonly secondsLeft: number | null }) {
  const { t } = useTranslation();
  const send = useSend();
  const noRef = useRef<HTMLButtonElement>(null);
  const cancel = () => send('cancelEnd', {});
  return (
    <Dialog
      title={t('end.title')}
      icon="end"
      testId="end-confirm"
      initialFocusRef={noRef}
      onEscape={cancel}
      actions={
        <>
          <button ref={noRef} type="button" className="button button--secondary" data-testid="end-confirm-no" onClick={cancel}>
            {t('end.no')}
          </button>
          <button type="button" className="button button--primary" data-testid="end-confirm-yes" onClick={() => send('confirmEnd', {})}>
            {t('end.yes')}
          </button>
        </>
      }
    >
      <p className="dialog__emphasis">{t('end.logout')}</p>
      <p>{t('end.wipe')}</p>
      {secondsLeft !== null && (
        <>
          <p className="dialog__countdown" aria-hidden="true">
            {t('end.countdown', { count: secondsLeft })}
          </p>
          <Announcer secondsLeft={secondsLeft} render={(count) => t('end.countdown', { count })} />
        </>
      )}
    </Dialog>
  );
}
