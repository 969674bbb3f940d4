import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSessionDocuments, type SessionDocuments } from './session-documents';

const PDF = '%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n';
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

let root: string;
let folder: string;
let usb: string;
let scanner: string;

function make(options: { maxBytes?: number; maxDocuments?: number; usb?: string | null; scanner?: string | null } = {}): SessionDocuments {
  return createSessionDocuments({
    folder,
    usbFolder: options.usb === undefined ? usb : options.usb,
    scannerFolder: options.scanner === undefined ? scanner : options.scanner,
    maxBytes: options.maxBytes ?? 1_000_000,
    ...(options.maxDocuments === undefined ? {} : { maxDocuments: options.maxDocuments }),
  });
}

async function download(documents: SessionDocuments, content: string | Buffer, name: string) {
  const path = documents.allocateDownload();
  writeFileSync(path, content);
  return { path, result: await documents.adopt(path, name, 'download') };
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'vierella-documents-test-'));
  folder = join(root, 'session');
  usb = join(root, 'usb');
  scanner = join(root, 'scanner');
  mkdirSync(usb);
  mkdirSync(scanner);
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('session documents: downloads', () => {
  it('keep a PDF under its own cleaned name, in a folder of its own', async () => {
    const documents = make();
    await documents.prepare();
    const { path, result } = await download(documents, PDF, '../Päätös.pdf');
    expect(result).toEqual({ ok: true, document: { id: 'doc-1', name: 'Päätös.pdf', kind: 'pdf', mime: 'application/pdf', source: 'download', bytes: PDF.length } });
    expect(existsSync(path)).toBe(false);
    expect(documents.pathOf('doc-1')).toBe(join(folder, 'doc-1', 'Päätös.pdf'));
    expect(Buffer.from(await documents.read('doc-1')).toString()).toBe(PDF);
    expect(documents.list()).toHaveLength(1);
  });

  it('delete a file whose bytes are no document, or that is too large, or one too many', async () => {
    const documents = make({ maxBytes: 100, maxDocuments: 1 });
    await documents.prepare();
    const zip = await download(documents, 'PK\u0003\u0004 an archive', 'decision.pdf');
    expect(zip.result).toEqual({ ok: false, reason: 'not-a-document' });
    expect(existsSync(zip.path)).toBe(false);
    const big = await download(documents, `${PDF}${'x'.repeat(200)}`, 'big.pdf');
    expect(big.result).toEqual({ ok: false, reason: 'too-large' });
    expect((await download(documents, PDF, 'one.pdf')).result.ok).toBe(true);
    const extra = await download(documents, PDF, 'two.pdf');
    expect(extra.result).toEqual({ ok: false, reason: 'too-many' });
    expect(existsSync(extra.path)).toBe(false);
    expect(readdirSync(join(folder, 'incoming'))).toEqual([]);
  });

  it('give a download a folder that exists even before the session\'s prepare() has run', async () => {
    const documents = make();
    const { result } = await download(documents, PDF, 'early.pdf');
    expect(result.ok).toBe(true);
    expect(statSync(join(folder, 'incoming')).mode & 0o777).toBe(0o700);
  });

  it('refuse a download that is not a file, and an unknown id', async () => {
    const documents = make();
    await documents.prepare();
    const path = documents.allocateDownload();
    mkdirSync(path);
    expect(await documents.adopt(path, 'x.pdf', 'download')).toEqual({ ok: false, reason: 'unreadable' });
    expect(documents.pathOf('doc-9')).toBeNull();
    await expect(documents.read('doc-9')).rejects.toThrow(/unknown document/);
  });
});

