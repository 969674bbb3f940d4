import { describe, expect, it } from 'vitest';
import type { ContentLayout } from '../../shared/bridge';
import type { FileChooserRequest } from '../services/ports';
import type { ContentEvents } from './content-events';
import { createElectronContentSurface, scaleBounds } from './content-surface';
import type { PermissionGrant } from './permissions';
import { createRetiredSessions } from './retired-sessions';
import { FakeContainer, FakeSession, FakeView, emitCertificateError, fakeEvent, recordingLog } from './testing/fakes';

const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

interface SetUpOptions {
  /** The core's answer to a download: a path in the session folder, or null (the default) to refuse. */
  readonly downloadTo?: string | null;
  readonly grants?: readonly PermissionGrant[];
}

function setUp(options: SetUpOptions = {}) {
  const container = new FakeContainer<FakeView>();
  const views: FakeView[] = [];
  const sessions = new Map<string, FakeSession>();
  const retired = createRetiredSessions<FakeSession>();
  const calls: string[] = [];
  const choosers: FileChooserRequest[] = [];
  const events: ContentEvents = {
    policy: () => ({ allowedHosts: ['www.kela.fi', '*.suomi.fi'] }),
    contentNavigated: (info) => void calls.push(`navigated ${info.url} back=${info.canGoBack} fwd=${info.canGoForward}`),
    contentLoading: (loading) => void calls.push(`loading ${loading}`),
    navigationBlocked: (url, reason) => void calls.push(`blocked ${url} ${reason}`),
    contentCrashed: () => void calls.push('crashed'),
    activity: () => void calls.push('activity'),
    downloadRequested: (info) => {
      calls.push(`download ${info.suggestedName}`);
      return options.downloadTo ?? null;
    },
    downloadFinished: async (info) => void calls.push(`finished ${info.path} ok=${info.ok}`),
    fileChooserOpened: (request) => void choosers.push(request),
  };
  let uuid = 0;
  let zoom = 1;
  const log = recordingLog();
  const surface = createElectronContentSurface({
    container,
    createView: (webPreferences) => {
      const view = new FakeView({ webPreferences });
      views.push(view);
      return view;
    },
    sessionFor: (partition) => {
      const session = sessions.get(partition) ?? new FakeSession();
      sessions.set(partition, session);
      return session;
    },
    randomUUID: () => `00000000-0000-4000-8000-${String(++uuid).padStart(12, '0')}`,
    devTools: false,
    uiZoomFactor: () => zoom,
    retired,
    events,
    log,
    ...(options.grants ? { grants: options.grants } : {}),
  });
  return {
    surface,
    choosers,
    container,
    views,
    sessions,
    retired,
    calls,
    log,
    setZoom: (z: number) => (zoom = z),
    view: () => {
      const last = views.at(-1);
      if (!last) throw new Error('no view yet');
      return last;
    },
  };
}

const layout = (visible: boolean): ContentLayout => ({ bounds: { x: 0, y: 64, width: 1280, height: 656 }, visible });

