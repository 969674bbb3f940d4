import { describe, expect, it } from 'vitest';
import type { NavigationPolicy } from '../../shared/policy/navigation';
import { guardContent, guardUi, hardenWebContents } from './navigation-guards';
import { FakeSession, FakeWebContents, fakeEvent, recordingLog } from './testing/fakes';

const policy: NavigationPolicy = { allowedHosts: ['www.kela.fi', '*.suomi.fi'] };

function setUp(now = () => 0) {
  const contents = new FakeWebContents();
  const session = new FakeSession();
  const log = recordingLog();
  const blocked: [string, string][] = [];
  const loaded: string[] = [];
  guardContent(contents, session, (url) => loaded.push(url), {
    policy: () => policy,
    onBlocked: (url, reason) => blocked.push([url, reason]),
    log,
    now,
  });
  return { contents, session, log, blocked, loaded };
}

const flush = () => new Promise<void>((resolve) => queueMicrotask(resolve));

describe('guardContent: webContents navigation events', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'] as const)('%s lets allowlisted https pages through', (event) => {
    const { contents, blocked } = setUp();
    expect(contents.tryNavigate(event, 'https://www.kela.fi/asiointi')).toBe(false);
    expect(contents.tryNavigate(event, 'https://tunnistus.suomi.fi/login', false)).toBe(false);
    expect(blocked).toEqual([]);
  });

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'] as const)(
    '%s prevents a refused main-frame navigation and tells the core why',
    (event) => {
      const { contents, blocked } = setUp();
      expect(contents.tryNavigate(event, 'https://evil.example/phish')).toBe(true);
      expect(contents.tryNavigate(event, 'http://www.kela.fi/')).toBe(true);
      expect(blocked).toEqual([
        ['https://evil.example/phish', 'not-allowed'],
        ['http://www.kela.fi/', 'not-https'],
      ]);
    },
  );

  it('prevents refused subframes quietly, logging the host only', () => {
    const { contents, blocked, log } = setUp();
    expect(contents.tryNavigate('will-frame-navigate', 'https://ads.example/frame?id=123', false)).toBe(true);
    expect(blocked).toEqual([]);
    expect(log.entries).toEqual([
      { level: 'info', event: 'navigation.subframe-refused', detail: { host: 'ads.example', reason: 'not-allowed' } },
    ]);
  });

  it('reports one refusal once when several hooks see it', () => {
    let t = 0;
    const { contents, session, blocked } = setUp(() => t);
    contents.tryNavigate('will-frame-navigate', 'https://evil.example/');
    contents.tryNavigate('will-navigate', 'https://evil.example/');
    session.request('https://evil.example/', 'mainFrame');
    expect(blocked).toHaveLength(1);
    t = 5000;
    contents.tryNavigate('will-navigate', 'https://evil.example/');
    expect(blocked).toHaveLength(2);
  });

  it('uses the policy in force at the time of the navigation', () => {
    const contents = new FakeWebContents();
    let current: NavigationPolicy = { allowedHosts: [] };
    guardContent(contents, new FakeSession(), () => undefined, {
      policy: () => current,
      onBlocked: () => undefined,
      log: recordingLog(),
    });
    expect(contents.tryNavigate('will-navigate', 'https://www.kela.fi/')).toBe(true);
    current = policy;
    expect(contents.tryNavigate('will-navigate', 'https://www.kela.fi/')).toBe(false);
  });
});

describe('guardContent: window.open', () => {
  it('always denies a new window and opens an allowed URL in the same view', async () => {
    const { contents, loaded, blocked } = setUp();
    expect(contents.openWindow('https://www.kela.fi/liite.pdf')).toEqual({ action: 'deny' });
    await flush();
    expect(loaded).toEqual(['https://www.kela.fi/liite.pdf']);
    expect(blocked).toEqual([]);
  });

  it('denies a refused URL, loads nothing and tells the core', async () => {
    const { contents, loaded, blocked } = setUp();
    expect(contents.openWindow('https://evil.example/')).toEqual({ action: 'deny' });
    await flush();
    expect(loaded).toEqual([]);
    expect(blocked).toEqual([['https://evil.example/', 'not-allowed']]);
  });

  it('denies about:blank popups without a notice', async () => {
    const { contents, loaded, blocked } = setUp();
    expect(contents.openWindow('about:blank')).toEqual({ action: 'deny' });
    expect(contents.openWindow('')).toEqual({ action: 'deny' });
    await flush();
    expect(loaded).toEqual([]);
    expect(blocked).toEqual([]);
  });
});

