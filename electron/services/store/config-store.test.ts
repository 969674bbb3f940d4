import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../../shared/config/defaults';
import { MAX_CONFIG_JSON_LENGTH } from './config-store';
import { openStore } from './store';
import { tempDbPaths } from './testing';

const newPath = tempDbPaths();

describe('configStore', () => {
  it('keeps the current configuration and the last known good one apart, across a reopen', () => {
    const path = newPath();
    let clock = 1000;
    const store = openStore(path, { now: () => clock });
    expect(store.configStore.get('current')).toBeNull();
    store.configStore.put('lastKnownGood', DEFAULT_CONFIG);
    clock = 2000;
    store.configStore.put('current', { ...DEFAULT_CONFIG, wipeRetrySeconds: 9 });
    store.close();

    const reopened = openStore(path);
    expect(reopened.configStore.get('lastKnownGood')).toEqual({ value: DEFAULT_CONFIG, updatedAt: 1000 });
    expect(reopened.configStore.get('current')).toEqual({ value: { ...DEFAULT_CONFIG, wipeRetrySeconds: 9 }, updatedAt: 2000 });
    reopened.close();
  });

  it('replaces a slot and removes it', () => {
    const store = openStore(':memory:');
    store.configStore.put('current', { v: 1 });
    store.configStore.put('current', { v: 2 });
    expect(store.configStore.get('current')?.value).toEqual({ v: 2 });
    store.configStore.remove('current');
    expect(store.configStore.get('current')).toBeNull();
    store.close();
  });

  it('refuses what is not JSON or too large', () => {
    const store = openStore(':memory:');
    expect(() => store.configStore.put('current', undefined)).toThrow(/not JSON-serialisable/);
    expect(() => store.configStore.put('current', 'x'.repeat(MAX_CONFIG_JSON_LENGTH))).toThrow(/longer than/);
    expect(store.configStore.get('current')).toBeNull();
    store.close();
  });
});
