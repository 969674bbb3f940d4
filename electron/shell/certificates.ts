/**
 * Certificates: a page whose certificate Chromium cannot verify is never shown, whatever the
 * allowlist says (a kiosk client cannot judge a warning, and there is no "proceed" on a shared
 * computer); and no client certificate from the machine's store is ever offered to a site,
 * which Electron would do by default with the first one it finds.
 */
import { describeHost } from '../../shared/policy/navigation';
import type { KioskLog } from '../services/ports';
import type {
  AppCertificateErrorListener,
  CertificateCallback,
  CertificateErrorListener,
  Preventable,
  SelectClientCertificateListener,
  WebContentsLike,
} from './electron-like';

/** Chromium's error code (`net::ERR_CERT_AUTHORITY_INVALID`) without the prefix, or 'unknown'. */
export function certificateErrorCode(error: string): string {
  const code = typeof error === 'string' ? error.replace(/^net::/, '') : '';
  return /^ERR_[A-Z_]{1,60}$/.test(code) ? code : 'unknown';
}

function refuse(event: Preventable, url: string, error: string, callback: CertificateCallback, log: KioskLog): void {
  event.preventDefault();
  callback(false);
  log.warn('navigation.certificate-error', { host: describeHost(url) ?? '(none)', error: certificateErrorCode(error) });
}

/**
 * The content view's own handler: every certificate error is refused and logged (host only).
 * `onMainFrame` hears of the refused pages (not their subresources), so the client is told why
 * the page did not open instead of seeing Chromium's error page alone.
 */
export function refuseCertificateErrors(contents: Pick<WebContentsLike, 'on'>, log: KioskLog, onMainFrame?: (url: string) => void): void {
  const listener: CertificateErrorListener = (event, url, error, _certificate, callback, isMainFrame) => {
    refuse(event, url, error, callback, log);
    if (isMainFrame) onMainFrame?.(url);
  };
  contents.on('certificate-error', listener);
}

export interface CertificateAppLike {
  on(event: 'certificate-error', listener: AppCertificateErrorListener): unknown;
  on(event: 'select-client-certificate', listener: SelectClientCertificateListener): unknown;
}

/**
 * App-wide, for every webContents (the UI view, and any other that might appear): refuse
 * certificate errors, unless a view's own handler has answered already, and never pick a
 * client certificate.
 */
export function refuseCertificatesAppWide(app: CertificateAppLike, log: KioskLog): void {
  app.on('certificate-error', (event, _webContents, url, error, _certificate, callback) => {
    // The content view's own handler answered already: a second answer is not for us to give.
    if (event.defaultPrevented === true) return;
    refuse(event, url, error, callback, log);
  });
  app.on('select-client-certificate', (event, _webContents, url, _certificateList, callback) => {
    event.preventDefault();
    // No certificate: the site sees the same anonymous client as everyone else's.
    callback();
    log.warn('navigation.client-certificate-refused', { host: describeHost(url) ?? '(none)' });
  });
}
