import { describe, expect, it } from 'vitest';
import { frameAllowFor, playwrightGrantsFrom } from './permissions';

describe('playwrightGrantsFrom', () => {
  it('maps the configuration’s names to Playwright’s, per exact https origin', () => {
    expect(
      playwrightGrantsFrom([
        { host: 'video.kela.fi', permissions: ['camera'] },
        { host: 'www.migri.fi:8443', permissions: ['media', 'microphone'] },
        { host: 'www.vero.fi', permissions: ['fullscreen'] },
      ]),
    ).toEqual([
      { origin: 'https://video.kela.fi', permissions: ['camera'] },
      { origin: 'https://www.migri.fi:8443', permissions: ['camera', 'microphone'] },
    ]);
    expect(playwrightGrantsFrom([])).toEqual([]);
  });
});

describe('frameAllowFor', () => {
  it('delegates each feature to the named origins only', () => {
    expect(
      frameAllowFor([
        { origin: 'https://a.test:8443', permissions: ['camera'] },
        { origin: 'https://b.test', permissions: ['camera', 'microphone'] },
      ]),
    ).toBe('camera https://a.test:8443 https://b.test; microphone https://b.test');
    expect(frameAllowFor([])).toBe('');
  });
});
