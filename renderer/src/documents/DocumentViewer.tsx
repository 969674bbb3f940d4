import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentsView } from '../../../shared/bridge';
import { Icon } from '../components/Icon';
import { useKiosk, useSend } from '../KioskContext';
import { decodeBase64 } from './labels';
import { openDocumentsDialog } from './local-state';

const PdfPages = lazy(() => import('./PdfPages'));

type Item = DocumentsView['items'][number];
type Loaded = { readonly status: 'loading' } | { readonly status: 'failed' } | { readonly status: 'loaded'; readonly mime: string; readonly bytes: Uint8Array };

/**
 * The client's document, shown in the kiosk itself where the e-service was: a PDF's pages or an
 * image, with Close and (when the service point has a printer) Print. Nothing is saved anywhere
 * but the session folder, and that goes with the wipe.
 */
export function DocumentViewer({ item, printer }: { readonly item: Item; readonly printer: boolean }) {
  const { t } = useTranslation();
  const kiosk = useKiosk();
  const send = useSend();
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [drawn, setDrawn] = useState<'drawing' | 'ready' | 'failed'>('drawing');

  useEffect(() => {
    // The parent keys this component by the document id, so a new document starts from 'loading'.
    let cancelled = false;
    kiosk.readDocument({ id: item.id }).then(
      (answer) => {
        if (!cancelled) setLoaded({ status: 'loaded', mime: answer.mime, bytes: decodeBase64(answer.data) });
      },
      () => {
        if (!cancelled) setLoaded({ status: 'failed' });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [kiosk, item.id]);

  const onState = useCallback((state: 'ready' | 'failed') => setDrawn(state), []);
  const failed = loaded.status === 'failed' || drawn === 'failed';

  return (
    <section className="document-viewer" aria-labelledby="document-viewer-title" data-testid="document-viewer" data-state={failed ? 'failed' : drawn}>
      <header className="document-viewer__bar">
        <h2 id="document-viewer-title" className="document-viewer__title">
          <Icon name="form" />
          <span>{item.name}</span>
        </h2>
        <div className="document-viewer__actions">
          {printer && (
            <button type="button" className="button button--secondary" data-testid="document-print" disabled={drawn !== 'ready'} onClick={() => openDocumentsDialog('print-document')}>
              <Icon name="printer" />
              {t('documents.print')}
            </button>
          )}
          <button type="button" className="button button--primary" data-testid="document-close" onClick={() => send('closeDocument', {})}>
            <Icon name="close" />
            {t('documents.viewer.close')}
          </button>
        </div>
      </header>
      {/* Focusable so the pages scroll by keyboard too (arrow keys, Page Down). */}
      <div className="document-viewer__body" tabIndex={0} role="region" aria-labelledby="document-viewer-title">
        {failed ? (
          <p className="document-viewer__message" role="alert">
            {t('documents.viewer.failed')}
          </p>
        ) : loaded.status === 'loading' ? (
          <p className="document-viewer__message" role="status">
            {t('documents.viewer.loading')}
          </p>
        ) : item.kind === 'pdf' ? (
          <Suspense fallback={<p className="document-viewer__message">{t('documents.viewer.loading')}</p>}>
            <PdfPages data={loaded.bytes} onState={onState} />
          </Suspense>
        ) : (
          <ImagePage bytes={loaded.bytes} mime={loaded.mime} name={item.name} onState={onState} />
        )}
      </div>
    </section>
  );
}

function ImagePage({ bytes, mime, name, onState }: { readonly bytes: Uint8Array; readonly mime: string; readonly name: string; readonly onState: (state: 'ready' | 'failed') => void }) {
  const { t } = useTranslation();
  // A blob: URL of our own bytes; revoked as soon as the image goes.
  const url = useMemo(() => URL.createObjectURL(new Blob([bytes.slice()], { type: mime })), [bytes, mime]);
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  return (
    <div className="document-pages">
      <img className="document-page__image" src={url} alt={t('documents.viewer.imageAlt', { name })} onLoad={() => onState('ready')} onError={() => onState('failed')} />
    </div>
  );
}
