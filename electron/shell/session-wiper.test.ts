import { describe, expect, it } from 'vitest';
import { createRetiredSessions } from './retired-sessions';
import { createElectronSessionWiper } from './session-wiper';
import { PROBE_PATH, createStorageProbe, type StorageProbe } from './storage-probe';
import { FakeClipboard, FakeSession, FakeView } from './testing/fakes';

const scope = { origins: ['https://www.kela.fi'] };
const ORDER = [
  'clearData',
  'clearStorageData',
  'clearCache',
  'clearAuthCache',
  'clearHostResolverCache',
  'clearCodeCaches({})',
];

/** The storage probe as a stub: records what it was asked, answers `probeFindings` per session. */
function stubProbe() {
  const probed: { session: FakeSession; origins: readonly string[] }[] = [];
  const probeFindings = new Map<FakeSession, string[]>();
  const probeStorage: StorageProbe<FakeSession> = async (session, origins) => {
    probed.push({ session, origins });
    return probeFindings.get(session) ?? [];
  };
  return { probed, probeFindings, probeStorage };
}

function setUp(linux = true, probe = stubProbe()) {
  const retired = createRetiredSessions<FakeSession>();
  const clipboard = new FakeClipboard();
  if (linux) clipboard.selection = new FakeClipboard();
  const wiper = createElectronSessionWiper({ retired, clipboard, probeStorage: probe.probeStorage });
  return { retired, clipboard, wiper, ...probe };
}

describe('wipe', () => {
  it('makes every clearing call on the retired session, in order, and empties the clipboards', async () => {
    const { retired, clipboard, wiper } = setUp();
    const session = new FakeSession();
    retired.retire(session);
    clipboard.write('010190-123A');
    clipboard.selection?.write('Maija Meikäläinen');

    const report = await wiper.wipe(scope);

    expect(session.calls).toEqual(ORDER);
    expect(clipboard.clears).toBe(1);
    expect(clipboard.selection?.clears).toBe(1);
    expect(report).toEqual({ clean: true, findings: [] });
  });

  it('turns a failing call into a finding, keeps going, and names no URL', async () => {
    const { retired, wiper } = setUp();
    const session = new FakeSession();
    session.failing.add('clearStorageData');
    session.failing.add('clearCodeCaches({})');
    retired.retire(session);

    const report = await wiper.wipe(scope);

    expect(session.calls).toEqual(ORDER);
    expect(report.clean).toBe(false);
    expect(report.findings).toEqual(['clearStorageData-failed', 'clearCodeCaches-failed']);
    expect(JSON.stringify(report)).not.toContain('secret.example');
  });

  it('reports a clipboard that cannot be cleared, without throwing', async () => {
    const { clipboard, wiper } = setUp();
    clipboard.failClear = true;
    await expect(wiper.wipe(scope)).resolves.toEqual({ clean: false, findings: ['clipboard-clear-failed'] });
  });

  it('probes no storage: that is for verify', async () => {
    const { retired, wiper, probed } = setUp();
    retired.retire(new FakeSession());
    await wiper.wipe(scope);
    expect(probed).toEqual([]);
  });

  it('clears every retired session, and only the clipboard when there is none (start-up)', async () => {
    const { retired, clipboard, wiper } = setUp(false);
    expect(await wiper.wipe(scope)).toEqual({ clean: true, findings: [] });
    expect(clipboard.clears).toBe(1);
    const a = new FakeSession();
    const b = new FakeSession();
    retired.retire(a);
    retired.retire(b);
    await wiper.wipe(scope);
    expect(a.calls).toEqual(ORDER);
    expect(b.calls).toEqual(ORDER);
  });
});

