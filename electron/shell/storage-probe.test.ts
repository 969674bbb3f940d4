import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { MAX_PROBED_ORIGINS, PROBE_PATH, PROBE_SCRIPT, createStorageProbe, probeProtocolHandler, probeTargets } from './storage-probe';
import { FakeSession, FakeView } from './testing/fakes';

const KELA = 'https://www.kela.fi';
const VERO = 'https://www.vero.fi';

function setUp(options: { timeoutMs?: number; budgetMs?: number; now?: () => number; createView?: (prefs: Record<string, unknown>) => FakeView } = {}) {
  const views: FakeView[] = [];
  const probe = createStorageProbe<FakeSession>({
    createView: (webPreferences) => {
      const view = options.createView ? options.createView(webPreferences) : new FakeView({ webPreferences });
      views.push(view);
      return view;
    },
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    ...(options.budgetMs === undefined ? {} : { budgetMs: options.budgetMs }),
    ...(options.now ? { now: options.now } : {}),
  });
  return { probe, views, session: new FakeSession() };
}

describe('probeTargets', () => {
  it('keeps https origins only, each once, in the parser serialisation', () => {
    const targets = probeTargets([
      KELA,
      'https://WWW.KELA.FI:443',
      'https://www.kela.fi/asiointi?hetu=010190-123A',
      'http://www.kela.fi',
      'null',
      'not a url',
      'https://user:pw@www.vero.fi',
      'file:///etc/passwd',
      'https://tunnistus.test:8443',
    ]);
    expect(targets).toEqual({ origins: [KELA, 'https://tunnistus.test:8443'], skipped: 0 });
  });

  it(`probes at most ${MAX_PROBED_ORIGINS} origins and counts the rest`, () => {
    const origins = Array.from({ length: MAX_PROBED_ORIGINS + 5 }, (_, i) => `https://h${i}.example`);
    const targets = probeTargets(origins);
    expect(targets.origins).toHaveLength(MAX_PROBED_ORIGINS);
    expect(targets.skipped).toBe(5);
  });
});

