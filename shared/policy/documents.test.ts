import { describe, expect, it } from 'vitest';
import { mayBeDocument, safeDocumentName, sniffDocument } from './documents';

const bytes = (...values: (number | string)[]): Uint8Array =>
  new Uint8Array(values.flatMap((v) => (typeof v === 'string' ? [...v].map((c) => c.charCodeAt(0)) : [v])));

describe('sniffDocument', () => {
  it('knows PDFs and the common image types by their first bytes', () => {
    expect(sniffDocument(bytes('%PDF-1.7\n'))).toBe('pdf');
    expect(sniffDocument(bytes(0x89, 'PNG', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0))).toBe('png');
    expect(sniffDocument(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('jpeg');
    expect(sniffDocument(bytes('GIF89a'))).toBe('gif');
    expect(sniffDocument(bytes('RIFF', 0, 0, 0, 0, 'WEBP'))).toBe('webp');
  });

  it('refuses everything else, however it is named', () => {
    expect(sniffDocument(bytes('PK', 3, 4))).toBeNull(); // zip, docx
    expect(sniffDocument(bytes('MZ'))).toBeNull(); // a Windows program
    expect(sniffDocument(bytes('<!doctype html>'))).toBeNull();
    expect(sniffDocument(bytes('RIFF', 0, 0, 0, 0, 'WAVE'))).toBeNull();
    expect(sniffDocument(bytes('%PD'))).toBeNull(); // cut short
    expect(sniffDocument(new Uint8Array())).toBeNull();
  });
});

describe('mayBeDocument', () => {
  it('lets a PDF or an image by type or by name through to the byte check', () => {
    expect(mayBeDocument('paatos', 'application/pdf')).toBe(true);
    expect(mayBeDocument('x', 'image/png; charset=binary')).toBe(true);
    expect(mayBeDocument('decision.PDF', 'application/octet-stream')).toBe(true);
    expect(mayBeDocument('photo.jpeg', '')).toBe(true);
  });

  it('refuses other types and names at once', () => {
    expect(mayBeDocument('setup.exe', 'application/octet-stream')).toBe(false);
    expect(mayBeDocument('archive.zip', 'application/zip')).toBe(false);
    expect(mayBeDocument('page.html', 'text/html')).toBe(false);
    expect(mayBeDocument('decision.pdf.exe', '')).toBe(false);
    expect(mayBeDocument('', '')).toBe(false);
  });
});

describe('safeDocumentName', () => {
  it('keeps a plain name', () => {
    expect(safeDocumentName('Päätös 2026.pdf', 'pdf')).toBe('Päätös 2026.pdf');
    expect(safeDocumentName('scan.JPEG', 'jpeg')).toBe('scan.jpeg');
  });

  it('drops folders, control and direction-override characters, and names that lie', () => {
    expect(safeDocumentName('../../etc/passwd', 'pdf')).toBe('passwd.pdf');
    expect(safeDocumentName('C:\\Users\\x\\a.pdf', 'pdf')).toBe('a.pdf');
    expect(safeDocumentName('invoice\u202egnp.exe', 'png')).toBe('invoicegnp.png');
    expect(safeDocumentName('a\u0000b\u0007c.pdf', 'pdf')).toBe('abc.pdf');
    expect(safeDocumentName('report.pdf', 'png')).toBe('report.png');
  });

  it('names a nameless file, and keeps long names short with their extension', () => {
    expect(safeDocumentName('', 'pdf')).toBe('document.pdf');
    expect(safeDocumentName('...', 'gif')).toBe('document.gif');
    const long = safeDocumentName(`${'a'.repeat(200)}.pdf`, 'pdf');
    expect(long).toHaveLength(80);
    expect(long.endsWith('.pdf')).toBe(true);
  });
});