describe('open', () => {
  it('creates a view in a fresh in-memory partition with every guard attached', async () => {
    const t = setUp();
    await t.surface.open();
    const view = t.view();
    const partition = view.options.webPreferences['partition'];
    expect(partition).toBe('client-00000000-0000-4000-8000-000000000001');
    expect(view.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, devTools: false });
    expect(t.container.children).toEqual([view]);

    const session = t.sessions.get(String(partition));
    expect(session?.askPermission('media', 'https://www.kela.fi/')).toBe(false);
    expect(session?.beforeRequest).not.toBeNull();
    expect(session?.download('https://www.kela.fi/päätös.pdf').prevented).toBe(true);
    expect(view.webContents.debugger.attached).toBe(true);

    const contents = view.webContents;
    expect(contents.tryNavigate('will-navigate', 'https://evil.example/')).toBe(true);
    expect(contents.openWindow('https://www.kela.fi/')).toEqual({ action: 'deny' });
    expect(contents.press({ code: 'KeyR', control: true })).toBe(true);
    expect(t.calls).toContain('blocked https://evil.example/ not-allowed');
  });

  it('refuses certificate errors in the view, even for an allowlisted host', async () => {
    const t = setUp();
    await t.surface.open();
    const answer = emitCertificateError(t.view().webContents, 'https://www.kela.fi/asiointi', 'net::ERR_CERT_DATE_INVALID');
    expect(answer).toMatchObject({ prevented: true, answers: [false] });
    expect(t.log.entries).toContainEqual({
      level: 'warn',
      event: 'navigation.certificate-error',
      detail: { host: 'www.kela.fi', error: 'ERR_CERT_DATE_INVALID' },
    });
  });

  it('tells the client when a page is refused for its certificate, not for a refused image', async () => {
    const t = setUp();
    await t.surface.open();
    emitCertificateError(t.view().webContents, 'https://www.kela.fi/asiointi', 'net::ERR_CERT_DATE_INVALID');
    emitCertificateError(t.view().webContents, 'https://www.kela.fi/logo.png', 'net::ERR_CERT_DATE_INVALID', { isMainFrame: false });
    expect(t.calls).toEqual(['blocked https://www.kela.fi/asiointi certificate']);
  });

  it('gives each new partition the configured permission grants', async () => {
    const t = setUp({ grants: [{ permission: 'media', hosts: ['tunnistus.example.fi'], mediaTypes: ['video'] }] });
    await t.surface.open();
    const session = t.sessions.get(String(t.view().options.webPreferences['partition']));
    expect(session?.askPermission('media', 'https://tunnistus.example.fi/', ['video'])).toBe(true);
    expect(session?.askPermission('media', 'https://tunnistus.example.fi/', ['audio'])).toBe(false);
    expect(session?.askPermission('media', 'https://www.kela.fi/', ['video'])).toBe(false);
  });

  it('uses a new partition for every client session and closes the previous view first', async () => {
    const t = setUp();
    await t.surface.open();
    const first = t.view();
    await t.surface.open();
    const second = t.view();
    expect(second.options.webPreferences['partition']).not.toBe(first.options.webPreferences['partition']);
    expect(first.webContents.closes).toBe(1);
    expect(t.container.children).toEqual([second]);
    expect(t.retired.pending()).toHaveLength(1);
  });

  it('starts hidden until a layout says where and that the content shows', async () => {
    const t = setUp();
    await t.surface.open();
    expect(t.view().visible).toBe(false);
  });
});

describe('load and history', () => {
  it('loads an allowed URL and shows the view', async () => {
    const t = setUp();
    t.surface.setLayout(layout(true));
    await t.surface.open();
    expect(t.view().visible).toBe(false);
    t.surface.load('https://www.kela.fi/asiointi');
    expect(t.view().webContents.loads).toEqual(['https://www.kela.fi/asiointi']);
    expect(t.view().visible).toBe(true);
  });

  it('refuses a URL off the allowlist even if the core let it through', async () => {
    const t = setUp();
    await t.surface.open();
    t.surface.load('https://evil.example/');
    expect(t.view().webContents.loads).toEqual([]);
    expect(t.calls).toEqual(['blocked https://evil.example/ not-allowed']);
  });

  it('swallows a failed load and logs only the Chromium code', async () => {
    const t = setUp();
    await t.surface.open();
    t.view().webContents.loadError = Object.assign(new Error("ERR_NAME_NOT_RESOLVED (-105) loading 'https://www.kela.fi/?hetu=x'"), {
      code: 'ERR_NAME_NOT_RESOLVED',
    });
    t.surface.load('https://www.kela.fi/?hetu=x');
    await flush();
    expect(t.log.entries).toContainEqual({ level: 'info', event: 'content.load-failed', detail: { code: 'ERR_NAME_NOT_RESOLVED' } });
    expect(JSON.stringify(t.log.entries)).not.toContain('hetu');
  });

  it('opens an allowed window.open URL in the same view', async () => {
    const t = setUp();
    await t.surface.open();
    t.view().webContents.openWindow('https://www.kela.fi/liite');
    await flush();
    expect(t.view().webContents.loads).toEqual(['https://www.kela.fi/liite']);
  });

  it('goes back and forward through navigationHistory only when it can', async () => {
    const t = setUp();
    await t.surface.open();
    const contents = t.view().webContents;
    t.surface.goBack();
    expect(contents.navigationHistory.index).toBe(-1);
    contents.commit('https://www.kela.fi/a');
    contents.commit('https://www.kela.fi/b');
    t.surface.goBack();
    expect(contents.navigationHistory.index).toBe(0);
    t.surface.goForward();
    expect(contents.navigationHistory.index).toBe(1);
    t.surface.reload();
    expect(contents.reloads).toBe(1);
  });

  it('ignores calls while nothing is open', () => {
    const t = setUp();
    expect(() => {
      t.surface.load('https://www.kela.fi/');
      t.surface.goBack();
      t.surface.goForward();
      t.surface.reload();
      t.surface.clear();
      t.surface.setLayout(layout(true));
    }).not.toThrow();
    expect(t.log.entries.filter((e) => e.event === 'content.not-open')).toHaveLength(4);
  });
});

