import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../../shared/config/defaults';
import { openStore } from '../store/store';
import { checkLogFolder, checkNavigationPolicy, checkStore, runSelfTest } from './self-test';
import { runAdmin } from './run';
import { fakeIo, testPlaces } from './testing';

const place = testPlaces();
/** A file that exists: stands in for Chromium where a fake check runs. */
const PRESENT = process.execPath;

describe('self-test', () => {
  it('passes on a sound installation and says so on its last line', async () => {
    const io = fakeIo();
    expect(await runAdmin(['self-test', '--no-browser'], io, place().context())).toBe(0);
    expect(io.lines.map((l) => l.split(':')[0])).toEqual([
      'ok    configuration',
      'ok    navigation policy',
      'ok    store',
      'ok    log folder',
      'skip  browser-host wipe',
      'self-test',
    ]);
    expect(io.lines.at(-1)).toBe('self-test: PASS');
  });

  it('fails, naming the check, when the configuration in force is invalid', async () => {
    const p = place();
    writeFileSync(p.configFile, '{ "idle": 1 }');
    const io = fakeIo();
    expect(await runAdmin(['self-test', '--no-browser'], io, p.context())).toBe(1);
    expect(io.lines).toContain(`FAIL  configuration: ${p.configFile} has 1 problem (see: vierella-admin config validate)`);
    expect(io.lines.at(-1)).toBe('self-test: FAIL (configuration)');
  });

  it('runs the browser-host wipe check when Chromium is there, and fails with it', async () => {
    const io = fakeIo();
    const context = place().context({ browserWipeCheck: () => Promise.resolve({ status: 'fail', detail: 'left behind: cookie:www.kela.test' }) });
    expect(await runSelfTest(true, io, context, PRESENT)).toBe(1);
    expect(io.lines).toContain('FAIL  browser-host wipe: left behind: cookie:www.kela.test');
    expect(io.lines.at(-1)).toBe('self-test: FAIL (browser-host wipe)');
  });

  it('turns a check that throws into a failure rather than a crash', async () => {
    const io = fakeIo();
    const context = place().context({ browserWipeCheck: () => Promise.reject(new Error('Chromium crashed')) });
    expect(await runSelfTest(true, io, context, PRESENT)).toBe(1);
    expect(io.lines).toContain('FAIL  browser-host wipe: Error: Chromium crashed');
  });

  it('skips the browser check without Chromium, or where the app has no browser host', async () => {
    const withCheck = place().context({ browserWipeCheck: () => Promise.resolve({ status: 'pass', detail: 'x' }) });
    const io = fakeIo();
    expect(await runSelfTest(true, io, withCheck, '/nonexistent/chromium')).toBe(0);
    expect(io.lines).toContain('skip  browser-host wipe: no Chromium at /nonexistent/chromium');
    const packaged = fakeIo();
    expect(await runSelfTest(true, packaged, place().context(), PRESENT)).toBe(0);
    expect(packaged.lines).toContain('skip  browser-host wipe: not part of the packaged app (the kiosk verifies every wipe itself)');
  });

  it('the store check fails when the store cannot work', async () => {
    const broken = place().context({
      openStore: () => {
        throw new Error('unable to open database file');
      },
    });
    expect(await checkStore(broken)).toEqual({ status: 'fail', detail: 'Error: unable to open database file' });
  });

  it('the store check notices a store that forgets', async () => {
    const forgetful = place().context({
      openStore: (path) => {
        const store = openStore(path);
        return { ...store, configStore: { ...store.configStore, get: () => null } };
      },
    });
    expect(await checkStore(forgetful)).toEqual({ status: 'fail', detail: 'the configuration did not survive a reopen' });
  });

  it('the policy check names a service whose tile would be blocked', () => {
    expect(checkNavigationPolicy(DEFAULT_CONFIG)).toEqual({ status: 'pass', detail: `${DEFAULT_CONFIG.services.length + 5} decisions as expected` });
    // Tiles the policy would refuse (credentials in the URL): the check names each of them.
    const refused = { ...DEFAULT_CONFIG, services: DEFAULT_CONFIG.services.map((s) => ({ ...s, url: s.url.replace('https://', 'https://user@') })) };
    expect(checkNavigationPolicy(refused)).toMatchObject({ status: 'fail', detail: expect.stringMatching(/^wrong decisions: service kela allowed; service suomifi allowed/) as unknown });
    expect(checkNavigationPolicy({ ...DEFAULT_CONFIG, services: [] })).toEqual({ status: 'fail', detail: 'the configuration has no services' });
  });

  it('the log folder check fails on a folder the user cannot write', () => {
    const p = place();
    const denied = () => {
      throw Object.assign(new Error('denied'), { code: 'EACCES' });
    };
    expect(checkLogFolder(join(p.dir, 'logs'), denied)).toEqual({
      status: 'fail',
      detail: `${p.dir} is not writable for this user (the kiosk must be able to write ${join(p.dir, 'logs')})`,
    });
  });

  it('the log folder check looks at the nearest existing folder', () => {
    const p = place();
    expect(checkLogFolder(join(p.dir, 'a', 'b'))).toEqual({ status: 'pass', detail: `${join(p.dir, 'a', 'b')} will be created in ${p.dir}` });
    expect(checkLogFolder(p.dir)).toEqual({ status: 'pass', detail: `${p.dir} is writable` });
  });
});
