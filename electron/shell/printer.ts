/**
 * The configured printer (PrinterPort): the page shown in the content view, or the document in
 * the kiosk's own viewer (the UI view, whose print CSS leaves only the document's pages). Always
 * silent: a print dialog would offer "save as PDF" into the machine's folders.
 */
import type { KioskConfig } from '../../shared/config/schema';
import type { PrinterPort } from '../services/ports';
import type { WebContentsLike } from './electron-like';

type Printable = Pick<WebContentsLike, 'print' | 'isDestroyed'>;

export interface PrinterDeps {
  /** The content view's webContents now; null when no client session shows a page. */
  readonly page: () => Printable | null;
  readonly ui: Printable;
  readonly settings: KioskConfig['printer'];
  /** A printer that never answers must not hang the client's Print button forever. */
  readonly timeoutMs?: number;
}

export const PRINT_TIMEOUT_MS = 60_000;

/** Electron's failureReason ("Print job canceled"): short text without a URL; anything else is replaced. */
function failureMessage(reason: unknown): string {
  return typeof reason === 'string' && reason !== '' && reason.length <= 100 && !/[/\\:]/.test(reason) ? reason : 'Print job failed';
}

function printOn(contents: Printable, deviceName: string | null, timeoutMs: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    let settled = false;
    const timer = setTimeout(() => settle(new Error('Print timed out')), timeoutMs);
    function settle(error: Error | null): void {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (error) reject(error);
      else resolve();
    }
    try {
      contents.print({ silent: true, printBackground: true, ...(deviceName === null ? {} : { deviceName }) }, (success, failureReason) =>
        settle(success ? null : new Error(failureMessage(failureReason))),
      );
    } catch (error) {
      settle(new Error(failureMessage(error instanceof Error ? error.message : undefined)));
    }
  });
}

export function createElectronPrinter(deps: PrinterDeps): PrinterPort {
  const timeoutMs = deps.timeoutMs ?? PRINT_TIMEOUT_MS;
  return {
    async print(target) {
      const contents = target === 'page' ? deps.page() : deps.ui;
      if (contents === null || contents.isDestroyed()) throw new Error('Nothing to print');
      await printOn(contents, deps.settings.deviceName, timeoutMs);
    },
  };
}