describe('clear and layout', () => {
  it('scales CSS pixels by the UI zoom factor', async () => {
    const t = setUp();
    t.setZoom(1.5);
    await t.surface.open();
    t.surface.setLayout(layout(true));
    expect(t.view().bounds).toEqual({ x: 0, y: 96, width: 1920, height: 984 });
  });

  it('hides the view on clear (home tiles) until the next load, whatever the layout says', async () => {
    const t = setUp();
    await t.surface.open();
    t.surface.setLayout(layout(true));
    t.surface.load('https://www.kela.fi/');
    expect(t.view().visible).toBe(true);
    t.surface.clear();
    expect(t.view().visible).toBe(false);
    t.surface.setLayout(layout(true));
    expect(t.view().visible).toBe(false);
    t.surface.load('https://www.kela.fi/');
    expect(t.view().visible).toBe(true);
    t.surface.setLayout(layout(false));
    expect(t.view().visible).toBe(false);
  });

  it('keeps the history on clear', async () => {
    const t = setUp();
    await t.surface.open();
    const contents = t.view().webContents;
    contents.commit('https://www.kela.fi/a');
    contents.commit('https://www.kela.fi/b');
    t.surface.clear();
    t.surface.goBack();
    expect(contents.navigationHistory.index).toBe(0);
  });
});

describe('reports to the core', () => {
  it('reports committed main-frame navigations with the history state', async () => {
    const t = setUp();
    await t.surface.open();
    const contents = t.view().webContents;
    contents.commit('https://www.kela.fi/a');
    contents.commit('https://www.kela.fi/b');
    contents.emit('did-navigate-in-page', fakeEvent(), 'https://www.kela.fi/b#osa', true);
    contents.emit('did-navigate-in-page', fakeEvent(), 'https://frame.suomi.fi/#x', false);
    expect(t.calls).toEqual([
      'navigated https://www.kela.fi/a back=false fwd=false',
      'navigated https://www.kela.fi/b back=true fwd=false',
      'navigated https://www.kela.fi/b#osa back=true fwd=false',
    ]);
  });

  it('reports loading, crashes and client input', async () => {
    const t = setUp();
    await t.surface.open();
    const contents = t.view().webContents;
    contents.emit('did-start-loading');
    contents.emit('did-stop-loading');
    contents.press({ code: 'KeyA' });
    contents.emit('input-event', fakeEvent(), { type: 'mouseDown' });
    contents.emit('render-process-gone', fakeEvent(), { reason: 'crashed', exitCode: 1 });
    expect(t.calls).toEqual(['loading true', 'loading false', 'activity', 'activity', 'crashed']);
    expect(t.log.entries).toContainEqual({ level: 'warn', event: 'content.render-process-gone', detail: { reason: 'crashed' } });
  });

  it('lets pages unload without a "leave this page?" prompt', async () => {
    const t = setUp();
    await t.surface.open();
    const event = fakeEvent();
    t.view().webContents.emit('will-prevent-unload', event);
    expect(event.defaultPrevented).toBe(true);
  });

  it('says nothing about a view it has closed', async () => {
    const t = setUp();
    await t.surface.open();
    const contents = t.view().webContents;
    await t.surface.close();
    contents.emit('did-stop-loading');
    contents.emit('render-process-gone', fakeEvent(), { reason: 'clean-exit', exitCode: 0 });
    contents.commit('https://www.kela.fi/');
    contents.press({ code: 'KeyA' });
    expect(t.calls).toEqual([]);
  });
});