describe('guardContent: webview and the network layer', () => {
  it('always prevents <webview>', () => {
    const { contents } = setUp();
    const event = fakeEvent();
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.defaultPrevented).toBe(true);
  });

  it('filters frame requests of the partition session', () => {
    const { session, blocked, log } = setUp();
    expect(session.beforeRequest?.filter).toEqual({ urls: ['<all_urls>'], types: ['mainFrame', 'subFrame'] });
    expect(session.request('https://www.kela.fi/', 'mainFrame')).toEqual({});
    expect(session.request('https://evil.example/', 'mainFrame')).toEqual({ cancel: true });
    expect(session.request('https://tracker.example/frame', 'subFrame')).toEqual({ cancel: true });
    // Images, scripts and the like are the page's business (CSP, not the allowlist).
    expect(session.request('https://cdn.example/app.js', 'script')).toEqual({});
    expect(blocked).toEqual([['https://evil.example/', 'not-allowed']]);
    expect(log.entries.map((e) => e.detail?.['host'])).toEqual(['tracker.example']);
  });
});

describe('guardUi', () => {
  function ui() {
    const contents = new FakeWebContents();
    const log = recordingLog();
    guardUi(contents, log);
    return { contents, log };
  }

  it('keeps the UI inside app://kiosk', () => {
    const { contents, log } = ui();
    expect(contents.tryNavigate('will-navigate', 'app://kiosk/index.html#/welcome')).toBe(false);
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect'] as const) {
      expect(contents.tryNavigate(event, 'https://www.kela.fi/')).toBe(true);
      expect(contents.tryNavigate(event, 'file:///etc/passwd')).toBe(true);
      expect(contents.tryNavigate(event, 'app://evil/index.html')).toBe(true);
    }
    expect(log.entries.every((e) => e.event === 'ui.navigation-refused' && !String(e.detail?.['host']).includes('/'))).toBe(true);
  });

  it('denies every window and webview', () => {
    const { contents } = ui();
    expect(contents.openWindow('app://kiosk/index.html')).toEqual({ action: 'deny' });
    expect(contents.openWindow('https://www.kela.fi/')).toEqual({ action: 'deny' });
    const event = fakeEvent();
    contents.emit('will-attach-webview', event);
    expect(event.defaultPrevented).toBe(true);
  });
});

describe('hardenWebContents', () => {
  it('denies windows and webviews for any webContents', () => {
    const contents = new FakeWebContents();
    hardenWebContents(contents);
    expect(contents.openWindow('https://www.kela.fi/')).toEqual({ action: 'deny' });
    const event = fakeEvent();
    contents.emit('will-attach-webview', event);
    expect(event.defaultPrevented).toBe(true);
  });
});

/**
 * The escapes of issue 5, against every hook of the content view. The browser host's e2e specs
 * (e2e/escapes-*.spec.ts) prove the same list in a real Chromium.
 */
