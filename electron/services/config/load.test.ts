import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../../shared/config/defaults';
import type { KioskLog } from '../ports';
import { openStore } from '../store/store';
import { createFileLastKnownGood, createMemoryLastKnownGood, createStoreLastKnownGood, LAST_KNOWN_GOOD_FILE, type LastKnownGoodStore } from './last-known-good';
import { loadKioskConfig } from './load';
import { validateConfigText } from './validate';

function recordingLog(): KioskLog & { entries: { level: string; event: string; detail?: object }[] } {
  const entries: { level: string; event: string; detail?: object }[] = [];
  return {
    entries,
    info: (event, detail) => entries.push({ level: 'info', event, ...(detail ? { detail } : {}) }),
    warn: (event, detail) => entries.push({ level: 'warn', event, ...(detail ? { detail } : {}) }),
  };
}

const tempDir = () => mkdtempSync(join(tmpdir(), 'vierella-config-'));

describe('validateConfigText', () => {
  it('merges a partial file over the defaults, key by key', () => {
    const result = validateConfigText(JSON.stringify({ idle: { timeoutSeconds: 60, warningSeconds: 25, endConfirmSeconds: 30 } }));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.config.idle.timeoutSeconds).toBe(60);
    expect(result.config.services).toEqual(DEFAULT_CONFIG.services);
    expect(result.config.branding).toEqual(DEFAULT_CONFIG.branding);
  });

  it('accepts the shipped defaults written out in full', () => {
    expect(validateConfigText(JSON.stringify(DEFAULT_CONFIG, null, 2)).ok).toBe(true);
  });

  it('accepts a UTF-8 byte order mark (Notepad, PowerShell 5 Out-File)', () => {
    const result = validateConfigText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{ "defaultLanguage": "en" }')]));
    expect(result.ok && result.config.defaultLanguage).toBe('en');
  });

  it('accepts "$schema" (for editors) and ignores it, but only as a string', () => {
    const result = validateConfigText('{ "$schema": "../build/config.schema.json", "defaultLanguage": "en" }');
    expect(result.ok && result.config.defaultLanguage).toBe('en');
    const wrong = validateConfigText('{\n  "$schema": 1\n}');
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.problems[0]).toMatchObject({ line: 2, message: expect.stringMatching(/\$schema/) as unknown });
  });

  it('accepts an ä in UTF-8', () => {
    const result = validateConfigText(Buffer.from(JSON.stringify({ branding: { ...DEFAULT_CONFIG.branding, name: 'Suomi-piste Hyvinkää' } })));
    expect(result.ok && result.config.branding.name).toBe('Suomi-piste Hyvinkää');
  });

  it('accepts the new sections with values IT would choose', () => {
    const result = validateConfigText(
      JSON.stringify({
        permissions: [{ host: 'www.kela.fi', permissions: ['camera', 'microphone'] }],
        printer: { enabled: true, deviceName: 'HP LaserJet Aula' },
        relaunch: { afterClients: 20, aboveRssMb: 2048 },
        assist: { pinLockout: { maxFailures: 3, lockSeconds: 600 }, shortcut: 'Control+Alt+Shift+F12' },
        branding: { name: 'Suomi-piste Kallio', logo: 'C:\\ProgramData\\Vierella\\logo.PNG', colours: { primary: '#000000', onPrimary: '#FFFFFF' } },
      }),
    );
    expect(result.ok).toBe(true);
  });
});

