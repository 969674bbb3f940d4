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

  // The document is ready (printable) once every page is drawn at the current size. Reports
  // carry their size: a page drawn at an earlier size never reports after a change (its drawing
  // is cancelled first), so a new size simply starts a new count.
  const progress = useRef<{ zoom: ViewerZoom; pages: Set<number> }>({ zoom, pages: new Set() });
  const count = pdf === null ? 0 : Math.min(pdf.numPages, MAX_PAGES);
  const drawn = useCallback(
    (page: number, at: ViewerZoom) => {
      if (progress.current.zoom !== at) progress.current = { zoom: at, pages: new Set() };
      progress.current.pages.add(page);
      if (progress.current.pages.size === count) onState('ready');
    },
    [count, onState],
  );
  const failed = useCallback(() => onState('failed'), [onState]);

  if (pdf === null) return null;
  return (
    <ol className="document-pages" style={zoomStyle(zoom)} data-zoom={zoom} aria-label={t('documents.viewer.pages', { count: pdf.numPages })}>
      {Array.from({ length: count }, (_, i) => (
        <PdfPage key={i + 1} pdf={pdf} number={i + 1} total={pdf.numPages} pages={count} zoom={zoom} onDrawn={drawn} onFailed={failed} />
      ))}
    </ol>
  );
}

type PdfPageProps = {
  readonly pdf: PDFDocumentProxy;
  readonly number: number;
  readonly total: number;
  /** Pages drawn in all: they share the document's pixel budget. */
  readonly pages: number;
  readonly zoom: ViewerZoom;
  readonly onDrawn: (page: number, zoom: ViewerZoom) => void;
  readonly onFailed: () => void;
};

function PdfPage({ pdf, number, total, pages, zoom, onDrawn, onFailed }: PdfPageProps) {
  const { t } = useTranslation();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [text, setText] = useState('');

  // The page's text, for screen readers: once per page, not at every size.
  useEffect(() => {
    let cancelled = false;
    void pdf
      .getPage(number)
      .then((page) => page.getTextContent())
      .then((content) => {
        if (!cancelled) setText(content.items.map((item) => ('str' in item ? item.str : '')).join(' ').replace(/\s+/g, ' ').trim());
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [pdf, number]);

  useEffect(() => {
    let cancelled = false;
    let cancelRender: (() => void) | null = null;
    void (async () => {
      try {
        const page = await pdf.getPage(number);
        const canvas = canvasRef.current;
        if (cancelled || canvas === null) return;
        // Drawn again at each size, so a larger page is sharper, not a stretched picture; not
        // again when the pixel budget gives the same scale (the size grew past what it allows).
        const scale = pageRenderScale(page.getViewport({ scale: 1 }), zoom, window.devicePixelRatio, pages);
        if (canvas.dataset['scale'] === String(scale)) {
          onDrawn(number, zoom);
          return;
        }
        const viewport = page.getViewport({ scale });
        canvas.width = Math.floor(viewport.width);
        canvas.height = Math.floor(viewport.height);
        delete canvas.dataset['scale'];
        const render = page.render({ canvas, viewport });
        cancelRender = () => render.cancel();
        await render.promise;
        if (cancelled) return;
        canvas.dataset['drawn'] = 'true';
        canvas.dataset['scale'] = String(scale);
        onDrawn(number, zoom);
      } catch {
        if (!cancelled) onFailed();
      }
    })();
    return () => {
      cancelled = true;
      cancelRender?.();
    };
  }, [pdf, number, pages, zoom, onDrawn, onFailed]);
  return (
    <li className="document-page">
      <canvas ref={canvasRef} className="document-page__canvas" role="img" aria-label={t('documents.viewer.page', { page: number, count: total })} />
      {text !== '' && <p className="visually-hidden">{text}</p>}
    </li>
  );
}
