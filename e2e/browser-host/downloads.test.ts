import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DownloadGuard } from './downloads';

/** A Playwright Download that either is cancelled in time, or had already finished writing `file`. */
function fakeDownload(url: string, finished: string | null): Download & { readonly calls: string[] } {
  const calls: string[] = [];
  let cancelled = false;
  const fake = {
    calls,
    url: () => url,
    suggestedFilename: () => 'document.pdf',
    cancel: async () => {
      calls.push('cancel');
      if (finished === null) cancelled = true;
    },
    failure: async () => (cancelled ? 'canceled' : null),
    path: async () => {
      calls.push('path');
      if (finished === null) throw new Error('canceled');
      return finished;
    },
    delete: async () => {
      calls.push('delete');
      if (finished !== null) rmSync(finished, { force: true });
    },
  };
  return fake as unknown as Download & { readonly calls: string[] };
}

/** A core that refuses every download (it logs the refusal itself: kiosk-core-documents.test.ts). */
const REFUSING = { downloadRequested: () => null, downloadFinished: async () => undefined };

describe('DownloadGuard', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'vierella-downloads-test-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('cancels a download the core refuses at once', async () => {
    const guard = new DownloadGuard({ downloadsDir: dir });
    const download = fakeDownload('https://www.kela.fi/paatokset/hetu-010101.pdf', null);
    guard.handle(download, REFUSING);
    expect(await guard.settle()).toEqual([]);
    expect(download.calls).toEqual(['cancel']);
    expect(await guard.verify()).toEqual([]);
  });

  it('deletes a download that finished before the cancel reached it', async () => {
    const file = join(dir, 'finished');
    writeFileSync(file, '%PDF-1.4');
    const guard = new DownloadGuard({ downloadsDir: dir });
    const download = fakeDownload('https://www.kela.fi/a.pdf', file);
    guard.handle(download, REFUSING);
    await guard.settle();
    expect(download.calls).toEqual(['cancel', 'path', 'delete']);
    expect(existsSync(file)).toBe(false);
    expect(await guard.verify()).toEqual([]);
  });

  it('finds a file left behind by a download, and anything in the downloads folder; the wipe empties the folder', async () => {
    const kept = join(tmpdir(), `vierella-kept-${process.pid}.pdf`);
    writeFileSync(kept, '%PDF-1.4');
    const guard = new DownloadGuard({ downloadsDir: dir });
    const stubborn = Object.assign(fakeDownload('https://www.kela.fi/b.pdf', kept), { delete: async () => undefined });
    guard.handle(stubborn, REFUSING);
    writeFileSync(join(dir, 'stray.crdownload'), 'partial');
    expect(await guard.verify()).toEqual(['download-left:www.kela.fi', 'downloads-folder-not-empty:1']);
    expect(await guard.settle()).toEqual([]);
    rmSync(kept);
    // Proven clean once: the records are forgotten.
    expect(await guard.verify()).toEqual([]);
  });

  it('without a known folder, checks the recorded files only', async () => {
    const guard = new DownloadGuard();
    guard.handle(fakeDownload('https://www.kela.fi/c.pdf', null), REFUSING);
    expect(await guard.settle()).toEqual([]);
    expect(await guard.verify()).toEqual([]);
  });

  it('hands a download the core accepts to the session folder, and deletes Playwright’s own copy', async () => {
    const own = join(dir, 'playwright-copy');
    writeFileSync(own, '%PDF-1.4');
    const saved: string[] = [];
    const download = Object.assign(fakeDownload('https://www.kela.fi/paatos.pdf', own), {
      suggestedFilename: () => 'paatos.pdf',
      saveAs: async (path: string) => {
        saved.push(path);
        writeFileSync(path, '%PDF-1.4');
      },
      failure: async () => null,
    });
    const finished: unknown[] = [];
    const target = join(dir, 'session-copy');
    const core = {
      downloadRequested: (info: { suggestedName: string }) => (info.suggestedName === 'paatos.pdf' ? target : null),
      downloadFinished: async (info: unknown) => void finished.push(info),
    };
    const guard = new DownloadGuard();
    guard.handle(download, core);
    await guard.settle();
    expect(saved).toEqual([target]);
    expect(finished).toEqual([{ path: target, url: 'https://www.kela.fi/paatos.pdf', suggestedName: 'paatos.pdf', ok: true }]);
    expect(existsSync(own)).toBe(false);
    expect(await guard.verify()).toEqual([]);
  });

  it('cancels a download the core refuses', async () => {
    const download = Object.assign(fakeDownload('https://www.kela.fi/setup.exe', null), { suggestedFilename: () => 'setup.exe' });
    const guard = new DownloadGuard();
    guard.handle(download, { downloadRequested: () => null, downloadFinished: async () => expect.unreachable('finished') });
    await guard.settle();
    expect(download.calls).toEqual(['cancel']);
  });

  it('says so when the folder cannot be read', async () => {
    const guard = new DownloadGuard({ downloadsDir: join(dir, 'missing') });
    expect(await guard.verify()).toEqual(['downloads-folder-unreadable']);
  });
});
