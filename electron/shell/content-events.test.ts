import { describe, expect, it } from 'vitest';
import { createContentEventsRelay, type ContentEvents } from './content-events';

describe('createContentEventsRelay', () => {
  it('refuses everything and drops reports until the core is attached, then forwards', async () => {
    const relay = createContentEventsRelay();
    expect(relay.policy().allowedHosts).toEqual([]);
    relay.activity();
    relay.contentCrashed();

    const calls: string[] = [];
    const core: ContentEvents = {
      policy: () => ({ allowedHosts: ['www.kela.fi'] }),
      contentNavigated: (info) => void calls.push(`navigated ${info.url} ${info.canGoBack} ${info.canGoForward}`),
      contentLoading: (loading) => void calls.push(`loading ${loading}`),
      navigationBlocked: (url, reason) => void calls.push(`blocked ${url} ${reason}`),
      contentCrashed: () => void calls.push('crashed'),
      activity: () => void calls.push('activity'),
      downloadRequested: (info) => {
        calls.push(`download ${info.suggestedName} ${info.mimeType}`);
        return '/session/incoming/1';
      },
      downloadFinished: async (info) => void calls.push(`finished ${info.path} ${info.ok}`),
      fileChooserOpened: (request) => void calls.push(`chooser multiple=${request.multiple}`),
    };
    relay.attach(core);
    expect(relay.policy().allowedHosts).toEqual(['www.kela.fi']);
    relay.contentNavigated({ url: 'https://www.kela.fi/', canGoBack: true, canGoForward: false });
    relay.contentLoading(true);
    relay.navigationBlocked('https://evil.example/', 'not-allowed');
    relay.contentCrashed();
    relay.activity();
    expect(relay.downloadRequested({ url: 'https://www.kela.fi/a.pdf', suggestedName: 'a.pdf', mimeType: 'application/pdf' })).toBe(
      '/session/incoming/1',
    );
    await relay.downloadFinished({ path: '/session/incoming/1', url: 'https://www.kela.fi/a.pdf', suggestedName: 'a.pdf', ok: true });
    relay.fileChooserOpened({ multiple: true, answer: async () => undefined });
    expect(calls).toEqual([
      'navigated https://www.kela.fi/ true false',
      'loading true',
      'blocked https://evil.example/ not-allowed',
      'crashed',
      'activity',
      'download a.pdf application/pdf',
      'finished /session/incoming/1 true',
      'chooser multiple=true',
    ]);
  });

  it('refuses downloads and cancels file choosers while no core is attached', async () => {
    const relay = createContentEventsRelay();
    expect(relay.downloadRequested({ url: 'https://www.kela.fi/a.pdf', suggestedName: 'a.pdf', mimeType: 'application/pdf' })).toBeNull();
    await expect(relay.downloadFinished({ path: '/x', url: 'https://www.kela.fi/', suggestedName: 'a.pdf', ok: true })).resolves.toBeUndefined();
    const answers: (readonly string[])[] = [];
    relay.fileChooserOpened({ multiple: false, answer: async (paths) => void answers.push(paths) });
    expect(answers).toEqual([[]]);
  });
});
