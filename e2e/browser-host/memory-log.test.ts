import { describe, expect, it } from 'vitest';
import { createMemoryLog, DEFAULT_MAX_LOG_ENTRIES } from './memory-log';

describe('createMemoryLog', () => {
  it('keeps entries in order with copies of their details, and echoes them', () => {
    const echoed: string[] = [];
    const log = createMemoryLog({ info: (event) => echoed.push(`info ${event}`), warn: (event) => echoed.push(`warn ${event}`) });
    const detail = { host: 'www.kela.fi' };
    log.info('a', detail);
    log.warn('b');
    detail.host = 'changed';
    expect(log.entries).toEqual([
      { level: 'info', event: 'a', detail: { host: 'www.kela.fi' } },
      { level: 'warn', event: 'b', detail: {} },
    ]);
    expect(echoed).toEqual(['info a', 'warn b']);
    expect(log.dropped).toBe(0);
    expect(log.maxEntries).toBe(DEFAULT_MAX_LOG_ENTRIES);
  });

  it('keeps only the latest maxEntries, oldest first, and counts what it dropped', () => {
    const log = createMemoryLog(undefined, { maxEntries: 3 });
    for (let i = 1; i <= 7; i++) log.info('n', { i });
    expect(log.entries.map((e) => e.detail['i'])).toEqual([5, 6, 7]);
    expect(log.dropped).toBe(4);
    log.info('n', { i: 8 });
    expect(log.entries.map((e) => e.detail['i'])).toEqual([6, 7, 8]);
    expect(log.entries).toHaveLength(3);
  });

  it('counts every entry per event and level, dropped ones included', () => {
    const log = createMemoryLog(undefined, { maxEntries: 2 });
    for (let i = 0; i < 5; i++) log.info('session.verify', { clean: true });
    log.warn('session.verify', { clean: false });
    log.info('download.refused', { host: 'x' });
    expect(log.count('session.verify')).toBe(6);
    expect(log.count('session.verify', 'info')).toBe(5);
    expect(log.count('session.verify', 'warn')).toBe(1);
    expect(log.count('download.refused')).toBe(1);
    expect(log.count('never')).toBe(0);
    expect(log.dropped).toBe(5);
  });

  it('hands out a copy: callers cannot change what it keeps', () => {
    const log = createMemoryLog(undefined, { maxEntries: 2 });
    log.info('a');
    (log.entries as unknown[]).length = 0; // a cast only to try the mutation
    expect(log.entries).toHaveLength(1);
  });

  it('refuses a size that is not a positive integer', () => {
    expect(() => createMemoryLog(undefined, { maxEntries: 0 })).toThrow(RangeError);
    expect(() => createMemoryLog(undefined, { maxEntries: 1.5 })).toThrow(RangeError);
  });
});
