import { lazy, Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentsView } from '../../../shared/bridge';
import { useAccessibility } from '../accessibility';
import { Icon } from '../components/Icon';
import { useKiosk, useSend } from '../KioskContext';
import { decodeBase64 } from './labels';
import { openDocumentsDialog } from './local-state';
import { fitShare, initialZoom, largerZoom, smallerZoom, zoomStyle, type ViewerZoom } from './zoom';

const PdfPages = lazy(() => import('./PdfPages'));

type Item = DocumentsView['items'][number];
type Loaded = { readonly status: 'loading' } | { readonly status: 'failed' } | { readonly status: 'loaded'; readonly mime: string; readonly bytes: Uint8Array };

/**
 * The client's document, shown in the kiosk itself where the e-service was: a PDF's pages or an
 * image, with Smaller/Larger, Close and (when the service point has a printer) Print. Nothing is
 * saved anywhere but the session folder, and that goes with the wipe.
 */
export function DocumentViewer({ item, printer }: { readonly item: Item; readonly printer: boolean }) {
  const { t } = useTranslation();
  const kiosk = useKiosk();
  const send = useSend();
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [drawn, setDrawn] = useState<'drawing' | 'ready' | 'failed'>('drawing');
  const { prefs } = useAccessibility();
  // Pages are pictures: the text size cannot reach them, so the viewer starts at it instead.
  const [zoom, setZoom] = useState<ViewerZoom>(() => initialZoom(prefs.textScale));
  const larger = largerZoom(zoom);
  const smaller = smallerZoom(zoom);
  const bodyRef = useRef<HTMLDivElement>(null);
  const smallerRef = useRef<HTMLButtonElement>(null);
  const largerRef = useRef<HTMLButtonElement>(null);
  /** Where the client was reading, as shares of the scrollable size, kept across a size change. */
  const place = useRef<{ top: number; left: number } | null>(null);

  const changeZoom = (to: ViewerZoom, other: RefObject<HTMLButtonElement | null>, last: boolean): void => {
    const body = bodyRef.current;
    if (body !== null) place.current = { top: body.scrollTop / body.scrollHeight, left: body.scrollLeft / body.scrollWidth };
    setZoom(to);
    // A PDF is drawn again at the new size: nothing to print until it is.
    if (item.kind === 'pdf' && drawn === 'ready') setDrawn('drawing');
    // The button about to be disabled would drop the keyboard focus to the page: hand it over.
    if (last) other.current?.focus();
  };

  useLayoutEffect(() => {
    const body = bodyRef.current;
    const at = place.current;
    if (body === null || at === null) return;
    place.current = null;
    body.scrollTop = at.top * body.scrollHeight;
    body.scrollLeft = at.left * body.scrollWidth;
  }, [zoom]);

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
          <div className="document-viewer__zoom" role="group" aria-label={t('documents.viewer.zoom')}>
            <ZoomStep
              buttonRef={smallerRef}
              direction="smaller"
              to={smaller}
              onStep={(to) => changeZoom(to, largerRef, smallerZoom(to) === null)}
            />
            <output className="document-viewer__zoom-level" data-testid="document-zoom" aria-live="polite">
              {t('documents.viewer.zoomLevel', { percent: Math.round(zoom * 100) })}
            </output>
            <ZoomStep buttonRef={largerRef} direction="larger" to={larger} onStep={(to) => changeZoom(to, smallerRef, largerZoom(to) === null)} />
          </div>
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
      <div ref={bodyRef} className="document-viewer__body" tabIndex={0} role="region" aria-labelledby="document-viewer-title">
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
            <PdfPages data={loaded.bytes} zoom={zoom} onState={onState} />
          </Suspense>
        ) : (
          <ImagePage bytes={loaded.bytes} mime={loaded.mime} name={item.name} zoom={zoom} onState={onState} />
        )}
      </div>
    </section>
  );
}

type ZoomStepProps = {
  readonly buttonRef: RefObject<HTMLButtonElement | null>;
  readonly direction: 'smaller' | 'larger';
  /** The size this button goes to, or null at the end of the range (the button is disabled). */
  readonly to: ViewerZoom | null;
  readonly onStep: (to: ViewerZoom) => void;
};

function ZoomStep({ buttonRef, direction, to, onStep }: ZoomStepProps) {
  const { t } = useTranslation();
  return (
    <button ref={buttonRef} type="button" className="button button--secondary" data-testid={`document-${direction}`} disabled={to === null} onClick={() => to !== null && onStep(to)}>
      <Icon name={direction === 'smaller' ? 'minus' : 'plus'} />
      {direction === 'smaller' ? t('documents.viewer.smaller') : t('documents.viewer.larger')}
    </button>
  );
}

type ImagePageProps = {
  readonly bytes: Uint8Array;
  readonly mime: string;
  readonly name: string;
  readonly zoom: ViewerZoom;
  readonly onState: (state: 'ready' | 'failed') => void;
};

function ImagePage({ bytes, mime, name, zoom, onState }: ImagePageProps) {
  const { t } = useTranslation();
  // A blob: URL of our own bytes; revoked as soon as the image goes.
  const url = useMemo(() => URL.createObjectURL(new Blob([bytes.slice()], { type: mime })), [bytes, mime]);
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  // A small picture keeps its own size at 100 % (never blown up to the page width), then grows with the zoom.
  const [share, setShare] = useState(1);
  return (
    <div className="document-pages" style={zoomStyle(zoom)} data-zoom={zoom}>
      <img
        className="document-page__image"
        src={url}
        alt={t('documents.viewer.imageAlt', { name })}
        style={{ width: `${share * 100}%` }}
        onLoad={(event) => {
          setShare(fitShare(event.currentTarget.naturalWidth));
          onState('ready');
        }}
        onError={() => onState('failed')}
      />
    </div>
  );
}
