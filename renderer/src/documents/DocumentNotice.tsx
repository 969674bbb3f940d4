import { useTranslation } from 'react-i18next';
import type { DocumentsView } from '../../../shared/bridge';
import { Dialog } from '../components/Dialog';
import { useSend } from '../KioskContext';
import { NOTICE_KEYS } from './labels';

/** Why a file was not opened or used (or printing failed), and where to get help. */
export function DocumentNotice({ notice }: { readonly notice: NonNullable<DocumentsView['notice']> }) {
  const { t } = useTranslation();
  const send = useSend();
  const dismiss = () => send('dismissDocumentNotice', {});
  return (
    <Dialog
      title={notice.reason === 'print-failed' ? t('documents.notice.printTitle') : t('documents.notice.title')}
      icon="alert"
      testId="document-notice"
      onEscape={dismiss}
      actions={
        <button type="button" className="button button--primary" data-testid="document-notice-dismiss" onClick={dismiss}>
          {t('documents.notice.ok')}
        </button>
      }
    >
      <p data-reason={notice.reason}>{t(NOTICE_KEYS[notice.reason])}</p>
      <p>{t('documents.notice.help')}</p>
    </Dialog>
  );
}
