import { describe, expect, it } from 'vitest';
import { MAX_ENTRIES, SessionHistory } from './history';

const A = 'https://www.kela.test:8443/';
const B = 'https://www.kela.test:8443/storage';
const C = 'https://tunnistus.test:8443/';

function visited(...urls: string[]): SessionHistory {
  const history = new SessionHistory();
  for (const url of urls) history.committed(url);
  return history;
}

describe('SessionHistory', () => {
  it('starts empty: nowhere to go', () => {
    const history = new SessionHistory();
    expect(history.current()).toBeNull();
    expect(history.canGoBack).toBe(false);
    expect(history.canGoForward).toBe(false);
    expect(history.back()).toBeNull();
    expect(history.forward()).toBeNull();
    expect(history.reload()).toBeNull();
  });

  it('goes back and forward through committed pages', () => {
    const history = visited(A, B, C);
    expect(history.canGoBack).toBe(true);
    expect(history.back()).toBe(B);
    history.committed(B);
    expect(history.current()).toBe(B);
    expect(history.canGoForward).toBe(true);
    expect(history.back()).toBe(A);
    history.committed(A);
    expect(history.canGoBack).toBe(false);
    expect(history.forward()).toBe(B);
    history.committed(B);
    expect(history.forward()).toBe(C);
    history.committed(C);
    expect(history.canGoForward).toBe(false);
  });

  it('drops the forward entries when a new page is visited after going back', () => {
    const history = visited(A, B);
    history.back();
    history.committed(A);
    history.startNew();
    history.committed(C);
    expect(history.canGoForward).toBe(false);
    expect(history.back()).toBe(A);
  });

  it('keeps a redirect after back/forward in the entry it landed on', () => {
    const history = visited(A, B, C);
    history.back();
    history.committed(`${B}?after-redirect`);
    expect(history.current()).toBe(`${B}?after-redirect`);
    expect(history.forward()).toBe(C);
  });

  it('treats reloads and same-URL navigations as replacements, not new entries', () => {
    const history = visited(A, B);
    expect(history.reload()).toBe(B);
    history.committed(B);
    history.committed(B);
    expect(history.back()).toBe(A);
    history.committed(A);
    expect(history.canGoBack).toBe(false);
  });

  it('forgets everything when cleared', () => {
    const history = visited(A, B);
    history.back();
    history.clear();
    expect(history.current()).toBeNull();
    expect(history.canGoBack).toBe(false);
    history.committed(C);
    expect(history.canGoBack).toBe(false);
  });

  it('keeps at most MAX_ENTRIES, dropping the oldest', () => {
    const history = new SessionHistory();
    for (let i = 0; i < MAX_ENTRIES + 5; i += 1) history.committed(`${A}?page=${i}`);
    let steps = 0;
    for (let url = history.back(); url !== null; url = history.back()) {
      history.committed(url);
      steps += 1;
    }
    expect(steps).toBe(MAX_ENTRIES - 1);
    expect(history.current()).toBe(`${A}?page=5`);
  });
});
