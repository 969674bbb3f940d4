import { describe, expect, it } from 'vitest';
import { routeDownloads, type DownloadEvents } from './downloads';
import { FakeSession, recordingLog } from './testing/fakes';

const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function setUp(answer: (name: string) => string | null = () => '/kiosk/session/incoming/1') {
  const session = new FakeSession();
  const log = recordingLog();
  const requested: { url: string; suggestedName: string; mimeType: string }[] = [];
  const finished: { path: string; url: string; suggestedName: string; ok: boolean }[] = [];
  const events: DownloadEvents = {
    downloadRequested: (info) => {
      requested.push(info);
      return answer(info.suggestedName);
    },
    downloadFinished: async (info) => void finished.push(info),
  };
  let current = true;
  const downloads = routeDownloads(session, events, () => current, log);
  return { session, log, requested, finished, downloads, leave: () => (current = false) };
}

const URL_OF_DECISION = 'https://www.kela.fi/asiointi/paatos?hetu=010101-123X';

describe('routeDownloads', () => {
  it('asks the core with the URL, the suggested name and the type, and refuses when it says null', () => {
    const t = setUp(() => null);
    const { item, prevented } = t.session.download(URL_OF_DECISION, 'huono.exe', 'application/octet-stream');
    expect(prevented).toBe(true);
    expect(item.savePath).toBeNull();
    expect(t.requested).toEqual([{ url: URL_OF_DECISION, suggestedName: 'huono.exe', mimeType: 'application/octet-stream' }]);
  });

  it('writes an accepted download to the path the core gave (no save dialog) and reports when it is done', async () => {
    const t = setUp();
    const { item, prevented } = t.session.download(URL_OF_DECISION, 'päätös.pdf', 'application/pdf');
    expect(prevented).toBe(false);
    expect(item.savePath).toBe('/kiosk/session/incoming/1');
    expect(t.finished).toEqual([]);
    item.finish('completed');
    await flush();
    expect(t.finished).toEqual([{ path: '/kiosk/session/incoming/1', url: URL_OF_DECISION, suggestedName: 'päätös.pdf', ok: true }]);
  });

  it('reports a cancelled or interrupted download as failed', async () => {
    const t = setUp();
    t.session.download('https://www.kela.fi/a.pdf', 'a.pdf').item.finish('interrupted');
    t.session.download('https://www.kela.fi/b.pdf', 'b.pdf').item.finish('cancelled');
    await flush();
    expect(t.finished.map((f) => f.ok)).toEqual([false, false]);
  });

  it('refuses a download when the core throws, and logs no name or URL', () => {
    const t = setUp(() => {
      throw new Error('no session folder at /kiosk/session');
    });
    expect(t.session.download(URL_OF_DECISION, 'päätös.pdf').prevented).toBe(true);
    expect(t.log.entries).toEqual([{ level: 'warn', event: 'download.place-failed', detail: { error: 'Error' } }]);
  });

  it('never asks the core for a partition whose client has left', () => {
    const t = setUp();
    t.leave();
    expect(t.session.download(URL_OF_DECISION).prevented).toBe(true);
    expect(t.requested).toEqual([]);
  });

  it('cancels what is still being written, and a download finishing after the client left is not kept', async () => {
    const t = setUp();
    const running = t.session.download('https://www.kela.fi/a.pdf', 'a.pdf').item;
    const late = t.session.download('https://www.kela.fi/b.pdf', 'b.pdf').item;
    const done = t.session.download('https://www.kela.fi/c.pdf', 'c.pdf').item;
    done.finish('completed');
    t.leave();
    t.downloads.cancelAll();
    expect(running.cancels).toBe(1);
    expect(late.cancels).toBe(1);
    expect(done.cancels).toBe(0);
    await flush();
    expect(t.finished.map((f) => [f.suggestedName, f.ok])).toEqual([
      ['c.pdf', true],
      ['a.pdf', false],
      ['b.pdf', false],
    ]);
  });

  it('logs a failed finish without detail of the file', async () => {
    const session = new FakeSession();
    const log = recordingLog();
    routeDownloads(
      session,
      { downloadRequested: () => '/s/1', downloadFinished: () => Promise.reject(new Error('EACCES /s/1')) },
      () => true,
      log,
    );
    session.download('https://www.kela.fi/a.pdf').item.finish('completed');
    await flush();
    expect(log.entries).toEqual([{ level: 'warn', event: 'download.finish-failed', detail: { error: 'Error' } }]);
  });
});
