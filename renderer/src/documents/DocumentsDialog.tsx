import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentsView } from '../../../shared/bridge';
import { Dialog } from '../components/Dialog';
import { useKiosk, useSend } from '../KioskContext';
import { formatSize, SOURCE_KEYS } from './labels';
import { closeDocumentsDialog, markPrinted, type DocumentsDialog as Which } from './local-state';

/** The client's documents list, or the confirmation before printing. */
export function DocumentsDialog({ which, documents, language }: { readonly which: Exclude<Which, null>; readonly documents: DocumentsView; readonly language: string }) {
  return which === 'list' ? <DocumentsList documents={documents} language={language} /> : <PrintConfirm target={which === 'print-page' ? 'page' : 'document'} />;
}

function DocumentsList({ documents, language }: { readonly documents: DocumentsView; readonly language: string }) {
  const { t } = useTranslation();
  const send = useSend();
  const open = (id: string) => {
    closeDocumentsDialog();
    send('openDocument', { id });
  };
  return (
    <Dialog
      role="dialog"
      title={t('documents.list.title')}
      icon="form"
      testId="documents-list"
      onEscape={closeDocumentsDialog}
      actions={
        <button type="button" className="button button--secondary" data-testid="documents-list-close" onClick={closeDocumentsDialog}>
          {t('documents.list.close')}
        </button>
      }
    >
      {documents.items.length === 0 ? (
        <p>{t('documents.list.empty')}</p>
      ) : (
        <ul className="document-list">
          {documents.items.map((item) => (
            <li key={item.id} className="document-list__item">
              <span className="document-choice__name">{item.name}</span>
              <span className="document-choice__meta">
                {t(SOURCE_KEYS[item.source])} · {formatSize(item.bytes, language)}
              </span>
              <button type="button" className="button button--secondary" data-testid={`documents-open-${item.id}`} onClick={() => open(item.id)}>
                {t('documents.list.open')}
                <span className="visually-hidden">: {item.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <p>{t('documents.list.wiped')}</p>
    </Dialog>
  );
}

/** Printing goes to the service point's printer only after the client says so here. */
function PrintConfirm({ target }: { readonly target: 'page' | 'document' }) {
  const { t } = useTranslation();
  const kiosk = useKiosk();
  const noRef = useRef<HTMLButtonElement>(null);
  const print = () => {
    closeDocumentsDialog();
    // The host answers printed: false (and shows a notice) when the printer fails.
    kiosk.print({ target }).then(
      (answer) => {
        if (answer.printed) markPrinted();
      },
      () => console.warn('kiosk command failed: print'),
    );
  };
  return (
    <Dialog
      title={t('documents.printConfirm.title')}
      icon="printer"
      testId="print-confirm"
      initialFocusRef={noRef}
      onEscape={closeDocumentsDialog}
      actions={
        <>
          <button ref={noRef} type="button" className="button button--secondary" data-testid="print-confirm-no" onClick={closeDocumentsDialog}>
            {t('documents.printConfirm.no')}
          </button>
          <button type="button" className="button button--primary" data-testid="print-confirm-yes" onClick={print}>
            {t('documents.printConfirm.yes')}
          </button>
        </>
      }
    >
      <p>{target === 'page' ? t('documents.printConfirm.page') : t('documents.printConfirm.document')}</p>
      <p>{t('documents.printConfirm.collect')}</p>
    </Dialog>
  );
}
