/**
 * Which files the kiosk handles: PDFs and images, recognised by their first bytes (a name or a
 * server's Content-Type can lie; the bytes decide). Everything else is refused. Pure: the hosts
 * read the bytes, this decides.
 */

export const DOCUMENT_TYPES = {
  pdf: { mime: 'application/pdf', kind: 'pdf' },
  png: { mime: 'image/png', kind: 'image' },
  jpeg: { mime: 'image/jpeg', kind: 'image' },
  gif: { mime: 'image/gif', kind: 'image' },
  webp: { mime: 'image/webp', kind: 'image' },
} as const;
export type DocumentType = keyof typeof DOCUMENT_TYPES;
export type DocumentKind = (typeof DOCUMENT_TYPES)[DocumentType]['kind'];

/** Bytes the sniffer needs from the start of a file. */
export const SNIFF_BYTES = 16;

const startsWith = (head: Uint8Array, bytes: readonly number[], offset = 0): boolean =>
  head.length >= offset + bytes.length && bytes.every((b, i) => head[offset + i] === b);

/** The document type by its signature, or null for anything the kiosk does not open. */
export function sniffDocument(head: Uint8Array): DocumentType | null {
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf'; // %PDF-
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(head, [0x47, 0x49, 0x46, 0x38])) return 'gif'; // GIF8
  if (startsWith(head, [0x52, 0x49, 0x46, 0x46]) && startsWith(head, [0x57, 0x45, 0x42, 0x50], 8)) return 'webp'; // RIFF….WEBP
  return null;
}

const EXTENSIONS: Readonly<Record<string, DocumentType>> = {
  pdf: 'pdf',
  png: 'png',
  jpg: 'jpeg',
  jpeg: 'jpeg',
  gif: 'gif',
  webp: 'webp',
};

const MIME_TYPES = new Set<string>(Object.values(DOCUMENT_TYPES).map((t) => t.mime));

/**
 * Before a download is written: may it be a document? The server's type or the name's extension
 * must say PDF or image (a generic `application/octet-stream` with a `.pdf` name is common). The
 * bytes are checked again once the file is there.
 */
export function mayBeDocument(name: string, mimeType: string): boolean {
  const mime = mimeType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (MIME_TYPES.has(mime)) return true;
  const extension = /\.([A-Za-z0-9]{1,5})$/.exec(name)?.[1]?.toLowerCase();
  return extension !== undefined && extension in EXTENSIONS;
}

const MAX_NAME_LENGTH = 80;

/**
 * A file name to show the client and to store under: the last path segment, without control
 * characters or characters file systems reject, at most 80 characters with its extension kept,
 * and the right extension for the type.
 */
export function safeDocumentName(name: string, type: DocumentType): string {
  const last = name.split(/[\\/]/).pop() ?? '';
  // Control, bidi-override and reserved characters would make a name lie about itself: the
  // control characters are the very point of this pattern.
  const cleaned = last
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069<>:"|?*]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  const extension = type === 'jpeg' ? (/\.jpe?g$/i.exec(cleaned)?.[0] ?? '.jpg') : `.${type}`;
  const stem = cleaned.replace(/\.[A-Za-z0-9]{1,5}$/, '') || 'document';
  return `${stem.slice(0, MAX_NAME_LENGTH - extension.length)}${extension.toLowerCase()}`;
}