describe('guardContent: escapes by scheme and by host, in every hook', () => {
  const REFUSED: [string, string, string][] = [
    ['data:', 'data:text/html,%3Ch1%3EEVIL%3C%2Fh1%3E', 'not-https'],
    ['javascript:', 'javascript:alert(document.cookie)', 'not-https'],
    ['file:', 'file:///etc/passwd', 'not-https'],
    ['file: (Windows)', 'file:///C:/Users/asiakas/Documents/passi.pdf', 'not-https'],
    ['blob: of another origin', 'blob:https://evil.example/6d1c3f52-0000-4000-8000-000000000000', 'not-https'],
    ['blob: of an allowed origin', 'blob:https://www.kela.fi/6d1c3f52-0000-4000-8000-000000000000', 'not-https'],
    ['view-source:', 'view-source:https://www.kela.fi/', 'not-https'],
    ['chrome:', 'chrome://settings/', 'not-https'],
    ['chrome: (gpu)', 'chrome://gpu', 'not-https'],
    ['devtools:', 'devtools://devtools/bundled/inspector.html', 'not-https'],
    ['about:', 'about:config', 'not-https'],
    ['filesystem:', 'filesystem:https://www.kela.fi/temporary/x.html', 'not-https'],
    ['plain http: to an allowed host', 'http://www.kela.fi/', 'not-https'],
    ['plain http: on another port', 'http://www.kela.test:8080/', 'not-https'],
    ['ws:', 'ws://www.kela.fi/socket', 'not-https'],
    ['a host off the allowlist', 'https://www.evil.example/', 'not-allowed'],
    ['an allowed host on another port', 'https://www.kela.fi:8443/', 'not-allowed'],
    ['credentials disguising the host', 'https://www.kela.fi@evil.example/', 'credentials'],
    ['credentials on an allowed host', 'https://user:pass@www.kela.fi/', 'credentials'],
  ];

  describe.each(['will-navigate', 'will-frame-navigate', 'will-redirect'] as const)('%s', (event) => {
    it.each(REFUSED)('prevents %s in the main frame and tells the core why', (_name, url, reason) => {
      const { contents, blocked } = setUp();
      expect(contents.tryNavigate(event, url)).toBe(true);
      expect(blocked).toEqual([[url, reason]]);
    });

    it.each(REFUSED)('prevents %s in a subframe, quietly', (_name, url, reason) => {
      const { contents, blocked, log } = setUp();
      expect(contents.tryNavigate(event, url, false)).toBe(true);
      expect(blocked).toEqual([]);
      expect(log.entries.map((e) => e.detail?.['reason'])).toEqual([reason]);
    });
  });

  it.each(REFUSED)('window.open of %s is denied and loads nothing', async (_name, url, reason) => {
    const { contents, blocked, loaded } = setUp();
    expect(contents.openWindow(url)).toEqual({ action: 'deny' });
    await flush();
    expect(loaded).toEqual([]);
    expect(blocked).toEqual([[url, reason]]);
  });

  it.each(REFUSED)('the network layer cancels %s as a main frame and as a subframe', (_name, url) => {
    const { session } = setUp();
    expect(session.request(url, 'mainFrame')).toEqual({ cancel: true });
    expect(session.request(url, 'subFrame')).toEqual({ cancel: true });
  });

  it('a form POST to another host is a will-navigate like any other, and refused', () => {
    const { contents, blocked } = setUp();
    // Chromium reports a form submission's navigation with the form's action URL.
    expect(contents.tryNavigate('will-navigate', 'https://collect.evil.example/form?ssn=010101-123X')).toBe(true);
    expect(blocked).toEqual([['https://collect.evil.example/form?ssn=010101-123X', 'not-allowed']]);
  });

  it('a file dropped on the view (Chromium navigates to its file:// URL) is refused', () => {
    const { contents, session, blocked } = setUp();
    expect(contents.tryNavigate('will-navigate', 'file:///home/asiakas/Lataukset/tiliote.pdf')).toBe(true);
    expect(session.request('file:///home/asiakas/Lataukset/tiliote.pdf', 'mainFrame')).toEqual({ cancel: true });
    // One notice for the one drop, though two hooks saw it.
    expect(blocked).toEqual([['file:///home/asiakas/Lataukset/tiliote.pdf', 'not-https']]);
  });

  it('a link dragged onto the view is refused like a click on it', () => {
    const { contents, blocked } = setUp();
    expect(contents.tryNavigate('will-navigate', 'https://www.evil.example/')).toBe(true);
    expect(contents.tryNavigate('will-navigate', 'https://www.kela.fi/asiointi')).toBe(false);
    expect(blocked).toEqual([['https://www.evil.example/', 'not-allowed']]);
  });

  it('keeps no path or query in the log, only hosts and reasons', () => {
    const { contents, log } = setUp();
    for (const [, url] of REFUSED) contents.tryNavigate('will-frame-navigate', url, false);
    for (const entry of log.entries) expect(JSON.stringify(entry.detail)).not.toMatch(/passwd|socket|6d1c3f52|Documents|inspector|config|temporary/);
  });
});
