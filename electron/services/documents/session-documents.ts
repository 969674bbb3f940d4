/**
 * The client's documents, in the session folder: downloads the kiosk accepted (PDFs and images,
 * recognised by their bytes) and the document inbox (copied from the USB stick, moved from the
 * scanner folder). Runs in the host's Node process (both hosts); never logs a file name or path.
 *
 * Layout: <session folder>/incoming/<n> while a download is written, then
 * <session folder>/<id>/<safe name> for each document, so an e-service that receives an upload
 * sees the document's own name. The whole folder is emptied at every wipe and proven empty.
 */
import { constants, mkdirSync } from 'node:fs';
import { copyFile, lstat, mkdir, open, readdir, readFile, rename, rm, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { DOCUMENT_TYPES, SNIFF_BYTES, safeDocumentName, sniffDocument, type DocumentKind, type DocumentType } from '../../../shared/policy/documents';

export const DOCUMENT_SOURCES = ['download', 'usb', 'scanner'] as const;
export type DocumentSource = (typeof DOCUMENT_SOURCES)[number];

export interface DocumentInfo {
  readonly id: string;
  /** The client's own file name, cleaned; shown to the client, never logged. */
  readonly name: string;
  readonly kind: DocumentKind;
  readonly mime: string;
  readonly source: DocumentSource;
  readonly bytes: number;
}

/** Why a file did not become a document. Codes only: the UI explains them. */
export type DocumentRefusal = 'not-a-document' | 'too-large' | 'too-many' | 'unreadable';

export type AdoptResult = { readonly ok: true; readonly document: DocumentInfo } | { readonly ok: false; readonly reason: DocumentRefusal };

export interface InboxResult {
  readonly imported: number;
  /** Files left out, by reason (a stick full of other files is normal: counts only). */
  readonly skipped: Readonly<Partial<Record<DocumentRefusal, number>>>;
  /** A configured inbox folder that could not be read (no stick in, say). */
  readonly unavailable: readonly ('usb' | 'scanner')[];
}

export interface SessionDocumentsOptions {
  /** The session folder; created if missing. Must not hold anything else. */
  readonly folder: string;
  readonly usbFolder: string | null;
  readonly scannerFolder: string | null;
  readonly maxBytes: number;
  /** Documents per session, whatever their source. */
  readonly maxDocuments?: number;
}

export const DEFAULT_MAX_DOCUMENTS = 50;
/** How deep the inbox looks into a USB stick's folders, and how many entries it reads at most. */
const INBOX_MAX_DEPTH = 3;
const INBOX_MAX_ENTRIES = 500;

export interface SessionDocuments {
  /** Creates the session folder (owner-only) and its folder for incoming downloads, if missing. */
  prepare(): Promise<void>;
  /**
   * A path in the session folder for a download to be written to; adopt() it once written.
   * Synchronous because Electron's will-download needs the save path before it returns; creates
   * the folder if the session's prepare() has not yet.
   */
  allocateDownload(): string;
  /** Checks a written file (bytes, size, count): it becomes a document, or it is deleted. */
  adopt(path: string, suggestedName: string, source: DocumentSource): Promise<AdoptResult>;
  /** Deletes a download that will not become a document (it failed, or the session ended). */
  discard(path: string): Promise<void>;
  /** Copies the USB stick's documents and moves the scanner's into the session. */
  importInbox(): Promise<InboxResult>;
  list(): readonly DocumentInfo[];
  get(id: string): DocumentInfo | null;
  /** The file of a document, for an upload; null for an unknown id. */
  pathOf(id: string): string | null;
  read(id: string): Promise<Uint8Array>;
  /** Empties the session folder (and the scanner folder: scans are the client's). Findings, never paths. */
  wipe(): Promise<string[]>;
  verify(): Promise<string[]>;
  readonly inboxSources: { readonly usb: boolean; readonly scanner: boolean };
}

async function readHead(path: string): Promise<Uint8Array> {
  const handle = await open(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  try {
    const buffer = new Uint8Array(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

async function listEntries(folder: string): Promise<string[] | null> {
  try {
    return await readdir(folder);
  } catch {
    return null;
  }
}

/** Regular files under a folder (no symbolic links followed), breadth first, bounded. */
async function regularFiles(root: string): Promise<string[]> {
  const found: string[] = [];
  let level = [root];
  let seen = 0;
  for (let depth = 0; depth < INBOX_MAX_DEPTH && level.length > 0; depth += 1) {
    const next: string[] = [];
    for (const folder of level) {
      const names = (await listEntries(folder)) ?? [];
      for (const name of names.sort()) {
        if (++seen > INBOX_MAX_ENTRIES) return found;
        // Hidden files and OS litter (.Trash, System Volume Information) are not the client's documents.
        if (name.startsWith('.') || name === 'System Volume Information') continue;
        const path = join(folder, name);
        const info = await lstat(path).catch(() => null);
        if (info?.isFile()) found.push(path);
        else if (info?.isDirectory()) next.push(path);
      }
    }
    level = next;
  }
  return found;
}

export function createSessionDocuments(options: SessionDocumentsOptions): SessionDocuments {
  const { folder, maxBytes } = options;
  const maxDocuments = options.maxDocuments ?? DEFAULT_MAX_DOCUMENTS;
  const incoming = join(folder, 'incoming');
  let documents: DocumentInfo[] = [];
  let paths = new Map<string, string>();
  /** USB files already copied this session (path + size + time), so a refresh adds only new ones. */
  let copiedFromUsb = new Set<string>();
  let counter = 0;
  let incomingCounter = 0;

  async function prepare(): Promise<void> {
    await mkdir(incoming, { recursive: true, mode: 0o700 });
  }

  function allocateDownload(): string {
    // The session's own prepare() runs asynchronously at the session's start; a download the
    // client starts at once (or a slow disk) must still find its folder, or Chromium fails it.
    mkdirSync(incoming, { recursive: true, mode: 0o700 });
    incomingCounter += 1;
    return join(incoming, String(incomingCounter));
  }

  async function place(from: string, name: string, move: boolean, type: DocumentType, bytes: number, source: DocumentSource): Promise<DocumentInfo> {
    counter += 1;
    const id = `doc-${counter}`;
    const dir = join(folder, id);
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const safeName = safeDocumentName(name, type);
    const target = join(dir, safeName);
    if (move) {
      // rename() cannot cross file systems (a scanner share, a tmpfs): copy, then remove.
      await rename(from, target).catch(async () => {
        await copyFile(from, target);
        await unlink(from);
      });
    } else {
      await copyFile(from, target, constants.COPYFILE_EXCL);
    }
    const document: DocumentInfo = { id, name: safeName, kind: DOCUMENT_TYPES[type].kind, mime: DOCUMENT_TYPES[type].mime, source, bytes };
    documents = [...documents, document];
    paths.set(id, target);
    return document;
  }

  /** What a file is, or why it is not a document; never throws. */
  async function examine(path: string): Promise<{ ok: true; type: DocumentType; bytes: number } | { ok: false; reason: DocumentRefusal }> {
    try {
      const info = await lstat(path);
      if (!info.isFile()) return { ok: false, reason: 'unreadable' };
      if (info.size > maxBytes) return { ok: false, reason: 'too-large' };
      const type = sniffDocument(await readHead(path));
      return type === null ? { ok: false, reason: 'not-a-document' } : { ok: true, type, bytes: info.size };
    } catch {
      return { ok: false, reason: 'unreadable' };
    }
  }

  async function adopt(path: string, suggestedName: string, source: DocumentSource): Promise<AdoptResult> {
    const found = await examine(path);
    if (!found.ok || documents.length >= maxDocuments) {
      // Whatever sits at the path goes, a folder a page managed to leave there included.
      await rm(path, { force: true, recursive: true });
      return { ok: false, reason: found.ok ? 'too-many' : found.reason };
    }
    try {
      return { ok: true, document: await place(path, suggestedName, true, found.type, found.bytes, source) };
    } catch {
      await rm(path, { force: true });
      return { ok: false, reason: 'unreadable' };
    }
  }

  async function importFrom(root: string, source: 'usb' | 'scanner', result: { imported: number; skipped: Partial<Record<DocumentRefusal, number>> }): Promise<void> {
    for (const file of await regularFiles(root)) {
      const info = await stat(file).catch(() => null);
      const key = `${file}\0${info?.size ?? 0}\0${info?.mtimeMs ?? 0}`;
      if (source === 'usb' && copiedFromUsb.has(key)) continue;
      const found = await examine(file);
      let refusal: DocumentRefusal = found.ok ? 'too-many' : found.reason;
      if (found.ok && documents.length < maxDocuments) {
        try {
          await place(file, file.split(/[\\/]/).pop() ?? 'document', source === 'scanner', found.type, found.bytes, source);
          if (source === 'usb') copiedFromUsb.add(key);
          result.imported += 1;
          continue;
        } catch {
          refusal = 'unreadable';
        }
      }
      result.skipped[refusal] = (result.skipped[refusal] ?? 0) + 1;
      // A scan the kiosk cannot take must not wait there for the next client either.
      if (source === 'scanner') await rm(file, { force: true }).catch(() => undefined);
    }
  }

  async function importInbox(): Promise<InboxResult> {
    const result = { imported: 0, skipped: {} as Partial<Record<DocumentRefusal, number>> };
    const unavailable: ('usb' | 'scanner')[] = [];
    for (const [source, root] of [['usb', options.usbFolder], ['scanner', options.scannerFolder]] as const) {
      if (root === null) continue;
      if ((await listEntries(root)) === null) {
        unavailable.push(source);
        continue;
      }
      await importFrom(root, source, result);
    }
    return { ...result, unavailable };
  }

  async function emptyFolder(root: string, finding: string, findings: string[]): Promise<void> {
    const names = await listEntries(root);
    if (names === null) return;
    for (const name of names) {
      try {
        await rm(join(root, name), { recursive: true, force: true });
      } catch {
        findings.push(finding);
        return;
      }
    }
  }

  async function wipe(): Promise<string[]> {
    const findings: string[] = [];
    documents = [];
    paths = new Map();
    copiedFromUsb = new Set();
    counter = 0;
    incomingCounter = 0;
    await emptyFolder(folder, 'session-folder-clear-failed', findings);
    if (options.scannerFolder !== null) await emptyFolder(options.scannerFolder, 'scanner-folder-clear-failed', findings);
    return findings;
  }

  async function verify(): Promise<string[]> {
    const findings: string[] = [];
    const left = await listEntries(folder);
    if (left === null) {
      // A missing session folder is clean; one that exists but cannot be read is not.
      const exists = await stat(folder).then(
        () => true,
        () => false,
      );
      if (exists) findings.push('session-folder-unreadable');
    } else if (left.length > 0) findings.push(`session-folder-not-empty:${left.length}`);
    if (options.scannerFolder !== null) {
      const scans = await listEntries(options.scannerFolder);
      if (scans !== null && scans.filter((n) => !n.startsWith('.')).length > 0) findings.push('scanner-folder-not-empty');
    }
    return findings;
  }

  return {
    prepare,
    allocateDownload,
    adopt,
    discard: (path) => rm(path, { force: true }),
    importInbox,
    list: () => documents,
    get: (id) => documents.find((d) => d.id === id) ?? null,
    pathOf: (id) => paths.get(id) ?? null,
    read: async (id) => {
      const path = paths.get(id);
      if (path === undefined) throw new Error(`unknown document ${id}`);
      return new Uint8Array(await readFile(path));
    },
    wipe,
    verify,
    inboxSources: { usb: options.usbFolder !== null, scanner: options.scannerFolder !== null },
  };
}