describe('verify', () => {
  it('is clean when no cookies, service workers or clipboard contents are left, and forgets the session', async () => {
    const { retired, wiper } = setUp();
    retired.retire(new FakeSession());
    await wiper.wipe(scope);
    expect(await wiper.verify(scope)).toEqual({ clean: true, findings: [] });
    expect(retired.pending()).toEqual([]);
  });

  it('finds leftover cookies and names their hosts only', async () => {
    const { retired, wiper } = setUp();
    const session = new FakeSession();
    session.cookieList = [{ domain: '.kela.fi' }, { domain: 'www.kela.fi' }, { domain: '.kela.fi' }, { domain: '<script>' }];
    retired.retire(session);
    const report = await wiper.verify(scope);
    expect(report).toEqual({ clean: false, findings: ['cookies-left:(unknown),kela.fi,www.kela.fi'] });
    // Not proven clean: the next wipe clears it again.
    expect(retired.pending()).toEqual([session]);
  });

  it('finds running service workers by the host of their scope', async () => {
    const { retired, wiper } = setUp();
    const session = new FakeSession();
    session.workers = { 1: { scope: 'https://www.kela.fi/asiointi/?hetu=010190-123A' } };
    retired.retire(session);
    const report = await wiper.verify(scope);
    expect(report).toEqual({ clean: false, findings: ['service-workers-left:www.kela.fi'] });
  });

  it('caps a long host list', async () => {
    const { retired, wiper } = setUp();
    const session = new FakeSession();
    session.cookieList = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((h) => ({ domain: `${h}.example` }));
    retired.retire(session);
    const report = await wiper.verify(scope);
    expect(report.findings).toEqual(['cookies-left:a.example,b.example,c.example,d.example,e.example,+2']);
  });

  it('finds a clipboard that still holds something, on either clipboard', async () => {
    const { clipboard, wiper } = setUp();
    clipboard.write('010190-123A');
    clipboard.selection?.write('secret');
    const report = await wiper.verify(scope);
    expect(report.clean).toBe(false);
    expect(report.findings).toEqual(['clipboard-not-empty', 'selection-clipboard-not-empty']);
    expect(JSON.stringify(report)).not.toContain('010190');
  });

  it('accepts a platform that reports a format but no text for an emptied clipboard', async () => {
    const { clipboard, wiper } = setUp(false);
    clipboard.types = ['text/plain'];
    clipboard.text = '';
    expect(await wiper.verify(scope)).toEqual({ clean: true, findings: [] });
  });

  it('turns a failing check into a finding', async () => {
    const { retired, clipboard, wiper } = setUp(false);
    const session = new FakeSession();
    session.cookies.get = async () => {
      throw new Error('cookie store gone');
    };
    session.serviceWorkers.getAllRunning = () => {
      throw new Error('no');
    };
    clipboard.read = async () => {
      throw new Error('no clipboard');
    };
    retired.retire(session);
    expect(await wiper.verify(scope)).toEqual({
      clean: false,
      findings: ['cookies-check-failed', 'service-workers-check-failed', 'clipboard-check-failed'],
    });
    expect(retired.pending()).toEqual([session]);
  });

  it('settles only the sessions proven clean', async () => {
    const { retired, wiper } = setUp(false);
    const clean = new FakeSession();
    const dirty = new FakeSession();
    dirty.cookieList = [{ domain: '.vero.fi' }];
    retired.retire(clean);
    retired.retire(dirty);
    await wiper.verify(scope);
    expect(retired.pending()).toEqual([dirty]);
  });

  it("probes each retired session's storage for the scope's origins, and nothing without a retired session", async () => {
    const { retired, wiper, probed } = setUp(false);
    expect(await wiper.verify(scope)).toEqual({ clean: true, findings: [] });
    expect(probed).toEqual([]);
    const a = new FakeSession();
    const b = new FakeSession();
    retired.retire(a);
    retired.retire(b);
    await wiper.verify(scope);
    expect(probed).toEqual([
      { session: a, origins: scope.origins },
      { session: b, origins: scope.origins },
    ]);
  });

  it("keeps a session whose storage probe finds something, and reports the probe's findings", async () => {
    const { retired, wiper, probeFindings } = setUp(false);
    const dirty = new FakeSession();
    const clean = new FakeSession();
    probeFindings.set(dirty, ['local_storage:www.kela.fi']);
    retired.retire(dirty);
    retired.retire(clean);
    expect(await wiper.verify(scope)).toEqual({ clean: false, findings: ['local_storage:www.kela.fi'] });
    expect(retired.pending()).toEqual([dirty]);
  });

  it('turns a probe that throws into a finding, not a clean report', async () => {
    const { retired, wiper } = setUp(false, {
      ...stubProbe(),
      probeStorage: async () => {
        throw new Error('probe broke on https://www.kela.fi/asiointi');
      },
    });
    const session = new FakeSession();
    retired.retire(session);
    const report = await wiper.verify(scope);
    expect(report).toEqual({ clean: false, findings: ['storage-probe-failed'] });
    expect(retired.pending()).toEqual([session]);
  });
});

describe('verify with the real storage probe and fake views', () => {
  function withProbe() {
    const views: FakeView[] = [];
    const probeStorage = createStorageProbe<FakeSession>({
      createView: (webPreferences) => {
        const view = new FakeView({ webPreferences });
        views.push(view);
        return view;
      },
    });
    return { views, ...setUp(false, { ...stubProbe(), probeStorage }) };
  }

  it('finds a clean partition clean, loads only probe pages, and closes the probe view', async () => {
    const { retired, wiper, views } = withProbe();
    const session = new FakeSession();
    retired.retire(session);
    expect(await wiper.verify({ origins: ['https://www.kela.fi', 'https://www.kela.fi', 'http://www.kela.fi'] })).toEqual({ clean: true, findings: [] });
    expect(views.map((view) => view.webContents.loads)).toEqual([[`https://www.kela.fi${PROBE_PATH}`]]);
    expect(views.map((view) => view.webContents.closes)).toEqual([1]);
    expect(session.networkLoads).toEqual([]);
    expect(retired.pending()).toEqual([]);
  });

  it('finds what a wipe left in storage, by host, and keeps the session for the next wipe', async () => {
    const { retired, wiper } = withProbe();
    const session = new FakeSession();
    session.stored.set('https://www.kela.fi', { local: 2, idb: 1, caches: 1 });
    retired.retire(session);
    const report = await wiper.verify({ origins: ['https://www.kela.fi', 'https://www.vero.fi'] });
    expect(report).toEqual({
      clean: false,
      findings: ['local_storage:www.kela.fi', 'indexeddb-names:www.kela.fi', 'cache-names:www.kela.fi'],
    });
    expect(retired.pending()).toEqual([session]);
  });

  it('does not pass a partition whose probe page fails to load', async () => {
    const { retired, wiper, views } = withProbe();
    const session = new FakeSession();
    session.protocol.handle = () => {
      throw new Error('Failed to register protocol: https');
    };
    retired.retire(session);
    expect(await wiper.verify(scope)).toEqual({ clean: false, findings: ['storage-probe-failed:www.kela.fi'] });
    expect(views).toEqual([]);
    expect(retired.pending()).toEqual([session]);
  });
});
