import { describe, expect, it } from 'vitest';
import { MAX_VALUE_LENGTH, REMOVED, scrubDetail, scrubEvent, scrubText } from './scrub';

describe('scrubText', () => {
  it.each([
    ['https://www.kela.fi/asiointi?hetu=010101-123N#x', 'www.kela.fi'],
    ['blocked https://user:pw@evil.example:8443/a/b, retry', `blocked evil.example:8443, retry`],
    ['HTTP://WWW.VERO.FI/OmaVero', 'www.vero.fi'],
    ['opened www.kela.fi/asiointi/hakemus?id=42 then', 'opened www.kela.fi then'],
    ['data:text/html,<h1>hi</h1>', REMOVED],
    ['page data:text/html,<p>Liisa Virtanen</p> shown', `page ${REMOVED}`],
    ['javascript:alert(document.cookie)', REMOVED],
    ['file:///home/liisa/Downloads/päätös.pdf', REMOVED],
    ['blob:https://www.kela.fi/5f0c-11', REMOVED],
    ['mailto:liisa@example.fi', REMOVED],
    ['contact liisa.virtanen@example.fi now', `contact ${REMOVED} now`],
    ['id 131052-308T given', `id ${REMOVED} given`],
    ['id 010100A123B given', `id ${REMOVED} given`],
    ['call +358 40 123 4567', `call ${REMOVED}`],
    ['card 4111111111111111', `card ${REMOVED}`],
  ])('%s → %s', (input, expected) => {
    expect(scrubText(input)).toBe(expected);
  });

  it.each([
    'config.problem at line 12',
    'cannot read the file: ENOENT',
    '/var/log/vierella',
    'C:\\ProgramData\\Vierella\\logs',
    'www.kela.fi:8443',
    '2025-12-02T02:35:40.000Z',
    'services[0].url: service URLs must use https',
  ])('leaves %s alone', (input) => {
    expect(scrubText(input)).toBe(input);
  });

  it('caps the length, so no page text fits', () => {
    const out = scrubText('x'.repeat(5000));
    expect(out.length).toBe(MAX_VALUE_LENGTH);
    expect(out.endsWith('…')).toBe(true);
  });
});

describe('scrubDetail', () => {
  it('keeps hosts, counts and flags', () => {
    expect(scrubDetail({ host: 'www.kela.fi', count: 3, ok: true })).toEqual({ host: 'www.kela.fi', count: 3, ok: true });
  });

  it('reduces address-named keys to a host, or removes them', () => {
    expect(scrubDetail({ url: 'https://www.kela.fi/a?b=c', href: '/relative/path', referrer: 'www.vero.fi', target: 'not a host!' })).toEqual({
      url: 'www.kela.fi',
      href: REMOVED,
      referrer: 'www.vero.fi',
      target: REMOVED,
    });
  });

  it('drops keys that are not codes, values that are not scalars, and protects the entry fields', () => {
    const detail = { 'bad key': 'x', nested: { a: 1 }, level: 'error', t: 'forged', fine: 'yes', nan: Number.NaN } as unknown as Record<string, string>;
    expect(scrubDetail(detail)).toEqual({ 'detail.level': 'error', 'detail.t': 'forged', fine: 'yes', nan: 'NaN' });
    expect(scrubDetail(undefined)).toEqual({});
  });
});

describe('scrubEvent', () => {
  it('passes codes and refuses anything else', () => {
    expect(scrubEvent('wipe.verify-failed')).toBe('wipe.verify-failed');
    expect(scrubEvent('navigate https://www.kela.fi/x')).toBe('invalid-event');
    expect(scrubEvent('')).toBe('invalid-event');
  });
});
