/**
 * The kiosk core's part of issue 5: downloads, the file chooser, printing, the service logout
 * before the wipe, the wipe's audit entries and the relaunch at a welcome-screen boundary.
 * A real session folder in a temporary directory; everything else faked.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { KioskConfig } from '../../shared/config/schema';
import { createSessionDocuments, type SessionDocuments } from './documents/session-documents';
import { LOGOUT_TIMEOUT_MS } from './kiosk-core';
import type { KioskLog, PrinterPort, RelaunchPort } from './ports';
import { CONFIG, inSession, settle, setup } from './testing/core-fakes';

const PDF = '%PDF-1.4\n%%EOF\n';
const KELA_LOGOUT = 'https://www.kela.test:8443/logout';
const WITH_LOGOUT: KioskConfig = {
  ...CONFIG,
  services: CONFIG.services.map((s) => (s.id === 'kela' ? { ...s, logoutUrl: KELA_LOGOUT } : s)),
  printer: { enabled: true, deviceName: null },
  relaunch: { afterClients: 2, aboveRssMb: 1000 },
};

let root: string;
let documents: SessionDocuments;
let scanner: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'vierella-core-documents-'));
  scanner = join(root, 'scanner');
  mkdirSync(scanner);
  documents = createSessionDocuments({ folder: join(root, 'session'), usbFolder: null, scannerFolder: scanner, maxBytes: 1_000_000 });
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

function recordingLog(): KioskLog & { readonly events: string[] } {
  const events: string[] = [];
  return {
    events,
    info: (event, detail) => events.push(detail ? `${event} ${JSON.stringify(detail)}` : event),
    warn: (event, detail) => events.push(detail ? `${event} ${JSON.stringify(detail)}` : event),
  };
}

/** The session folder is real, so the wipe takes real time: wait for the phase, not for microtasks. */
async function untilPhase(core: { snapshot(): { session: { phase: string } } }, phase: string): Promise<void> {
  const deadline = Date.now() + 3000;
  while (core.snapshot().session.phase !== phase) {
    if (Date.now() > deadline) throw new Error(`no ${phase} (now ${core.snapshot().session.phase})`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

async function session(config: KioskConfig = WITH_LOGOUT, extra: Parameters<typeof setup>[1] = {}) {
  const log = recordingLog();
  const env = setup(config, { documents, ...extra }, log);
  env.core.start();
  await untilPhase(env.core, 'welcome');
  await inSession(env.core);
  await settle();
  return { ...env, log };
}

async function end(core: Awaited<ReturnType<typeof session>>['core']) {
  await core.handle('requestEnd', {});
  await core.handle('confirmEnd', {});
  await untilPhase(core, 'welcome');
}

describe('downloads', () => {
  it('keeps a PDF in the session folder and opens it in the viewer', async () => {
    const { core, log } = await session();
    const path = core.downloadRequested({ url: 'https://www.kela.test:8443/p/paatos.pdf?hetu=010101-123A', suggestedName: 'paatos.pdf', mimeType: 'application/pdf' });
    expect(path).not.toBeNull();
    writeFileSync(path ?? '', PDF);
    await core.downloadFinished({ path: path ?? '', url: 'https://www.kela.test:8443/p/paatos.pdf', suggestedName: 'paatos.pdf', ok: true });
    const view = core.snapshot().documents;
    expect(view.items).toEqual([{ id: 'doc-1', name: 'paatos.pdf', kind: 'pdf', source: 'download', bytes: PDF.length }]);
    expect(view.viewing).toBe('doc-1');
    const read = (await core.handle('readDocument', { id: 'doc-1' })) as { mime: string; data: string };
    expect(read.mime).toBe('application/pdf');
    expect(Buffer.from(read.data, 'base64').toString()).toBe(PDF);
    await core.handle('closeDocument', {});
    expect(core.snapshot().documents.viewing).toBeNull();
    // Hosts only in the log: no path, no query, no name.
    expect(log.events.join('\n')).not.toMatch(/hetu|paatos|\/p\//);
  });

  it('refuses other files by name at once, and by bytes once written, with a notice', async () => {
    const { core } = await session();
    expect(core.downloadRequested({ url: 'https://www.kela.test:8443/a.zip', suggestedName: 'a.zip', mimeType: 'application/zip' })).toBeNull();
    expect(core.snapshot().documents.notice).toEqual({ reason: 'not-a-document', host: 'www.kela.test:8443' });
    await core.handle('dismissDocumentNotice', {});
    const path = core.downloadRequested({ url: 'https://www.kela.test:8443/fake.pdf', suggestedName: 'fake.pdf', mimeType: '' }) ?? '';
    writeFileSync(path, 'MZ a program');
    await core.downloadFinished({ path, url: 'https://www.kela.test:8443/fake.pdf', suggestedName: 'fake.pdf', ok: true });
    expect(existsSync(path)).toBe(false);
    expect(core.snapshot().documents).toMatchObject({ items: [], viewing: null, notice: { reason: 'not-a-document' } });
  });

  it('refuses every download outside a client session, and deletes one that ends after it', async () => {
    const log = recordingLog();
    const { core } = setup(WITH_LOGOUT, { documents }, log);
    core.start();
    await untilPhase(core, 'welcome');
    expect(core.downloadRequested({ url: 'https://www.kela.test:8443/a.pdf', suggestedName: 'a.pdf', mimeType: 'application/pdf' })).toBeNull();
    await inSession(core);
    await settle();
    const path = core.downloadRequested({ url: 'https://www.kela.test:8443/a.pdf', suggestedName: 'a.pdf', mimeType: 'application/pdf' }) ?? '';
    writeFileSync(path, PDF);
    await end(core);
    await core.downloadFinished({ path, url: 'https://www.kela.test:8443/a.pdf', suggestedName: 'a.pdf', ok: true });
    expect(existsSync(path)).toBe(false);
    expect(core.snapshot().documents.items).toEqual([]);
  });

  it('refuses a download with a notice when the session folder cannot be made, and logs no name', async () => {
    const broken: SessionDocuments = {
      ...documents,
      allocateDownload: () => {
        throw Object.assign(new Error('ENOSPC: no space left on device, mkdir /var/lib/vierella/session/paatos'), { code: 'ENOSPC' });
      },
    };
    const { core: full, log: fullLog } = await session(WITH_LOGOUT, { documents: broken });
    expect(full.downloadRequested({ url: 'https://www.kela.test:8443/paatos.pdf', suggestedName: 'paatos.pdf', mimeType: 'application/pdf' })).toBeNull();
    expect(full.snapshot().documents.notice).toEqual({ reason: 'unreadable', host: 'www.kela.test:8443' });
    expect(fullLog.events).toContain('download.place-failed {"host":"www.kela.test:8443","error":"ENOSPC"}');
    expect(fullLog.events.join('\n')).not.toMatch(/paatos|download\.accepted/);
  });

  it('rejects reading a document that does not exist', async () => {
    const { core } = await session();
    await expect(core.handle('readDocument', { id: 'doc-7' })).rejects.toThrow(/unknown document/);
    await expect(core.handle('openDocument', { id: '../etc' })).rejects.toThrow(/document id/);
  });
});

describe('the file chooser', () => {
  it('puts the picker up over the inbox and answers with the chosen documents’ files', async () => {
    const { core } = await session();
    // Scanned during the session (the start-up wipe empties the scanner folder).
    writeFileSync(join(scanner, 'scan.pdf'), PDF);
    const answers: (readonly string[])[] = [];
    core.fileChooserOpened({ multiple: false, answer: async (paths) => void answers.push(paths) });
    await vi.waitFor(() => expect(core.snapshot().documents.items).toHaveLength(1));
    const view = core.snapshot().documents;
    expect(view.picker).toEqual({ multiple: false });
    expect(view.items.map((d) => [d.id, d.source])).toEqual([['doc-1', 'scanner']]);
    await expect(core.handle('chooseDocuments', { ids: ['doc-1', 'doc-1'] })).rejects.toThrow(/takes one document/);
    await core.handle('chooseDocuments', { ids: ['doc-1'] });
    expect(answers).toEqual([[documents.pathOf('doc-1')]]);
    expect(core.snapshot().documents.picker).toBeNull();
    await expect(core.handle('chooseDocuments', { ids: ['doc-1'] })).rejects.toThrow(/needs an open file chooser/);
  });

  it('cancels with nothing: by the client, by a second chooser, and at the end of the session', async () => {
    const { core } = await session();
    const answers: string[] = [];
    const request = (name: string) => ({ multiple: true, answer: async (paths: readonly string[]) => void answers.push(`${name}:${paths.length}`) });
    core.fileChooserOpened(request('a'));
    await core.handle('cancelPicker', {});
    core.fileChooserOpened(request('b'));
    core.fileChooserOpened(request('c'));
    await end(core);
    expect(answers).toEqual(['a:0', 'b:0', 'c:0']);
  });
});

describe('printing', () => {
  it('prints the page or the open document, and turns a failure into a notice', async () => {
    const jobs: string[] = [];
    let fail = false;
    const printer: PrinterPort = {
      print: async (target) => {
        if (fail) throw new Error('paper jam');
        jobs.push(target);
      },
    };
    const { core } = await session(WITH_LOGOUT, { printer });
    expect(core.snapshot().documents.printer).toBe(true);
    await expect(core.handle('print', { target: 'page' })).rejects.toThrow(/needs a page shown/);
    await core.handle('openService', { serviceId: 'kela' });
    expect(await core.handle('print', { target: 'page' })).toEqual({ printed: true });
    await expect(core.handle('print', { target: 'document' })).rejects.toThrow(/needs a document open/);
    fail = true;
    expect(await core.handle('print', { target: 'page' })).toEqual({ printed: false });
    expect(core.snapshot().documents.notice).toEqual({ reason: 'print-failed', host: null });
    expect(jobs).toEqual(['page']);
  });

  it('prints nothing when the configuration has printing off', async () => {
    const printer: PrinterPort = { print: async () => expect.unreachable('printed') };
    const { core } = await session({ ...WITH_LOGOUT, printer: { enabled: false, deviceName: null } }, { printer });
    expect(core.snapshot().documents.printer).toBe(false);
    await core.handle('openService', { serviceId: 'kela' });
    await expect(core.handle('print', { target: 'page' })).rejects.toThrow(/not enabled/);
  });
});

describe('the service logout before the wipe', () => {
  it('visits the logout page of a service the client used, before the view closes', async () => {
    const { core, surface } = await session();
    await core.handle('openService', { serviceId: 'kela' });
    await end(core);
    const calls = surface.calls.filter((c) => c.startsWith('logout') || c === 'close');
    expect(calls.slice(-2)).toEqual([`logout ${KELA_LOGOUT}`, 'close']);
  });

  it('visits none when the client used no service with a logout page', async () => {
    const { core, surface } = await session();
    await end(core);
    expect(surface.calls.filter((c) => c.startsWith('logout'))).toEqual([]);
  });

  it('wipes anyway when the logout page never answers', async () => {
    const { core, surface, advance, log } = await session();
    surface.logout = () => new Promise<void>(() => undefined);
    await core.handle('openService', { serviceId: 'kela' });
    await core.handle('requestEnd', {});
    await core.handle('confirmEnd', {});
    await settle();
    expect(core.snapshot().session.phase).toBe('wiping');
    await new Promise((resolve) => setTimeout(resolve, LOGOUT_TIMEOUT_MS + 200));
    await advance(0);
    await untilPhase(core, 'welcome');
    expect(log.events).toContain('session.service-logout {"host":"www.kela.test:8443","outcome":"timeout"}');
  }, LOGOUT_TIMEOUT_MS + 5000);
});

describe('the wipe, its audit entries and the relaunch', () => {
  it('audits a failed verification once, and the recovery', async () => {
    const { core, wiper, staff, advance } = await session();
    wiper.verifyResults = [
      { clean: false, findings: ['cookies-left:www.kela.test'] },
      { clean: false, findings: ['cookies-left:www.kela.test'] },
    ];
    await core.handle('requestEnd', {});
    await core.handle('confirmEnd', {});
    await untilPhase(core, 'outOfService');
    await advance(CONFIG.wipeRetrySeconds * 1000);
    await untilPhase(core, 'outOfService');
    await advance(CONFIG.wipeRetrySeconds * 1000);
    await untilPhase(core, 'welcome');
    expect(staff.audits.filter((a) => a.startsWith('wipe.'))).toEqual(['wipe.failed', 'wipe.recovered']);
  });

  it('counts the session folder in the verification', async () => {
    const { core } = await session();
    const path = core.downloadRequested({ url: 'https://www.kela.test:8443/a.pdf', suggestedName: 'a.pdf', mimeType: '' }) ?? '';
    writeFileSync(path, PDF);
    await core.downloadFinished({ path, url: 'https://www.kela.test:8443/a.pdf', suggestedName: 'a.pdf', ok: true });
    await end(core);
    expect(readdirSync(join(root, 'session'))).toEqual([]);
    expect(core.snapshot().session.phase).toBe('welcome');
  });

  it('relaunches at the welcome screen after the configured clients, never at start-up', async () => {
    let relaunched = 0;
    let memoryMb = 5000;
    const relaunch: RelaunchPort = { memoryMb: () => memoryMb, relaunch: () => void (relaunched += 1) };
    const { core } = setup(WITH_LOGOUT, { documents, relaunch }, recordingLog());
    core.start();
    await untilPhase(core, 'welcome');
    // Far above the memory limit at start-up, and still no relaunch: it would loop for ever.
    expect(relaunched).toBe(0);
    memoryMb = 100;
    await inSession(core);
    await end(core);
    expect(relaunched).toBe(0);
    await inSession(core);
    await end(core);
    expect(relaunched).toBe(1);
  });

  it('relaunches above the memory limit after a client', async () => {
    let relaunched = 0;
    const relaunch: RelaunchPort = { memoryMb: () => 1500, relaunch: () => void (relaunched += 1) };
    const { core } = setup(WITH_LOGOUT, { documents, relaunch }, recordingLog());
    core.start();
    await untilPhase(core, 'welcome');
    await inSession(core);
    await end(core);
    expect(relaunched).toBe(1);
  });
});
