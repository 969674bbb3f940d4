/**
 * The PDF pages of the document viewer, drawn with pdf.js (loaded only when a PDF is opened).
 * The kiosk's own viewer rather than Chromium's: that one has save and print buttons of its
 * own, which would open OS dialogs on a shared computer. Each page is a canvas with its text
 * beside it for screen readers; no script in the PDF runs (pdf.js runs none, eval is off).
 */
import { getDocument, GlobalWorkerOptions, type PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pageRenderScale, zoomStyle, type ViewerZoom } from './zoom';

GlobalWorkerOptions.workerSrc = workerUrl;

/** At most this many pages are drawn: a kiosk shows decisions and receipts, not books. */
const MAX_PAGES = 50;

type PdfPagesProps = { readonly data: Uint8Array; readonly zoom: ViewerZoom; readonly onState: (state: 'ready' | 'failed') => void };

export default function PdfPages({ data, zoom, onState }: PdfPagesProps) {
  const { t } = useTranslation();
  const [pdf, setPdf] = useState<PDFDocumentProxy | null>(null);
  useEffect(() => {
    let cancelled = false;
    // pdf.js takes the buffer over (transfers it to its worker): give it a copy.
    const task = getDocument({ data: data.slice(), isEvalSupported: false, enableXfa: false, stopAtErrors: false });
    task.promise.then(
      (doc) => {
        if (!cancelled) setPdf(doc);
      },
      () => {
        if (!cancelled) onState('failed');
      },
    );
    return () => {
      cancelled = true;
      void task.destroy();
    };
  }, [data, onState]);

  // Stable, so the pages are drawn again only when the document or the size changes.
  const drawn = useCallback(() => onState('ready'), [onState]);
  const failed = useCallback(() => onState('failed'), [onState]);

  if (pdf === null) return null;
  const count = Math.min(pdf.numPages, MAX_PAGES);
  return (
    <ol className="document-pages" style={zoomStyle(zoom)} data-zoom={zoom} aria-label={t('documents.viewer.pages', { count: pdf.numPages })}>
      {Array.from({ length: count }, (_, i) => (
        <PdfPage key={i + 1} pdf={pdf} number={i + 1} total={pdf.numPages} zoom={zoom} onDrawn={i === 0 ? drawn : undefined} onFailed={failed} />
      ))}
    </ol>
  );
}

type PdfPageProps = {
  readonly pdf: PDFDocumentProxy;
  readonly number: number;
  readonly total: number;
  readonly zoom: ViewerZoom;
  readonly onDrawn: (() => void) | undefined;
  readonly onFailed: () => void;
};

function PdfPage({ pdf, number, total, zoom, onDrawn, onFailed }: PdfPageProps) {
  const { t } = useTranslation();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [text, setText] = useState('');
  useEffect(() => {
    let cancelled = false;
    let cancelRender: (() => void) | null = null;
    void (async () => {
      try {
        const page = await pdf.getPage(number);
        const canvas = canvasRef.current;
        if (cancelled || canvas === null) return;
        // Drawn again at each size, so a larger page is sharper, not a stretched picture.
        const viewport = page.getViewport({ scale: pageRenderScale(page.getViewport({ scale: 1 }), zoom, window.devicePixelRatio, Math.min(pdf.numPages, MAX_PAGES)) });
        canvas.width = Math.floor(viewport.width);
        canvas.height = Math.floor(viewport.height);
        const render = page.render({ canvas, viewport });
        cancelRender = () => render.cancel();
        await render.promise;
        const content = await page.getTextContent();
        if (cancelled) return;
        setText(content.items.map((item) => ('str' in item ? item.str : '')).join(' ').replace(/\s+/g, ' ').trim());
        canvas.dataset['drawn'] = 'true';
        onDrawn?.();
      } catch {
        if (!cancelled) onFailed();
      }
    })();
    return () => {
      cancelled = true;
      cancelRender?.();
    };
  }, [pdf, number, zoom, onDrawn, onFailed]);
  return (
    <li className="document-page">
      <canvas ref={canvasRef} className="document-page__canvas" role="img" aria-label={t('documents.viewer.page', { page: number, count: total })} />
      {text !== '' && <p className="visually-hidden">{text}</p>}
    </li>
  );
}