describe('loadKioskConfig', () => {
  it('uses the defaults when there is no file, and remembers nothing', () => {
    const lastKnownGood = createMemoryLastKnownGood();
    const loaded = loadKioskConfig({ path: join(tempDir(), 'config.json'), lastKnownGood });
    expect(loaded).toMatchObject({ source: 'defaults', problems: [] });
    expect(loaded.config).toBe(DEFAULT_CONFIG);
    expect(lastKnownGood.getLastKnownGood()).toBeNull();
  });

  it('uses a valid file and keeps it as the last known good copy', () => {
    const dir = tempDir();
    const path = join(dir, 'config.json');
    writeFileSync(path, '\uFEFF{ "defaultLanguage": "en" }');
    const lastKnownGood = createFileLastKnownGood(join(dir, 'data'));
    const log = recordingLog();
    const loaded = loadKioskConfig({ path, lastKnownGood, log });
    expect(loaded.source).toBe('file');
    expect(loaded.config.defaultLanguage).toBe('en');
    // The copy is the text without the byte order mark, ready to be validated again.
    expect(lastKnownGood.getLastKnownGood()).toBe('{ "defaultLanguage": "en" }');
    expect(log.entries).toEqual([{ level: 'info', event: 'config.loaded', detail: { source: 'file', problems: 0 } }]);
  });

  it('does not rewrite an unchanged last known good copy', () => {
    let writes = 0;
    const inner = createMemoryLastKnownGood('{}');
    const counting: LastKnownGoodStore = {
      getLastKnownGood: () => inner.getLastKnownGood(),
      putLastKnownGood: (json) => {
        writes++;
        inner.putLastKnownGood(json);
      },
    };
    loadKioskConfig({ path: 'config.json', lastKnownGood: counting, readFile: () => Buffer.from('{}') });
    loadKioskConfig({ path: 'config.json', lastKnownGood: counting, readFile: () => Buffer.from('{ }') });
    loadKioskConfig({ path: 'config.json', lastKnownGood: counting, readFile: () => Buffer.from('{\n}') });
    expect(writes).toBe(0);
    loadKioskConfig({ path: 'config.json', lastKnownGood: counting, readFile: () => Buffer.from('{ "defaultLanguage": "en" }') });
    expect(writes).toBe(1);
  });

  it('after a broken edit keeps the last valid file, and logs each problem with its line', () => {
    const dir = tempDir();
    const path = join(dir, 'config.json');
    const lastKnownGood = createFileLastKnownGood(dir);
    writeFileSync(path, '{ "defaultLanguage": "sv" }');
    expect(loadKioskConfig({ path, lastKnownGood }).source).toBe('file');

    writeFileSync(path, '{\n  "defaultLanguage": "sv",\n  "wipeRetrySeconds": -1\n}');
    const log = recordingLog();
    const loaded = loadKioskConfig({ path, lastKnownGood, log });
    expect(loaded.source).toBe('last-known-good');
    expect(loaded.config.defaultLanguage).toBe('sv');
    expect(log.entries).toContainEqual({
      level: 'warn',
      event: 'config.problem',
      detail: { line: 3, column: 3, path: 'wipeRetrySeconds', message: expect.stringMatching(/Too small/) as unknown },
    });
  });

  it('ignores a last known good copy that today’s schema refuses', () => {
    const log = recordingLog();
    const loaded = loadKioskConfig({
      path: 'config.json',
      lastKnownGood: createMemoryLastKnownGood('{ "retiredOption": true }'),
      readFile: () => Buffer.from('{'),
      log,
    });
    expect(loaded.source).toBe('defaults');
    expect(loaded.problems).toHaveLength(1);
    expect(log.entries.map((e) => e.event)).toContain('config.last-known-good-invalid');
  });

  it('explains an unreadable file whatever the user (injected error)', () => {
    const denied = Object.assign(new Error('denied'), { code: 'EACCES' });
    const loaded = loadKioskConfig({
      path: 'config.json',
      lastKnownGood: createMemoryLastKnownGood('{ "defaultLanguage": "en" }'),
      readFile: () => {
        throw denied;
      },
    });
    expect(loaded.source).toBe('last-known-good');
    expect(loaded.problems).toEqual([{ line: 1, column: 1, path: '', message: expect.stringMatching(/cannot read the file: EACCES \(the kiosk account/) as unknown }]);
  });

  it('keeps running on a valid file when the safety copy cannot be written', () => {
    const log = recordingLog();
    const loaded = loadKioskConfig({
      path: 'config.json',
      lastKnownGood: {
        getLastKnownGood: () => null,
        putLastKnownGood: () => {
          throw new Error('disk full');
        },
      },
      readFile: () => Buffer.from('{ "defaultLanguage": "en" }'),
      log,
    });
    expect(loaded.source).toBe('file');
    expect(log.entries.map((e) => e.event)).toContain('config.last-known-good-not-saved');
  });
});

describe('createFileLastKnownGood', () => {
  it('round-trips through the data folder and leaves no temporary file', () => {
    const dir = join(tempDir(), 'nested', 'data');
    const store = createFileLastKnownGood(dir);
    expect(store.getLastKnownGood()).toBeNull();
    store.putLastKnownGood('{ "a": 1 }');
    store.putLastKnownGood('{ "a": 2 }');
    expect(store.getLastKnownGood()).toBe('{ "a": 2 }');
    expect(readdirSync(dir)).toEqual([LAST_KNOWN_GOOD_FILE]);
    expect(existsSync(join(dir, LAST_KNOWN_GOOD_FILE))).toBe(true);
  });
});

describe('createStoreLastKnownGood', () => {
  it('keeps the copy in the SQLite store, across a reopen, and the loader falls back to it', () => {
    const path = join(tempDir(), 'vierella.sqlite');
    let store = openStore(path);
    try {
      const lastKnownGood = createStoreLastKnownGood(store.configStore);
      expect(lastKnownGood.getLastKnownGood()).toBeNull();
      expect(loadKioskConfig({ path: 'config.json', lastKnownGood, readFile: () => Buffer.from('{ "defaultLanguage": "en" }') }).source).toBe('file');
    } finally {
      store.close();
    }
    store = openStore(path);
    try {
      const lastKnownGood = createStoreLastKnownGood(store.configStore);
      expect(JSON.parse(lastKnownGood.getLastKnownGood() ?? 'null')).toEqual({ defaultLanguage: 'en' });
      const loaded = loadKioskConfig({ path: 'config.json', lastKnownGood, readFile: () => Buffer.from('{ "defaultLanguage": 1 }') });
      expect(loaded.source).toBe('last-known-good');
      expect(loaded.config.defaultLanguage).toBe('en');
    } finally {
      store.close();
    }
  });
});
