import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSend } from '../KioskContext';
import { Announcer } from './Announcer';
import { Dialog } from './Dialog';

/** "Are you still there?" with a large countdown; any answer keeps the session going. */
export function IdleWarning({ secondsLeft }: { readonly secondsLeft: number }) {
  const { t } = useTranslation();
  const send = useSend();
  const moreTimeRef = useRef<HTMLButtonElement>(null);
  const moreTime = () => send('moreTime', {});
  return (
    <Dialog
      title={t('idle.title')}
      icon="clock"
      testId="idle-warning"
      initialFocusRef={moreTimeRef}
      onEscape={moreTime}
      actions={
        <button ref={moreTimeRef} type="button" className="button button--primary button--large" data-testid="idle-more-time" onClick={moreTime}>
          {t('idle.moreTime')}
        </button>
      }
    >
      <p>{t('idle.body')}</p>
      <p className="countdown" aria-hidden="true">
        <span className="countdown__number" data-testid="idle-seconds">
          {secondsLeft}
        </span>{' '}
        <span className="countdown__unit">{t('idle.unit', { count: secondsLeft })}</span>
      </p>
      <Announcer secondsLeft={secondsLeft} render={(count) => t('idle.announce', { count })} />
    </Dialog>
  );
}
