import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../../shared/bridge';
import { isContentVisible, NO_LOCAL_OVERLAYS, pickOverlay, type LocalOverlays, type OverlayFacts } from './overlay';

function snapshot(patch: {
  session?: Partial<Snapshot['session']>;
  content?: Partial<Snapshot['content']>;
  blocked?: Snapshot['blocked'];
  documents?: Partial<OverlayFacts['documents']>;
}): OverlayFacts {
  return {
    session: { phase: 'active', language: 'fi', idleSecondsLeft: null, endSecondsLeft: null, ...patch.session },
    content: { host: 'www.kela.fi', canGoBack: false, canGoForward: false, loading: false, ...patch.content },
    blocked: patch.blocked ?? null,
    documents: { picker: null, notice: null, viewing: null, ...patch.documents },
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

const local = (patch: Partial<LocalOverlays>): LocalOverlays => ({ ...NO_LOCAL_OVERLAYS, ...patch });

describe('pickOverlay with what the client opened', () => {
  it('shows the guidelines and the accessibility panel over the session', () => {
    expect(pickOverlay(snapshot({}), local({ guidelines: true }))).toBe('guidelines');
    expect(pickOverlay(snapshot({}), local({ accessibilityPanel: true }))).toBe('accessibility');
  });

  it('puts the end confirmation and the idle warning above them', () => {
    const both = local({ guidelines: true, accessibilityPanel: true });
    expect(pickOverlay(snapshot({ session: { phase: 'ending' } }), both)).toBe('endConfirm');
    expect(pickOverlay(snapshot({ session: { idleSecondsLeft: 12 } }), both)).toBe('idleWarning');
  });

  it('puts them above a blocked notice, which can wait', () => {
    const blocked = snapshot({ blocked: { host: 'x.example', reason: 'not-allowed' } });
    expect(pickOverlay(blocked, local({ guidelines: true }))).toBe('guidelines');
    expect(pickOverlay(blocked, local({ accessibilityPanel: true }))).toBe('accessibility');
  });

  it('shows the accessibility panel on the welcome screen, but not the guidelines', () => {
    expect(pickOverlay(snapshot({ session: { phase: 'welcome' } }), local({ accessibilityPanel: true }))).toBe('accessibility');
    expect(pickOverlay(snapshot({ session: { phase: 'welcome' } }), local({ guidelines: true }))).toBeNull();
  });

  it('does not count the language menu as a modal', () => {
    expect(pickOverlay(snapshot({}), local({ languageMenu: true }))).toBeNull();
  });
});

describe('pickOverlay with documents', () => {
  it('puts the picker above what the client opened, below the idle warning', () => {
    const picking = { documents: { picker: { multiple: false } } };
    expect(pickOverlay(snapshot(picking), local({ guidelines: true, documentsDialog: true }))).toBe('picker');
    expect(pickOverlay(snapshot({ ...picking, session: { idleSecondsLeft: 5 } }))).toBe('idleWarning');
  });

  it('shows a refused file after a blocked page, and the documents dialog before both', () => {
    const notice = { documents: { notice: { reason: 'not-a-document' as const, host: 'www.kela.fi' } } };
    expect(pickOverlay(snapshot(notice))).toBe('documentNotice');
    expect(pickOverlay(snapshot({ ...notice, blocked: { host: null, reason: 'certificate' } }))).toBe('blocked');
    expect(pickOverlay(snapshot(notice), local({ documentsDialog: true }))).toBe('documentsDialog');
  });
});

describe('isContentVisible', () => {
  it('is hidden while the document viewer takes its place', () => {
    expect(isContentVisible(snapshot({ documents: { viewing: 'doc-1' } }))).toBe(false);
  });

  it('is false while the client has the guidelines, the settings or the language menu open', () => {
    expect(isContentVisible(snapshot({}), local({ guidelines: true }))).toBe(false);
    expect(isContentVisible(snapshot({}), local({ accessibilityPanel: true }))).toBe(false);
    expect(isContentVisible(snapshot({}), local({ languageMenu: true }))).toBe(false);
    expect(isContentVisible(snapshot({}), NO_LOCAL_OVERLAYS)).toBe(true);
  });

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
