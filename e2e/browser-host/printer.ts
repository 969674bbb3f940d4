/**
 * The browser host's printer: what Electron's `webContents.print({ silent: true, deviceName })`
 * does to a real printer, done to a PDF that nobody keeps. The document viewer prints through
 * the UI page (its print style sheet leaves only the document's pages), a page of the e-service
 * through the UI page too, with only the content iframe left in. Each job is
 * counted (target, pages, bytes) so tests can see it happened; the bytes are dropped at once.
 */
import type { Frame, Page } from 'playwright-core';
import type { PrinterPort } from '../../electron/services/ports';
import { CONTENT_FRAME_NAME } from './host-messages';

export interface PrintJob {
  readonly target: 'page' | 'document';
  readonly bytes: number;
  readonly pages: number;
}

/** Pages of a PDF, by its page objects (enough for Chromium's own output). */
export function countPdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

const CONTENT_ONLY_PRINT_CSS = `@media print {
  body > *:not(iframe[name="${CONTENT_FRAME_NAME}"]) { display: none !important; }
  iframe[name="${CONTENT_FRAME_NAME}"] { display: block !important; position: static !important; width: 100% !important; height: 100vh !important; }
}`;

export class BrowserHostPrinter implements PrinterPort {
  private readonly done: PrintJob[] = [];

  constructor(
    private readonly currentPage: () => Page,
    private readonly contentFrame: () => Frame | null,
  ) {}

  /** Jobs printed so far (no content, sizes only). */
  get jobs(): readonly PrintJob[] {
    return this.done;
  }

  async print(target: 'page' | 'document'): Promise<void> {
    const pdf = target === 'document' ? await this.currentPage().pdf({ printBackground: true, preferCSSPageSize: true }) : await this.printContent();
    if (pdf.length === 0 || !pdf.subarray(0, 5).equals(Buffer.from('%PDF-'))) throw new Error('the printer produced nothing');
    this.done.push({ target, bytes: pdf.length, pages: countPdfPages(pdf) });
  }

  /**
   * A content page: CDP's Page.printToPDF exists only for top-level targets, and the content is
   * an iframe here, so the UI page is printed with a style that leaves nothing but that iframe
   * (Chromium prints out-of-process frames in place). Electron prints the content view itself.
   */
  private async printContent(): Promise<Buffer> {
    if (this.contentFrame() === null) throw new Error('no page to print');
    const style = await this.currentPage().addStyleTag({ content: CONTENT_ONLY_PRINT_CSS });
    try {
      return await this.currentPage().pdf({ printBackground: true });
    } finally {
      await style.evaluate((element) => (element as Element).remove()).catch(() => undefined);
      await style.dispose().catch(() => undefined);
    }
  }
}
