import { describe, expect, it } from 'vitest';
import { contentWebPreferences, isClientPartition, newClientPartition, probeWebPreferences, uiWebPreferences } from './web-preferences';

const UUID = '3f2a9c1e-8b7d-4e6f-9a0b-1c2d3e4f5a6b';

describe('uiWebPreferences', () => {
  const prefs = uiWebPreferences({ devTools: false, preload: '/app/out/preload/preload.cjs' });

  it('runs the UI sandboxed, isolated and without Node', () => {
    expect(prefs.sandbox).toBe(true);
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
  });

  it('keeps web security and refuses insecure content, webviews and drag-drop navigation', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.enableWebSQL).toBe(false);
  });

  it('loads the one preload and turns the spellchecker off', () => {
    expect(prefs.preload).toBe('/app/out/preload/preload.cjs');
    expect(prefs.spellcheck).toBe(false);
  });

  it('allows DevTools only with the development flag', () => {
    expect(prefs.devTools).toBe(false);
    expect(uiWebPreferences({ devTools: true, preload: '/p.cjs' }).devTools).toBe(true);
  });

  it('has no partition: the UI uses the default session', () => {
    expect(prefs).not.toHaveProperty('partition');
  });
});

describe('contentWebPreferences', () => {
  const partition = `client-${UUID}`;
  const prefs = contentWebPreferences(partition, { devTools: false });

  it('runs the e-services sandboxed, isolated and without Node', () => {
    expect(prefs.sandbox).toBe(true);
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
  });

  it('gives the content no preload, no webview tag, no spellchecker traffic', () => {
    expect(prefs).not.toHaveProperty('preload');
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.spellcheck).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
    expect(prefs.safeDialogs).toBe(true);
  });

  it('uses the given in-memory partition', () => {
    expect(prefs.partition).toBe(partition);
    expect(prefs.partition.startsWith('persist:')).toBe(false);
  });

  it('allows DevTools only with the development flag', () => {
    expect(prefs.devTools).toBe(false);
    expect(contentWebPreferences(partition, { devTools: true }).devTools).toBe(true);
  });

  it('refuses persistent, shared or malformed partitions', () => {
    expect(() => contentWebPreferences(`persist:client-${UUID}`, { devTools: false })).toThrow();
    expect(() => contentWebPreferences('', { devTools: false })).toThrow();
    expect(() => contentWebPreferences('client-', { devTools: false })).toThrow();
    expect(() => contentWebPreferences(`client-${UUID}x`, { devTools: false })).toThrow();
  });
});

describe('newClientPartition', () => {
  it('names a fresh in-memory partition per call', () => {
    const uuids = [UUID, '00000000-0000-4000-8000-000000000001'];
    const next = () => uuids.shift() ?? 'none';
    const first = newClientPartition(next);
    const second = newClientPartition(next);
    expect(first).toBe(`client-${UUID}`);
    expect(second).not.toBe(first);
    expect(isClientPartition(first) && isClientPartition(second)).toBe(true);
  });

  it('rejects a generator that does not give a UUID', () => {
    expect(() => newClientPartition(() => 'fixed')).toThrow();
  });
});

describe('probeWebPreferences', () => {
  const session = { name: 'retired client session' };
  const prefs = probeWebPreferences(session);

  it('opens the retired session object itself, not a partition by name', () => {
    expect(prefs.session).toBe(session);
    expect(prefs).not.toHaveProperty('partition');
  });

  it('is as locked down as the content view, with no preload and no DevTools', () => {
    expect(prefs).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true, webviewTag: false, devTools: false });
    expect(prefs).not.toHaveProperty('preload');
  });
});
