import { describe, expect, it, vi } from 'vitest';
import { BrowserHostSurface, RESTORE_LOOP_MS } from './content-surface';
import type { ContentFrameState } from './host-messages';

const KELA = 'https://www.kela.test:8443/';
const STORAGE = 'https://www.kela.test:8443/storage';
const LAYOUT = { bounds: { x: 0, y: 81, width: 1280, height: 719 }, visible: true };

function watched(): { surface: BrowserHostSurface; states: ContentFrameState[]; last: () => ContentFrameState } {
  const surface = new BrowserHostSurface();
  const states: ContentFrameState[] = [];
  surface.onState((state) => states.push(state));
  return { surface, states, last: () => surface.state };
}

describe('BrowserHostSurface', () => {
  it('publishes a new iframe generation at every open, hidden until something is loaded', async () => {
    const { surface, last } = watched();
    expect(last().open).toBe(false);
    await surface.open();
    surface.setLayout(LAYOUT);
    expect(last()).toMatchObject({ open: true, generation: 1, visible: false, navigation: null, bounds: LAYOUT.bounds });
    surface.load(KELA);
    expect(last()).toMatchObject({ visible: true, navigation: { seq: 1, url: KELA } });
    await surface.close();
    await surface.open();
    expect(last()).toMatchObject({ open: true, generation: 2, navigation: null, visible: false });
  });

  it('ignores loads while closed', () => {
    const { surface, states } = watched();
    surface.load(KELA);
    expect(states).toHaveLength(1);
    expect(surface.state.navigation).toBeNull();
  });

  it('hides the iframe for the home tiles and when the UI covers the content', async () => {
    const { surface, last } = watched();
    await surface.open();
    surface.setLayout(LAYOUT);
    surface.load(KELA);
    surface.setLayout({ ...LAYOUT, visible: false });
    expect(last().visible).toBe(false);
    surface.setLayout(LAYOUT);
    expect(last().visible).toBe(true);
    surface.clear();
    expect(last().visible).toBe(false);
    surface.load(STORAGE);
    expect(last().visible).toBe(true);
  });

  it('navigates back, forward and reload from its own history, with a fresh seq each time', async () => {
    const { surface, last } = watched();
    await surface.open();
    surface.load(KELA);
    expect(surface.committed(KELA)).toEqual({ canGoBack: false, canGoForward: false });
    expect(surface.committed(STORAGE)).toEqual({ canGoBack: true, canGoForward: false });
    surface.goBack();
    expect(last().navigation).toEqual({ seq: 2, url: KELA });
    expect(surface.committed(KELA)).toEqual({ canGoBack: false, canGoForward: true });
    surface.goForward();
    expect(last().navigation).toEqual({ seq: 3, url: STORAGE });
    expect(surface.committed(STORAGE)).toEqual({ canGoBack: true, canGoForward: false });
    surface.reload();
    expect(last().navigation).toEqual({ seq: 4, url: STORAGE });
    expect(surface.committed(STORAGE)).toEqual({ canGoBack: true, canGoForward: false });
  });

  it('restores the current page after a refused navigation, or shows nothing', async () => {
    let now = 0;
    const surface = new BrowserHostSurface({ now: () => now });
    await surface.open();
    expect(surface.restore()).toBe('blank');
    expect(surface.state.navigation?.url).toBe('about:blank');
    surface.load(KELA);
    surface.committed(KELA);
    now += RESTORE_LOOP_MS;
    expect(surface.restore()).toBe('restored');
    expect(surface.state.navigation?.url).toBe(KELA);
    expect(surface.committed(KELA)).toEqual({ canGoBack: false, canGoForward: false });
  });

  it('does not restore a page that leaves again at once, which would loop (meta refresh, script redirect)', async () => {
    let now = 1000;
    const surface = new BrowserHostSurface({ now: () => now });
    await surface.open();
    surface.load(KELA);
    surface.committed(KELA);
    expect(surface.restore()).toBe('restored');
    now += RESTORE_LOOP_MS - 1;
    expect(surface.restore()).toBe('blank');
    expect(surface.state.navigation).toEqual({ seq: 3, url: 'about:blank' });
    // A refusal of the client's own, later on, brings the page back again.
    now += RESTORE_LOOP_MS;
    expect(surface.restore()).toBe('restored');
    expect(surface.state.navigation?.url).toBe(KELA);
    // A new client session starts with no memory of the last restore.
    await surface.close();
    await surface.open();
    surface.load(KELA);
    surface.committed(KELA);
    expect(surface.restore()).toBe('restored');
  });

  it('resumes a reloaded UI page on the current page, keeping the history and the home state', async () => {
    const { surface, last } = watched();
    surface.resume();
    expect(last().navigation).toBeNull();
    await surface.open();
    surface.setLayout(LAYOUT);
    surface.load(KELA);
    // Nothing committed yet: the navigation asked for stands.
    surface.resume();
    expect(last().navigation).toEqual({ seq: 1, url: KELA });
    surface.committed(KELA);
    surface.committed(STORAGE);
    surface.resume();
    expect(last()).toMatchObject({ navigation: { seq: 2, url: STORAGE }, visible: true });
    // The reloaded page commits the same entry again: no new history entry.
    expect(surface.committed(STORAGE)).toEqual({ canGoBack: true, canGoForward: false });
    surface.clear();
    surface.resume();
    expect(last()).toMatchObject({ navigation: { seq: 3, url: STORAGE }, visible: false });
  });

  it('forgets the session history on close and waits for the driver to remove the iframe', async () => {
    const { surface, last } = watched();
    const removeContentFrame = vi.fn(async () => undefined);
    surface.bindDriver({ removeContentFrame, adjustContentFrame: async () => undefined, waitForContentLoad: async () => undefined });
    await surface.open();
    surface.load(KELA);
    surface.committed(KELA);
    surface.committed(STORAGE);
    await surface.close();
    expect(removeContentFrame).toHaveBeenCalledOnce();
    expect(last()).toMatchObject({ open: false, visible: false, navigation: null });
    await surface.open();
    surface.goBack();
    expect(last().navigation).toBeNull();
  });

  it('keeps the adjustments for every page and hands changes to the driver while open', async () => {
    const { surface } = watched();
    const adjustContentFrame = vi.fn(async () => undefined);
    surface.bindDriver({ removeContentFrame: async () => undefined, adjustContentFrame, waitForContentLoad: async () => undefined });
    surface.setAdjustments({ zoom: 2, css: '' });
    expect(adjustContentFrame).not.toHaveBeenCalled();
    await surface.open();
    surface.setAdjustments({ zoom: 1.5, css: 'a{color:#fff}' });
    expect(adjustContentFrame).toHaveBeenCalledWith({ zoom: 1.5, css: 'a{color:#fff}' });
    expect(surface.contentAdjustments).toEqual({ zoom: 1.5, css: 'a{color:#fff}' });
  });
});
