import { useTranslation } from 'react-i18next';
import type { Snapshot } from '../../../shared/bridge';
import { useSend } from '../KioskContext';
import { blockReasonKey } from './blocked-reasons';
import { Dialog } from './Dialog';

/** Explains in plain words why a page was not opened, and where to get help. */
export function BlockedNotice({ blocked }: { readonly blocked: NonNullable<Snapshot['blocked']> }) {
  const { t } = useTranslation();
  const send = useSend();
  const dismiss = () => send('dismissBlocked', {});
  return (
    <Dialog
      title={t('blocked.title')}
      icon="shield"
      testId="blocked-notice"
      onEscape={dismiss}
      actions={
        <button type="button" className="button button--primary" data-testid="blocked-dismiss" onClick={dismiss}>
          {t('blocked.ok')}
        </button>
      }
    >
      {blocked.host !== null && <p className="dialog__host">{t('blocked.address', { host: blocked.host })}</p>}
      <p>{t(blockReasonKey(blocked.reason))}</p>
      <p>{t('blocked.help')}</p>
    </Dialog>
  );
}
