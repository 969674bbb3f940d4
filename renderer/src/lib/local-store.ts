import { useSyncExternalStore } from 'react';

/**
 * A tiny store for what the UI opened itself (the host knows nothing of it), shared by the
 * components and by plain functions such as the overlay logic. Setting an equal state does not
 * wake the listeners.
 */
export interface LocalStore<T> {
  get(): T;
  set(next: T): void;
  use(): T;
}

export function createLocalStore<T extends object>(initial: T): LocalStore<T> {
  let state = initial;
  const listeners = new Set<() => void>();
  const get = (): T => state;
  const subscribe = (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  return {
    get,
    set(next) {
      const same = (Object.keys(next) as (keyof T)[]).every((key) => Object.is(next[key], state[key]));
      if (same) return;
      state = next;
      for (const listener of listeners) listener();
    },
    use: () => useSyncExternalStore(subscribe, get, get),
  };
}