describe('close', () => {
  it('stops, removes and closes the view and hands its session to the wiper', async () => {
    const t = setUp();
    await t.surface.open();
    const view = t.view();
    const session = t.sessions.get(String(view.options.webPreferences['partition']));
    await t.surface.close();
    expect(view.webContents.stops).toBe(1);
    expect(view.webContents.closes).toBe(1);
    expect(t.container.children).toEqual([]);
    expect(t.retired.pending()).toEqual([session]);
  });

  it('is safe to call when nothing is open, and twice', async () => {
    const t = setUp();
    await t.surface.close();
    await t.surface.open();
    await t.surface.close();
    await t.surface.close();
    expect(t.retired.pending()).toHaveLength(1);
    expect(t.view().webContents.closes).toBe(1);
  });

  it('still removes the view and retires the session when stop throws', async () => {
    const t = setUp();
    await t.surface.open();
    const view = t.view();
    view.webContents.stop = () => {
      throw new Error('gone');
    };
    await t.surface.close();
    expect(t.container.children).toEqual([]);
    expect(view.webContents.closes).toBe(1);
    expect(t.retired.pending()).toHaveLength(1);
    expect(t.log.entries).toContainEqual({ level: 'warn', event: 'content.close-step-failed', detail: { step: 'stop', error: 'Error' } });
  });
});

describe('accessibility adjustments', () => {
  it('sets the zoom and user CSS on every new page, and swaps the CSS when the client changes it', async () => {
    const t = setUp();
    await t.surface.open();
    const contents = t.view().webContents;
    t.surface.setAdjustments({ zoom: 2, css: 'html{background:#000!important}' });
    await flush();
    expect(contents.zoomFactor).toBe(2);
    expect([...contents.insertedCss.values()]).toEqual(['html{background:#000!important}']);
    // A new document: Chromium forgets inserted CSS and per-origin zoom; the surface applies both again.
    contents.insertedCss.clear();
    contents.zoomFactor = 1;
    contents.emit('dom-ready');
    await flush();
    expect(contents.zoomFactor).toBe(2);
    expect([...contents.insertedCss.values()]).toEqual(['html{background:#000!important}']);
    t.surface.setAdjustments({ zoom: 1, css: '' });
    await flush();
    expect(contents.zoomFactor).toBe(1);
    expect(contents.insertedCss.size).toBe(0);
  });

  it('applies the adjustments chosen before the view opened', async () => {
    const t = setUp();
    t.surface.setAdjustments({ zoom: 1.5, css: 'p{letter-spacing:0.12em!important}' });
    await t.surface.open();
    t.view().webContents.emit('dom-ready');
    await flush();
    expect(t.view().webContents.zoomFactor).toBe(1.5);
    expect([...t.view().webContents.insertedCss.values()]).toEqual(['p{letter-spacing:0.12em!important}']);
  });
});

describe('scaleBounds', () => {
  it('rounds to whole DIPs and ignores a nonsensical zoom', () => {
    expect(scaleBounds({ x: 1, y: 1, width: 101, height: 33 }, 1.25)).toEqual({ x: 1, y: 1, width: 126, height: 41 });
    expect(scaleBounds({ x: 10, y: 10, width: 10, height: 10 }, 0)).toEqual({ x: 10, y: 10, width: 10, height: 10 });
    expect(scaleBounds({ x: 10, y: 10, width: 10, height: 10 }, Number.NaN)).toEqual({ x: 10, y: 10, width: 10, height: 10 });
  });
});

