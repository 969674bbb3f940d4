import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../../shared/bridge';
import { isContentVisible, pickOverlay } from './overlay';

function snapshot(patch: {
  session?: Partial<Snapshot['session']>;
  content?: Partial<Snapshot['content']>;
  blocked?: Snapshot['blocked'];
}): Snapshot {
  return {
    session: { phase: 'active', language: 'fi', idleSecondsLeft: null, endSecondsLeft: null, ...patch.session },
    content: { host: 'www.kela.fi', canGoBack: false, canGoForward: false, loading: false, ...patch.content },
    blocked: patch.blocked ?? null,
    services: [],
    languages: ['fi', 'sv', 'en'],
  };
}

describe('pickOverlay', () => {
  it('shows nothing over a plain active session', () => {
    expect(pickOverlay(snapshot({}))).toBeNull();
  });

  it('shows the end confirmation while ending', () => {
    expect(pickOverlay(snapshot({ session: { phase: 'ending', endSecondsLeft: 60 } }))).toBe('endConfirm');
  });

  it('prefers the idle warning over a blocked notice', () => {
    const both = snapshot({ session: { idleSecondsLeft: 25 }, blocked: { host: 'evil.example', reason: 'not-allowed' } });
    expect(pickOverlay(both)).toBe('idleWarning');
  });

  it('shows the idle warning even at zero seconds left', () => {
    expect(pickOverlay(snapshot({ session: { idleSecondsLeft: 0 } }))).toBe('idleWarning');
  });

  it('shows the blocked notice when nothing more urgent is up', () => {
    expect(pickOverlay(snapshot({ blocked: { host: null, reason: 'unparsable' } }))).toBe('blocked');
  });

  it('shows no modal outside a session', () => {
    for (const phase of ['welcome', 'wiping', 'verifying', 'outOfService'] as const) {
      expect(pickOverlay(snapshot({ session: { phase, idleSecondsLeft: 10 }, blocked: { host: null, reason: 'not-https' } }))).toBeNull();
    }
  });
});

describe('isContentVisible', () => {
  it('is true for an open page with nothing over it', () => {
    expect(isContentVisible(snapshot({}))).toBe(true);
  });

  it('is false while the home tiles are shown', () => {
    expect(isContentVisible(snapshot({ content: { host: null } }))).toBe(false);
  });

  it('is false while any modal covers the content', () => {
    expect(isContentVisible(snapshot({ session: { idleSecondsLeft: 20 } }))).toBe(false);
    expect(isContentVisible(snapshot({ blocked: { host: 'x.example', reason: 'not-allowed' } }))).toBe(false);
    expect(isContentVisible(snapshot({ session: { phase: 'ending' } }))).toBe(false);
  });

  it('is false outside a session', () => {
    expect(isContentVisible(snapshot({ session: { phase: 'welcome' } }))).toBe(false);
  });
});
