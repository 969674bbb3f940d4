import type { DocumentsView } from '../../../shared/bridge';

type Source = DocumentsView['items'][number]['source'];
type Notice = NonNullable<DocumentsView['notice']>['reason'];

/** Where a document came from, in the client's words (typed table: keys.test.ts sees the literals). */
export const SOURCE_KEYS = {
  download: 'documents.source.download',
  usb: 'documents.source.usb',
  scanner: 'documents.source.scanner',
} as const satisfies Record<Source, string>;

/** Why a file is not there, in the client's words. */
export const NOTICE_KEYS = {
  'not-a-document': 'documents.notice.notADocument',
  'too-large': 'documents.notice.tooLarge',
  'too-many': 'documents.notice.tooMany',
  unreadable: 'documents.notice.unreadable',
  'inbox-unavailable': 'documents.notice.inboxUnavailable',
  'print-failed': 'documents.notice.printFailed',
} as const satisfies Record<Notice, string>;

/** A file size the client can read: kilobytes below a megabyte, else megabytes with one decimal. */
export function formatSize(bytes: number, language: string): string {
  const locale = language === 'fi-plain' ? 'fi' : language;
  if (bytes < 1_000_000) return `${new Intl.NumberFormat(locale).format(Math.max(1, Math.round(bytes / 1000)))} kB`;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / 1_000_000)} MB`;
}

/** base64 (the bridge's readDocument) → bytes. */
export function decodeBase64(data: string): Uint8Array {
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