describe('downloads', () => {
  it('writes an accepted download to the session folder and reports it finished', async () => {
    const t = setUp({ downloadTo: '/kiosk/session/incoming/1' });
    await t.surface.open();
    const session = t.sessions.get(String(t.view().options.webPreferences['partition']));
    if (!session) throw new Error('no session');
    const { item, prevented } = session.download('https://www.kela.fi/paatos', 'päätös.pdf');
    expect(prevented).toBe(false);
    expect(item.savePath).toBe('/kiosk/session/incoming/1');
    item.finish('completed');
    await flush();
    expect(t.calls).toEqual(['download päätös.pdf', 'finished /kiosk/session/incoming/1 ok=true']);
  });

  it('cancels a download still running at close, and it is not kept', async () => {
    const t = setUp({ downloadTo: '/kiosk/session/incoming/1' });
    await t.surface.open();
    const session = t.sessions.get(String(t.view().options.webPreferences['partition']));
    const item = session?.download('https://www.kela.fi/paatos', 'päätös.pdf').item;
    await t.surface.close();
    expect(item?.cancels).toBe(1);
    await flush();
    expect(t.calls).toEqual(['download päätös.pdf', 'finished /kiosk/session/incoming/1 ok=false']);
    // The retired partition asks nobody: the next client's folder is not for it.
    expect(session?.download('https://www.kela.fi/toinen', 'toinen.pdf').prevented).toBe(true);
    expect(t.calls).toHaveLength(2);
  });
});

describe('file choosers', () => {
  it('intercepts the view’s file choosers and hands them to the core', async () => {
    const t = setUp();
    await t.surface.open();
    const cdp = t.view().webContents.debugger;
    expect(cdp.commands.map((c) => c.method)).toContain('Page.setInterceptFileChooserDialog');
    cdp.event('Page.fileChooserOpened', { frameId: 'F', mode: 'selectMultiple', backendNodeId: 5 });
    expect(t.choosers.map((c) => c.multiple)).toEqual([true]);
  });

  it('detaches the debugger at close', async () => {
    const t = setUp();
    await t.surface.open();
    const contents = t.view().webContents;
    await t.surface.close();
    expect(contents.debugger.attached).toBe(false);
  });
});

describe('currentContents', () => {
  it('is the open view’s webContents, and null when nothing is open', async () => {
    const t = setUp();
    expect(t.surface.currentContents()).toBeNull();
    await t.surface.open();
    expect(t.surface.currentContents()).toBe(t.view().webContents);
    await t.surface.close();
    expect(t.surface.currentContents()).toBeNull();
  });
});

describe('logout', () => {
  it('loads the logout address out of sight and resolves when it has loaded', async () => {
    const t = setUp();
    t.surface.setLayout(layout(true));
    await t.surface.open();
    t.surface.load('https://www.kela.fi/asiointi');
    expect(t.view().visible).toBe(true);
    await t.surface.logout('https://www.kela.fi/logout');
    expect(t.view().visible).toBe(false);
    expect(t.view().webContents.loads).toEqual(['https://www.kela.fi/asiointi', 'https://www.kela.fi/logout']);
  });

  it('does not load an address off the allowlist', async () => {
    const t = setUp();
    await t.surface.open();
    await t.surface.logout('https://evil.example/logout');
    await t.surface.logout('http://www.kela.fi/logout');
    expect(t.view().webContents.loads).toEqual([]);
  });

  it('tolerates a failed load and logs no URL', async () => {
    const t = setUp();
    await t.surface.open();
    t.view().webContents.loadError = Object.assign(new Error("ERR_CONNECTION_REFUSED loading 'https://www.kela.fi/logout?session=abc'"), {
      code: 'ERR_CONNECTION_REFUSED',
    });
    await expect(t.surface.logout('https://www.kela.fi/logout?session=abc')).resolves.toBeUndefined();
    expect(t.log.entries).toContainEqual({ level: 'info', event: 'content.logout-load-failed' });
    expect(JSON.stringify(t.log.entries)).not.toMatch(/logout\?|session=abc/);
  });

  it('does nothing while no view is open', async () => {
    const t = setUp();
    await expect(t.surface.logout('https://www.kela.fi/logout')).resolves.toBeUndefined();
    expect(t.views).toEqual([]);
  });
});