describe('PROBE_SCRIPT', () => {
  // Not Chromium, but the script's own logic: it must evaluate to the counts, awaiting each read,
  // and turn a read that throws (or rejects) into -1 instead of failing as a whole.
  it('counts each store, and reads that fail as -1', async () => {
    const page = {
      location: { origin: KELA, pathname: PROBE_PATH },
      localStorage: { length: 2 },
      get sessionStorage(): never {
        throw new Error('SecurityError');
      },
      indexedDB: { databases: async () => [{ name: 'a' }] },
      caches: { keys: async () => [] },
      navigator: { serviceWorker: { getRegistrations: () => Promise.reject(new Error('no')) } },
    };
    const result: unknown = await runInNewContext(PROBE_SCRIPT, page);
    // The object comes from another realm: compared by its JSON, as Electron would pass it over.
    expect(JSON.parse(JSON.stringify(result))).toEqual({ origin: KELA, path: PROBE_PATH, local: 2, session: -1, idb: 1, caches: 0, workers: -1 });
  });

  it('writes nothing: no setItem, open, deleteDatabase, put, delete or register', () => {
    expect(PROBE_SCRIPT).not.toMatch(/setItem|removeItem|clear\(|\.open\(|deleteDatabase|\.put\(|\.delete\(|register\(/);
  });
});

describe('probeProtocolHandler', () => {
  const handler = probeProtocolHandler(() => KELA);

  it('serves the probe page of the origin probed now: empty, under default-src none, not cached', async () => {
    const response = await handler(new Request(`${KELA}${PROBE_PATH}`));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'");
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(await response.text()).not.toMatch(/<script|src=|href=/i);
  });

  it('answers 403 to everything else: other paths, queries, origins, methods, and between probes', async () => {
    const refused = [
      new Request(`${KELA}/`),
      new Request(`${KELA}/asiointi`),
      new Request(`${KELA}${PROBE_PATH}?x=1`),
      new Request(`${KELA}${PROBE_PATH}/more`),
      new Request(`${VERO}${PROBE_PATH}`),
      new Request(`https://www.kela.fi:8443${PROBE_PATH}`),
      new Request(`${KELA}${PROBE_PATH}`, { method: 'POST', body: 'x' }),
    ];
    for (const request of refused) expect((await handler(request)).status, request.url).toBe(403);
    expect((await probeProtocolHandler(() => null)(new Request(`${KELA}${PROBE_PATH}`))).status).toBe(403);
  });
});

describe('createStorageProbe', () => {
  it('finds nothing in a clean partition, without touching the network, and cleans up after itself', async () => {
    const { probe, views, session } = setUp();
    expect(await probe(session, [KELA, VERO])).toEqual([]);

    // One hidden view on the retired session itself: sandboxed, isolated, no preload, no Node.
    expect(views).toHaveLength(1);
    const [view] = views;
    if (!view) throw new Error('no probe view');
    expect(view.options.webPreferences).toMatchObject({ session, sandbox: true, contextIsolation: true, nodeIntegration: false, devTools: false });
    expect(view.options.webPreferences).not.toHaveProperty('preload');
    expect(view.options.webPreferences).not.toHaveProperty('partition');
    // Never placed, never shown.
    expect(view.bounds).toBeNull();
    expect(view.visible).toBeNull();

    expect(view.webContents.loads).toEqual([`${KELA}${PROBE_PATH}`, `${VERO}${PROBE_PATH}`]);
    expect(view.webContents.scripts).toEqual([PROBE_SCRIPT, PROBE_SCRIPT]);
    expect(session.served).toEqual([
      { url: `${KELA}${PROBE_PATH}`, status: 200 },
      { url: `${VERO}${PROBE_PATH}`, status: 200 },
    ]);
    expect(session.networkLoads).toEqual([]);
    expect(view.webContents.closes).toBe(1);
    expect(session.protocol.calls).toEqual(['handle https', 'unhandle https']);
    expect(session.protocol.isProtocolHandled('https')).toBe(false);
  });

  it('names leftover localStorage, IndexedDB, Cache Storage and workers by host, never by path', async () => {
    const { probe, session } = setUp();
    session.stored.set(KELA, { local: 3, idb: 1 });
    session.stored.set(VERO, { caches: 2, workers: 1, session: 1 });
    const findings = await probe(session, [`${KELA}`, VERO, 'https://tunnistus.test:8443']);
    expect(findings).toEqual([
      'local_storage:www.kela.fi',
      'indexeddb-names:www.kela.fi',
      'session_storage:www.vero.fi',
      'cache-names:www.vero.fi',
      'service-worker-registrations:www.vero.fi',
    ]);
  });

  it('reports a store the script could not read, rather than passing it', async () => {
    const { probe, session } = setUp();
    session.stored.set(KELA, { idb: -1 });
    expect(await probe(session, [KELA])).toEqual(['indexeddb-names-unreadable:www.kela.fi']);
  });

  it('turns a failed load into a finding, goes on with the next origin, and still closes the view', async () => {
    const { probe, views, session } = setUp({
      createView: (webPreferences) => {
        const view = new FakeView({ webPreferences });
        const load = view.webContents.loadURL.bind(view.webContents);
        view.webContents.loadURL = (url: string) =>
          url.startsWith(KELA) ? Promise.reject(Object.assign(new Error(`ERR_FAILED ${url}`), { code: 'ERR_FAILED' })) : load(url);
        return view;
      },
    });
    const findings = await probe(session, [KELA, VERO]);
    expect(findings).toEqual(['storage-probe-failed:www.kela.fi']);
    expect(JSON.stringify(findings)).not.toContain(PROBE_PATH);
    expect(views).toHaveLength(1);
    expect(views[0]?.webContents.scripts).toHaveLength(1);
    expect(views[0]?.webContents.closes).toBe(1);
    expect(session.protocol.isProtocolHandled('https')).toBe(false);
  });

  it('turns a failing, odd or foreign answer of the script into a finding', async () => {
    const cases: [string, (view: FakeView) => void][] = [
      ['script error', (view) => (view.webContents.scriptError = new Error('Script failed to execute'))],
      ['no answer', (view) => (view.webContents.executeJavaScript = async () => undefined)],
      ['not counts', (view) => (view.webContents.executeJavaScript = async () => ({ origin: KELA, path: PROBE_PATH, local: '0' }))],
      [
        'another page',
        (view) =>
          (view.webContents.executeJavaScript = async () => ({ origin: KELA, path: '/offline.html', local: 0, session: 0, idb: 0, caches: 0, workers: 0 })),
      ],
      [
        'another origin',
        (view) =>
          (view.webContents.executeJavaScript = async () => ({ origin: VERO, path: PROBE_PATH, local: 0, session: 0, idb: 0, caches: 0, workers: 0 })),
      ],
    ];
    for (const [name, breakIt] of cases) {
      const { probe, views, session } = setUp({
        createView: (webPreferences) => {
          const view = new FakeView({ webPreferences });
          breakIt(view);
          return view;
        },
      });
      expect(await probe(session, [KELA]), name).toEqual(['storage-probe-failed:www.kela.fi']);
      expect(views[0]?.webContents.closes, name).toBe(1);
    }
  });

  it('bounds a hung probe in time: a finding, a fresh view for the next origin, and every view closed', async () => {
    let made = 0;
    const { probe, views, session } = setUp({
      timeoutMs: 20,
      createView: (webPreferences) => {
        const view = new FakeView({ webPreferences });
        if ((made += 1) === 1) view.webContents.scriptHangs = true;
        return view;
      },
    });
    expect(await probe(session, [KELA, VERO])).toEqual(['storage-probe-failed:www.kela.fi']);
    expect(views).toHaveLength(2);
    expect(views.map((view) => view.webContents.closes)).toEqual([1, 1]);
    expect(views[1]?.webContents.loads).toEqual([`${VERO}${PROBE_PATH}`]);
    expect(session.protocol.isProtocolHandled('https')).toBe(false);
  });

  it('bounds a hung load the same way', async () => {
    const { probe, views, session } = setUp({
      timeoutMs: 20,
      createView: (webPreferences) => {
        const view = new FakeView({ webPreferences });
        view.webContents.loadHangs = true;
        return view;
      },
    });
    expect(await probe(session, [KELA])).toEqual(['storage-probe-failed:www.kela.fi']);
    expect(views[0]?.webContents.closes).toBe(1);
    expect(session.protocol.isProtocolHandled('https')).toBe(false);
  });

  it('reports the origins it had no time left for, without loading them', async () => {
    let clock = 0;
    const { probe, views, session } = setUp({
      budgetMs: 1000,
      now: () => clock,
      createView: (webPreferences) => {
        const view = new FakeView({ webPreferences });
        const load = view.webContents.loadURL.bind(view.webContents);
        view.webContents.loadURL = (url: string) => {
          clock += 600;
          return load(url);
        };
        return view;
      },
    });
    expect(await probe(session, [KELA, VERO, 'https://tunnistus.test:8443'])).toEqual(['storage-probe-failed:tunnistus.test:8443']);
    expect(views[0]?.webContents.loads).toEqual([`${KELA}${PROBE_PATH}`, `${VERO}${PROBE_PATH}`]);
    expect(views[0]?.webContents.closes).toBe(1);
  });

  it('skips http and invalid origins, and deduplicates the scope: nothing to probe, no view, no handler', async () => {
    const { probe, views, session } = setUp();
    expect(await probe(session, ['http://www.kela.fi', 'null', 'nonsense', 'wss://www.kela.fi'])).toEqual([]);
    expect(views).toEqual([]);
    expect(session.protocol.calls).toEqual([]);

    expect(await probe(session, [KELA, `${KELA}/`, 'https://WWW.Kela.fi', 'http://www.kela.fi'])).toEqual([]);
    expect(views).toHaveLength(1);
    expect(views[0]?.webContents.loads).toEqual([`${KELA}${PROBE_PATH}`]);
  });

  it('reports the origins over the limit instead of passing them', async () => {
    const { probe, views, session } = setUp();
    const origins = Array.from({ length: MAX_PROBED_ORIGINS + 2 }, (_, i) => `https://h${i}.example`);
    expect(await probe(session, origins)).toEqual(['storage-probe-skipped:+2']);
    expect(views[0]?.webContents.loads).toHaveLength(MAX_PROBED_ORIGINS);
  });

  it('replaces a handler an earlier probe left behind', async () => {
    const { probe, session } = setUp();
    session.protocol.handle('https', () => new Response('stale'));
    expect(await probe(session, [KELA])).toEqual([]);
    expect(session.protocol.calls).toEqual(['handle https', 'unhandle https', 'handle https', 'unhandle https']);
  });

  it('fails every origin, and loads nothing, when the https interception cannot be installed', async () => {
    const { probe, views, session } = setUp();
    session.protocol.failHandle = true;
    expect(await probe(session, [KELA, VERO])).toEqual(['storage-probe-failed:www.kela.fi', 'storage-probe-failed:www.vero.fi']);
    expect(views).toEqual([]);
    expect(session.networkLoads).toEqual([]);
  });

  it('fails the origin, and still unhandles https, when the view cannot be made', async () => {
    const { probe, session } = setUp({
      createView: () => {
        throw new Error('no renderer');
      },
    });
    expect(await probe(session, [KELA])).toEqual(['storage-probe-failed:www.kela.fi']);
    expect(session.protocol.isProtocolHandled('https')).toBe(false);
  });

  it("replaces the session's content guard: the probe page loads even off today's allowlist, and afterwards no frame at all", async () => {
    const { probe, session } = setUp();
    // The content guard of a client session whose host was only allowed for a while.
    session.webRequest.onBeforeRequest({ urls: ['<all_urls>'], types: ['mainFrame', 'subFrame'] }, (_details, callback) => callback({ cancel: true }));
    expect(await probe(session, [KELA])).toEqual([]);
    expect(session.request(`${KELA}${PROBE_PATH}`, 'mainFrame')).toEqual({ cancel: true });
    expect(session.request(`${KELA}/`, 'subFrame')).toEqual({ cancel: true });
  });
});
