import { describe, expect, it } from 'vitest';
import { createLocalStore } from './local-store';

describe('createLocalStore', () => {
  it('keeps the state and wakes nobody for an equal one', () => {
    const store = createLocalStore({ open: false, id: null as string | null });
    expect(store.get()).toEqual({ open: false, id: null });
    store.set({ open: true, id: 'a' });
    expect(store.get()).toEqual({ open: true, id: 'a' });
    const before = store.get();
    store.set({ open: true, id: 'a' });
    expect(store.get()).toBe(before);
  });
});
