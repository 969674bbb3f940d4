import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentsView } from '../../../shared/bridge';
import { Dialog } from '../components/Dialog';
import { Icon } from '../components/Icon';
import { useSend } from '../KioskContext';
import { formatSize, SOURCE_KEYS } from './labels';

/**
 * The kiosk's own file chooser: the e-service asked for a file, and instead of the operating
 * system's dialog (which would show the whole disk) the client sees only the documents of this
 * session: downloads, and what came from the USB stick or the scanner.
 */
export function FilePicker({ documents, language }: { readonly documents: DocumentsView; readonly language: string }) {
  const { t } = useTranslation();
  const send = useSend();
  const multiple = documents.picker?.multiple ?? false;
  const [chosen, setChosen] = useState<readonly string[]>([]);
  const toggle = (id: string) => setChosen((current) => (current.includes(id) ? current.filter((c) => c !== id) : multiple ? [...current, id] : [id]));
  const cancel = () => send('cancelPicker', {});
  const { usb, scanner } = documents.inbox;
  const items = documents.items;

  return (
    <Dialog
      role="dialog"
      title={t('documents.picker.title')}
      icon="paperclip"
      testId="file-picker"
      onEscape={cancel}
      actions={
        <>
          {(usb || scanner) && (
            <button type="button" className="button button--secondary" data-testid="picker-refresh" onClick={() => send('refreshInbox', {})}>
              <Icon name="reload" />
              {t('documents.picker.refresh')}
            </button>
          )}
          <button type="button" className="button button--secondary" data-testid="picker-cancel" onClick={cancel}>
            {t('documents.picker.cancel')}
          </button>
          <button
            type="button"
            className="button button--primary"
            data-testid="picker-send"
            disabled={chosen.length === 0}
            onClick={() => send('chooseDocuments', { ids: [...chosen] })}
          >
            {t('documents.picker.send')}
          </button>
        </>
      }
    >
      <p>{multiple ? t('documents.picker.leadMany') : t('documents.picker.leadOne')}</p>
      {items.length === 0 ? (
        <p data-testid="picker-empty">{t('documents.picker.empty')}</p>
      ) : (
        <fieldset className="document-choices">
          <legend className="visually-hidden">{t('documents.picker.title')}</legend>
          {items.map((item) => (
            <label key={item.id} className="document-choice" data-testid={`picker-item-${item.id}`}>
              <input type={multiple ? 'checkbox' : 'radio'} name="document-choice" checked={chosen.includes(item.id)} onChange={() => toggle(item.id)} />
              <span className="document-choice__name">{item.name}</span>
              <span className="document-choice__meta">
                {t(SOURCE_KEYS[item.source])} · {formatSize(item.bytes, language)}
              </span>
            </label>
          ))}
        </fieldset>
      )}
      {usb && <p>{t('documents.picker.howUsb')}</p>}
      {scanner && <p>{t('documents.picker.howScanner')}</p>}
    </Dialog>
  );
}