describe('session documents: the inbox', () => {
  it('copies the stick’s documents (leaving the stick as it was) and moves the scans', async () => {
    writeFileSync(join(usb, 'tax.pdf'), PDF);
    writeFileSync(join(usb, 'notes.txt'), 'hello');
    mkdirSync(join(usb, 'Kela'));
    writeFileSync(join(usb, 'Kela', 'receipt.png'), PNG);
    writeFileSync(join(usb, '.hidden.pdf'), PDF);
    writeFileSync(join(scanner, 'scan-1.pdf'), PDF);
    writeFileSync(join(scanner, 'garbage.bin'), 'xx');
    const documents = make();
    await documents.prepare();

    const result = await documents.importInbox();
    expect(result).toEqual({ imported: 3, skipped: { 'not-a-document': 2 }, unavailable: [] });
    expect(documents.list().map((d) => [d.name, d.source, d.kind])).toEqual([
      ['tax.pdf', 'usb', 'pdf'],
      ['receipt.png', 'usb', 'image'],
      ['scan-1.pdf', 'scanner', 'pdf'],
    ]);
    expect(readdirSync(usb).sort()).toEqual(['.hidden.pdf', 'Kela', 'notes.txt', 'tax.pdf']);
    // Nothing of this client waits in the scanner folder, not even what the kiosk could not take.
    expect(readdirSync(scanner)).toEqual([]);
    // Looking again adds only what is new on the stick.
    writeFileSync(join(usb, 'second.pdf'), PDF);
    expect((await documents.importInbox()).imported).toBe(1);
    expect(documents.list()).toHaveLength(4);
  });

  it('follows no symbolic link off the stick', async () => {
    const secret = join(root, 'secret.pdf');
    writeFileSync(secret, PDF);
    symlinkSync(secret, join(usb, 'link.pdf'));
    symlinkSync(root, join(usb, 'up'));
    const documents = make();
    await documents.prepare();
    expect((await documents.importInbox()).imported).toBe(0);
  });

  it('says which inbox folder is missing (no stick in)', async () => {
    const documents = make({ usb: join(root, 'no-stick') });
    await documents.prepare();
    expect(await documents.importInbox()).toEqual({ imported: 0, skipped: {}, unavailable: ['usb'] });
    expect(make({ usb: null, scanner: null }).inboxSources).toEqual({ usb: false, scanner: false });
  });
});

describe('session documents: wipe and verify', () => {
  it('empties the session folder and the scanner folder, and proves it', async () => {
    const documents = make();
    await documents.prepare();
    await download(documents, PDF, 'a.pdf');
    writeFileSync(join(scanner, 'late-scan.pdf'), PDF);
    expect(await documents.verify()).toEqual(['session-folder-not-empty:2', 'scanner-folder-not-empty']);

    expect(await documents.wipe()).toEqual([]);
    expect(await documents.verify()).toEqual([]);
    expect(readdirSync(folder)).toEqual([]);
    expect(readdirSync(scanner)).toEqual([]);
    expect(documents.list()).toEqual([]);
    expect(documents.pathOf('doc-1')).toBeNull();
    // The next client's numbering starts again.
    await documents.prepare();
    expect((await download(documents, PDF, 'b.pdf')).result).toMatchObject({ ok: true, document: { id: 'doc-1' } });
  });

  it('counts a session folder that was never made as clean, and one it cannot read as not', async () => {
    expect(await make().verify()).toEqual([]);
    if (process.getuid?.() === 0) return; // root reads anything: the unreadable case cannot be made here
    mkdirSync(folder);
    chmodSync(folder, 0o000);
    try {
      expect(await make().verify()).toEqual(['session-folder-unreadable']);
    } finally {
      chmodSync(folder, 0o700);
    }
  });

  it('never names a file or a path in its findings', async () => {
    const documents = make();
    await documents.prepare();
    await download(documents, PDF, 'Matti Meikäläinen 010101-123A.pdf');
    for (const finding of await documents.verify()) expect(finding).not.toMatch(/Matti|010101|\//);
    expect(readFileSync(documents.pathOf('doc-1') ?? '', 'utf8')).toBe(PDF);
  });
});
