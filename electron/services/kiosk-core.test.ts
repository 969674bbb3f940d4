import { describe, expect, it } from 'vitest';
import { BridgeValidationError } from '../../shared/bridge';
import { DEFAULT_PREFS } from '../../shared/content/accessibility';
import type { SessionFacts } from './stats/support-event-for';
import { inSession, settle, started } from './testing/core-fakes';

describe('kiosk core', () => {
  it('wipes and verifies at start-up before the welcome screen', async () => {
    const { core, wiper, surface } = await started();
    expect(surface.calls).toEqual(['close']);
    expect(wiper.wiped).toHaveLength(1);
    expect(wiper.verified).toHaveLength(1);
    expect(core.snapshot().session.phase).toBe('welcome');
  });

  it('opens a fresh content surface for a client and loads a service tile', async () => {
    const { core, surface } = await started();
    await inSession(core);
    expect(core.snapshot().session).toMatchObject({ phase: 'active', language: 'en' });
    await core.handle('openService', { serviceId: 'kela' });
    expect(surface.calls.slice(-2)).toEqual(['open', 'load https://www.kela.test:8443/asiointi?x=1']);
    core.contentNavigated({ url: 'https://www.kela.test:8443/asiointi?x=1#secret', canGoBack: false, canGoForward: false });
    expect(core.snapshot().content.host).toBe('www.kela.test:8443');
  });

  it('numbers every change of the snapshot, so a UI can drop an older one that arrives late', async () => {
    const { core, snapshots } = await started();
    const before = core.snapshot().revision;
    // Asking again without a change gives the same revision (and emits nothing).
    const emitted = snapshots.length;
    expect(core.snapshot().revision).toBe(before);
    expect(snapshots).toHaveLength(emitted);
    await inSession(core);
    await core.handle('openService', { serviceId: 'kela' });
    core.contentNavigated({ url: 'https://www.kela.test:8443/', canGoBack: false, canGoForward: false });
    const revisions = snapshots.map((s) => s.revision);
    expect(revisions.length).toBeGreaterThan(emitted + 2);
    // Strictly increasing, and a reply to getSnapshot is the newest.
    expect(revisions.every((r, i) => i === 0 || r > (revisions[i - 1] ?? 0))).toBe(true);
    const reply = (await core.handle('getSnapshot', {})) as { revision: number; content: { host: string | null } };
    expect(reply.revision).toBe(revisions.at(-1));
    expect(reply.content.host).toBe('www.kela.test:8443');
  });

  it('never puts a full URL into a snapshot', async () => {
    const { core, snapshots } = await started();
    await inSession(core);
    await core.handle('openService', { serviceId: 'kela' });
    core.contentNavigated({ url: 'https://www.kela.test:8443/hakemus/12345?henkilotunnus=010101-123A', canGoBack: true, canGoForward: false });
    core.navigationBlocked('https://www.evil.test:8443/phish?user=matti', 'not-allowed');
    const all = JSON.stringify(snapshots);
    expect(all).not.toMatch(/hakemus|12345|henkilotunnus|phish|matti|asiointi\?/);
    expect(core.snapshot().blocked).toEqual({ host: 'www.evil.test:8443', reason: 'not-allowed' });
  });

  it('shows the blocked notice until dismissed, and maps unknown reasons to not-allowed', async () => {
    const { core } = await started();
    await inSession(core);
    core.navigationBlocked('javascript:alert(1)', 'something-else');
    expect(core.snapshot().blocked).toEqual({ host: null, reason: 'not-allowed' });
    await core.handle('dismissBlocked', {});
    expect(core.snapshot().blocked).toBeNull();
  });

  it('home hides the content; back and forward follow the surface history', async () => {
    const { core, surface } = await started();
    await inSession(core);
    await core.handle('openService', { serviceId: 'kela' });
    core.contentNavigated({ url: 'https://www.kela.test:8443/a', canGoBack: true, canGoForward: false });
    await core.handle('contentAction', { action: 'home' });
    expect(core.snapshot().content.host).toBeNull();
    expect(surface.calls).toContain('clear');
    await core.handle('contentAction', { action: 'forward' });
    expect(surface.calls).not.toContain('forward');
    await core.handle('contentAction', { action: 'back' });
    expect(surface.calls.at(-1)).toBe('back');
    core.contentNavigated({ url: 'https://www.kela.test:8443/', canGoBack: false, canGoForward: true });
    expect(core.snapshot().content).toMatchObject({ host: 'www.kela.test:8443', canGoBack: false, canGoForward: true });
  });

  it('ends a confirmed session with close, wipe and verify of the visited origins, then welcomes the next client', async () => {
    const { core, surface, wiper } = await started();
    await inSession(core);
    await core.handle('openService', { serviceId: 'kela' });
    core.contentNavigated({ url: 'https://www.kela.test:8443/a', canGoBack: false, canGoForward: false });
    core.contentNavigated({ url: 'https://tunnistus.test:8443/login', canGoBack: true, canGoForward: false });
    await core.handle('requestEnd', {});
    expect(core.snapshot().session.phase).toBe('ending');
    await core.handle('confirmEnd', {});
    await settle();
    expect(surface.calls.at(-1)).toBe('close');
    expect(wiper.wiped.at(-1)?.origins).toEqual(['https://www.kela.test:8443', 'https://tunnistus.test:8443']);
    expect(wiper.verified.at(-1)?.origins).toEqual(['https://www.kela.test:8443', 'https://tunnistus.test:8443']);
    expect(core.snapshot().session).toMatchObject({ phase: 'welcome', language: 'fi' });
    expect(core.snapshot().content.host).toBeNull();
    // The next client's wipe no longer names the previous client's origins.
    await inSession(core);
    await core.handle('requestEnd', {});
    await core.handle('confirmEnd', {});
    await settle();
    expect(wiper.wiped.at(-1)?.origins).toEqual([]);
  });

  it('wipes after the idle warning runs out, and activity in the content postpones it', async () => {
    const { core, wiper, advance } = await started();
    await inSession(core);
    await advance(59_000);
    core.activity();
    await advance(59_000);
    expect(core.snapshot().session.idleSecondsLeft).toBeNull();
    await advance(1_000);
    expect(core.snapshot().session.idleSecondsLeft).toBe(20);
    core.activity();
    expect(core.snapshot().session.idleSecondsLeft).toBeNull();
    await advance(60_000);
    for (let i = 0; i < 20; i += 1) await advance(1_000);
    await settle();
    expect(wiper.wiped).toHaveLength(2);
    expect(core.snapshot().session.phase).toBe('welcome');
  });

  it('stays out of service while verification fails, refusing clients, until a retry is clean', async () => {
    const { core, wiper, advance } = await started();
    await inSession(core);
    wiper.verifyResults = [{ clean: false, findings: ['cookies left for www.kela.test'] }];
    await core.handle('requestEnd', {});
    await core.handle('confirmEnd', {});
    await settle();
    expect(core.snapshot().session.phase).toBe('outOfService');
    await core.handle('startSession', { language: 'fi' });
    expect(core.snapshot().session.phase).toBe('outOfService');
    await advance(10_000);
    await settle();
    expect(core.snapshot().session.phase).toBe('welcome');
  });

  it('a content crash ends the session with a wipe', async () => {
    const { core, wiper } = await started();
    await inSession(core);
    core.contentCrashed();
    await settle();
    expect(wiper.wiped).toHaveLength(2);
    expect(core.snapshot().session.phase).toBe('welcome');
  });

  it('refuses bad commands with clear messages', async () => {
    const { core } = await started();
    await expect(core.handle('rm -rf', {})).rejects.toBeInstanceOf(BridgeValidationError);
    await expect(core.handle('startSession', { language: 'de' })).rejects.toThrow(/startSession.*language/);
    await expect(core.handle('openService', { serviceId: 'kela' })).rejects.toThrow(/active client session/);
    await inSession(core);
    await expect(core.handle('openService', { serviceId: 'nope' })).rejects.toThrow(/unknown service/);
    await expect(core.handle('setContentLayout', { bounds: { x: -1, y: 0, width: 1, height: 1 }, visible: true })).rejects.toThrow(/bounds\.x/);
    await expect(core.handle('dismissBlocked', { extra: 1 })).rejects.toThrow(/dismissBlocked/);
  });

  it('passes the content layout to the surface', async () => {
    const { core, surface } = await started();
    const layout = { bounds: { x: 0, y: 96, width: 1280, height: 704 }, visible: true };
    await core.handle('setContentLayout', layout);
    expect(surface.layout).toEqual(layout);
  });

  it('allows the services hosts and the configured extra hosts', async () => {
    const { core } = await started();
    expect(core.policy().allowedHosts).toEqual(['www.kela.test:8443', 'tunnistus.test:8443']);
  });

  it('opens no service before the ethics guidelines are acknowledged', async () => {
    const { core, surface } = await started();
    await core.handle('startSession', { language: 'fi' });
    await settle();
    await expect(core.handle('openService', { serviceId: 'kela' })).rejects.toThrow(/ethics/);
    expect(surface.calls.some((c) => c.startsWith('load'))).toBe(false);
    await core.handle('acknowledgeEthics', {});
    await core.handle('openService', { serviceId: 'kela' });
    expect(surface.calls.at(-1)).toMatch(/^load /);
  });

  it('keeps welcome-screen adjustments into the session, applies them to the content, and forgets everything at the wipe', async () => {
    const { core, surface } = await started();
    const prefs = { ...DEFAULT_PREFS, textScale: 2 as const, theme: 'yellowOnBlack' as const, textSpacing: true };
    await core.handle('setAccessibility', { prefs });
    await inSession(core);
    expect(surface.adjustments.at(-1)?.zoom).toBe(2);
    expect(surface.adjustments.at(-1)?.css).toMatch(/#ffff00/i);
    await core.handle('setAssessment', {
      assessment: { route: 'authority', withStaff: false, goal: 'immigration', level: 2, needCategory: 'service', referralId: 'migri' },
    });
    expect(core.snapshot().client).toMatchObject({ ethicsAcknowledged: true, accessibility: prefs, assessment: { route: 'authority', referralId: 'migri' } });
    await core.handle('requestEnd', {});
    await core.handle('confirmEnd', {});
    await settle();
    expect(core.snapshot().client).toEqual({ ethicsAcknowledged: false, assessment: null, accessibility: DEFAULT_PREFS });
  });

  it('refuses assessment payloads that could carry free text', async () => {
    const { core } = await started();
    await inSession(core);
    await expect(
      core.handle('setAssessment', { assessment: { route: 'goAhead', withStaff: false, goal: 'other', level: 1, needCategory: null, referralId: null, note: 'Matti' } }),
    ).rejects.toThrow(/setAssessment/);
    await expect(
      core.handle('setAssessment', { assessment: { route: 'goAhead', withStaff: false, goal: 'my benefits', level: 1, needCategory: null, referralId: null } }),
    ).rejects.toThrow(/goal/);
    await core.handle('setAssessment', { assessment: 'skipped' });
    expect(core.snapshot().client.assessment).toBe('skipped');
  });

  it('records one anonymous statistics event per client session, and none for the start-up wipe', async () => {
    const { core, recorded, advance } = await started();
    expect(recorded).toEqual([]);
    await core.handle('setAccessibility', { prefs: { ...DEFAULT_PREFS, textScale: 2 } });
    await inSession(core);
    await core.handle('setAccessibility', { prefs: DEFAULT_PREFS });
    await core.handle('setAssessment', {
      assessment: { route: 'authority', withStaff: false, goal: 'tax', level: 3, needCategory: 'service', referralId: 'vero' },
    });
    await advance(90_000);
    await core.handle('requestEnd', {});
    await core.handle('confirmEnd', {});
    await settle();
    expect(recorded).toHaveLength(1);
    const [{ facts, endedAt }] = recorded as [{ facts: SessionFacts; endedAt: number }];
    expect(facts).toMatchObject({ startedAt: 0, language: 'en', endedBy: 'client', referralId: 'vero', assistUsed: false });
    expect(facts.accessibilityUsed).not.toBe(0);
    expect(endedAt).toBe(90_000);
    // An unattended session ends by the idle timer.
    await inSession(core);
    for (let i = 0; i < 90; i += 1) await advance(1_000);
    await settle();
    expect(recorded.at(-1)?.facts).toMatchObject({ endedBy: 'idle', assessment: null });
    expect(JSON.stringify(recorded)).not.toMatch(/https?:/);
  });

  describe('assist mode', () => {
    it('lets a worker in with the PIN only, hides the panel on identification hosts, and records the outcome', async () => {
      const { core, staff, recorded } = await started();
      await inSession(core);
      expect(core.snapshot().assist.mode).toBe('off');
      await expect(core.handle('getReport', { from: '2026-01-01', to: '2026-12-31' })).rejects.toThrow(/worker/);
      await core.handle('openStaffEntry', {});
      await core.handle('submitPin', { pin: '1111' });
      await settle();
      expect(core.snapshot().assist).toMatchObject({ mode: 'pinEntry', pinError: { reason: 'wrong', attemptsLeft: 4 } });
      await core.handle('submitPin', { pin: '2468' });
      await settle();
      expect(core.snapshot().assist).toMatchObject({ mode: 'on', panelVisible: true });
      expect(JSON.stringify(core.snapshot())).not.toMatch(/2468|1111/);

      await core.handle('openService', { serviceId: 'kela' });
      core.contentNavigated({ url: 'https://tunnistus.test:8443/login', canGoBack: true, canGoForward: false });
      expect(core.snapshot().assist).toMatchObject({ privacyMoment: true, panelVisible: false });
      core.contentNavigated({ url: 'https://www.kela.test:8443/after-login', canGoBack: true, canGoForward: false });
      expect(core.snapshot().assist).toMatchObject({ privacyMoment: false, panelVisible: true });

      const report = await core.handle('getReport', { from: '2026-01-01', to: '2026-12-31' });
      expect(report).toMatchObject({ total: 0 });
      await core.handle('exitAssist', { outcome: 'referred', referralId: 'kela' });
      expect(core.snapshot().assist.mode).toBe('off');
      expect(staff.exits).toBe(1);
      await core.handle('requestEnd', {});
      await core.handle('confirmEnd', {});
      await settle();
      expect(recorded.at(-1)?.facts).toMatchObject({ assistUsed: true, outcome: 'referred', referralId: 'kela' });
      expect(staff.audits).toEqual(['report.viewed']);
    });

    it('allows a host for this client only, audited by host name, and forgets it at the wipe', async () => {
      const { core, staff } = await started();
      await inSession(core);
      await expect(core.handle('allowHostTemporarily', { host: 'www.vero.test:8443' })).rejects.toThrow(/worker/);
      await core.handle('openStaffEntry', {});
      await core.handle('submitPin', { pin: '2468' });
      await settle();
      await core.handle('allowHostTemporarily', { host: 'www.vero.test:8443' });
      expect(core.policy().allowedHosts).toContain('www.vero.test:8443');
      expect(staff.audits).toContain('allow.temporary www.vero.test:8443');
      await core.handle('requestEnd', {});
      await core.handle('confirmEnd', {});
      await settle();
      expect(core.policy().allowedHosts).not.toContain('www.vero.test:8443');
      expect(staff.exits).toBe(1);
    });

    it('raises the help sign until a worker joins', async () => {
      const { core } = await started();
      await inSession(core);
      await core.handle('requestHelp', {});
      expect(core.snapshot().assist.helpRequested).toBe(true);
      await core.handle('openStaffEntry', {});
      await core.handle('submitPin', { pin: '2468' });
      await settle();
      expect(core.snapshot().assist).toMatchObject({ mode: 'on', helpRequested: false });
    });
  });
});
