import { describe, expect, it } from 'vitest';
import { createContentEventsRelay, type ContentEvents } from './content-events';

describe('createContentEventsRelay', () => {
  it('refuses everything and drops reports until the core is attached, then forwards', () => {
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
    };
    relay.attach(core);
    expect(relay.policy().allowedHosts).toEqual(['www.kela.fi']);
    relay.contentNavigated({ url: 'https://www.kela.fi/', canGoBack: true, canGoForward: false });
    relay.contentLoading(true);
    relay.navigationBlocked('https://evil.example/', 'not-allowed');
    relay.contentCrashed();
    relay.activity();
    expect(calls).toEqual([
      'navigated https://www.kela.fi/ true false',
      'loading true',
      'blocked https://evil.example/ not-allowed',
      'crashed',
      'activity',
    ]);
  });
});
