import { describe, expect, it } from 'vitest';
import type { FileChooserRequest } from '../services/ports';
import { interceptFileChoosers } from './file-chooser';
import { FakeWebContents, recordingLog } from './testing/fakes';

const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const INTERCEPT = [
  { method: 'Page.enable', params: {} },
  { method: 'Page.setInterceptFileChooserDialog', params: { enabled: true } },
  { method: 'Target.setAutoAttach', params: { autoAttach: true, waitForDebuggerOnStart: false, flatten: true } },
];

function setUp(prepare: (contents: FakeWebContents) => void = () => undefined) {
  const contents = new FakeWebContents();
  prepare(contents);
  const log = recordingLog();
  const requests: FileChooserRequest[] = [];
  const interception = interceptFileChoosers(contents, (request) => requests.push(request), log);
  return { contents, cdp: contents.debugger, log, requests, interception };
}

function only<T>(items: readonly T[]): T {
  if (items.length !== 1 || items[0] === undefined) throw new Error(`expected one, got ${items.length}`);
  return items[0];
}

describe('interceptFileChoosers', () => {
  it('attaches the debugger and turns on file chooser interception and frame auto-attach', () => {
    const t = setUp();
    expect(t.cdp.attached).toBe(true);
    expect(t.cdp.commands).toEqual(INTERCEPT);
  });

  it('hands an opened chooser to the picker and answers it with DOM.setFileInputFiles on the input', async () => {
    const t = setUp();
    t.cdp.event('Page.fileChooserOpened', { frameId: 'F1', mode: 'selectSingle', backendNodeId: 42 });
    const request = only(t.requests);
    expect(request.multiple).toBe(false);
    await request.answer(['/kiosk/session/doc-1/päätös.pdf']);
    expect(t.cdp.commands.at(-1)).toEqual({
      method: 'DOM.setFileInputFiles',
      params: { files: ['/kiosk/session/doc-1/päätös.pdf'], backendNodeId: 42 },
    });
  });

  it('tells the picker when the page takes several files', () => {
    const t = setUp();
    t.cdp.event('Page.fileChooserOpened', { frameId: 'F1', mode: 'selectMultiple', backendNodeId: 7 });
    expect(only(t.requests).multiple).toBe(true);
  });

  it('sends nothing for a cancel: the input keeps what it had', async () => {
    const t = setUp();
    t.cdp.event('Page.fileChooserOpened', { frameId: 'F1', mode: 'selectSingle', backendNodeId: 42 });
    await only(t.requests).answer([]);
    expect(t.cdp.commands).toEqual(INTERCEPT);
  });

  it('rejects the answer when the page is gone, so the core can log it', async () => {
    const t = setUp();
    t.cdp.event('Page.fileChooserOpened', { frameId: 'F1', mode: 'selectSingle', backendNodeId: 42 });
    t.cdp.failing.add('DOM.setFileInputFiles');
    await expect(only(t.requests).answer(['/kiosk/session/doc-1/a.pdf'])).rejects.toThrow();
  });

  it('refuses pickers without an input element (File System Access API) and malformed events', () => {
    const t = setUp();
    t.cdp.event('Page.fileChooserOpened', { frameId: 'F1', mode: 'selectSingle' });
    t.cdp.event('Page.fileChooserOpened', { frameId: 'F1', mode: 'save', backendNodeId: 1 });
    t.cdp.event('Page.fileChooserOpened', null);
    t.cdp.event('Page.frameNavigated', { frame: { url: 'https://www.kela.fi/' } });
    expect(t.requests).toEqual([]);
    expect(t.log.entries).toEqual([{ level: 'info', event: 'upload.picker-refused' }]);
  });

  it('intercepts out-of-process iframes (and theirs) in their own session, and answers there', async () => {
    const t = setUp();
    t.cdp.event('Target.attachedToTarget', {
      sessionId: 'S-frame',
      targetInfo: { targetId: 'T2', type: 'iframe', url: 'https://maksu.example.fi/?token=secret' },
      waitingForDebugger: false,
    });
    expect(t.cdp.commands.slice(3)).toEqual(INTERCEPT.map((command) => ({ ...command, sessionId: 'S-frame' })));
    t.cdp.event('Target.attachedToTarget', { sessionId: 'S-nested', targetInfo: { type: 'iframe' } }, 'S-frame');
    expect(t.cdp.commands.slice(6).map((c) => c.sessionId)).toEqual(['S-nested', 'S-nested', 'S-nested']);

    t.cdp.event('Page.fileChooserOpened', { frameId: 'F2', mode: 'selectSingle', backendNodeId: 9 }, 'S-frame');
    await only(t.requests).answer(['/kiosk/session/doc-2/liite.jpg']);
    expect(t.cdp.commands.at(-1)).toEqual({
      method: 'DOM.setFileInputFiles',
      params: { files: ['/kiosk/session/doc-2/liite.jpg'], backendNodeId: 9 },
      sessionId: 'S-frame',
    });
    expect(JSON.stringify(t.log.entries)).not.toContain('secret');
  });

  it('leaves workers and other targets alone', () => {
    const t = setUp();
    t.cdp.event('Target.attachedToTarget', { sessionId: 'S-worker', targetInfo: { type: 'worker' } });
    t.cdp.event('Target.attachedToTarget', { sessionId: '', targetInfo: { type: 'iframe' } });
    expect(t.cdp.commands).toEqual(INTERCEPT);
  });

  it('logs a failed command by its method only', async () => {
    const t = setUp((contents) => contents.debugger.failing.add('Page.setInterceptFileChooserDialog'));
    await flush();
    expect(t.log.entries).toEqual([
      { level: 'warn', event: 'upload.intercept-failed', detail: { method: 'Page.setInterceptFileChooserDialog', frame: false, error: 'Error' } },
    ]);
  });

  it('logs and keeps going when the debugger cannot be attached', () => {
    const t = setUp((contents) => (contents.debugger.attachError = new TypeError('Debugger is already attached to the target')));
    expect(t.cdp.commands).toEqual([]);
    expect(t.log.entries).toEqual([{ level: 'warn', event: 'upload.intercept-unavailable', detail: { error: 'TypeError' } }]);
    expect(() => t.interception.detach()).not.toThrow();
  });

  it('attaches again when Chromium drops the debugger, a few times at most', () => {
    const t = setUp();
    for (let i = 0; i < 5; i++) t.cdp.lose('Render process crashed');
    expect(t.cdp.commands.filter((c) => c.method === 'Page.setInterceptFileChooserDialog')).toHaveLength(4);
    expect(t.log.entries.filter((e) => e.event === 'upload.intercept-lost')).toHaveLength(5);
    expect(t.log.entries[0]).toEqual({ level: 'warn', event: 'upload.intercept-lost', detail: { reason: 'Render process crashed' } });
  });

  it('detaches on close, and hears nothing afterwards', () => {
    const t = setUp();
    t.interception.detach();
    expect(t.cdp.attached).toBe(false);
    t.cdp.emit('detach', {}, 'target closed');
    t.cdp.event('Page.fileChooserOpened', { frameId: 'F1', mode: 'selectSingle', backendNodeId: 42 });
    expect(t.requests).toEqual([]);
    expect(t.log.entries).toEqual([]);
    t.interception.detach();
  });

  it('does not detach a destroyed webContents (Electron ended the session already)', () => {
    const t = setUp();
    t.contents.close();
    t.cdp.lose('target closed');
    expect(() => t.interception.detach()).not.toThrow();
    expect(t.log.entries).toEqual([]);
  });
});
