import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkerAuth } from '../staff/worker-auth';
import type { SupportEvent } from '../stats/support-event';
import { openStore } from '../store/store';
import { runAdmin } from './run';
import { fakeIo, testPlaces, TEST_SCRYPT } from './testing';

const place = testPlaces();

const event = (day: string, outcome: SupportEvent['outcome']): SupportEvent => ({
  day,
  hour: 9,
  durationBucket: '2-5min',
  language: 'sv',
  level: 2,
  needCategory: null,
  goal: null,
  route: null,
  accessibility: 0,
  assistUsed: false,
  outcome,
  referralCategory: null,
});

function withStore<T>(path: string, fn: (store: ReturnType<typeof openStore>) => T): T {
  const store = openStore(path);
  try {
    return fn(store);
  } finally {
    store.close();
  }
}

async function withStoreAsync(path: string, fn: (store: ReturnType<typeof openStore>) => Promise<void>): Promise<void> {
  const store = openStore(path);
  try {
    await fn(store);
  } finally {
    store.close();
  }
}

describe('runAdmin: help and mistakes', () => {
  it('prints the usage for help, and for no command at all', async () => {
    for (const argv of [['help'], []]) {
      const io = fakeIo();
      expect(await runAdmin(argv, io, place().context())).toBe(0);
      expect(io.lines.join('\n')).toMatch(/^Usage: vierella-admin <command>/);
    }
  });

  it('exits 2 with a pointer to help on a usage error', async () => {
    const io = fakeIo();
    expect(await runAdmin(['pin', 'set', '1234'], io, place().context())).toBe(2);
    expect(io.errors).toEqual(['vierella-admin: pin set takes no PIN on the command line: type it when asked, or use --pin-stdin', 'Run "vierella-admin help" for the commands.']);
  });
});

describe('where', () => {
  it('prints the configuration file, data folder, store and log folder', async () => {
    const p = place();
    const io = fakeIo();
    expect(await runAdmin(['where'], io, p.context())).toBe(0);
    expect(io.lines).toEqual([
      `configuration file: ${p.configFile} (absent: the shipped defaults are in force)`,
      `data folder:        ${p.env.VIERELLA_DATA} (not there yet)`,
      `store:              ${p.storeFile} (not there yet)`,
      `log folder:         ${p.env.VIERELLA_LOGS} (not there yet); current file kiosk.log, older ones kiosk.log.1 …`,
    ]);
  });
});

describe('config validate', () => {
  it('accepts a valid file and summarises it', async () => {
    const p = place();
    writeFileSync(p.configFile, JSON.stringify({ languages: ['fi', 'sv'], defaultLanguage: 'sv' }));
    const io = fakeIo();
    expect(await runAdmin(['config', 'validate'], io, p.context())).toBe(0);
    expect(io.lines[0]).toBe(`${p.configFile}: valid`);
    expect(io.lines[1]).toMatch(/4 services, .* languages fi, sv \(default sv\)/);
  });

  it('prints each problem as file:line:column and exits 1', async () => {
    const p = place();
    const file = join(p.dir, 'draft.json');
    writeFileSync(file, '{\n  "idle": { "timeoutSeconds": 60 },\n  "wipeRetrySecs": 5\n}');
    const io = fakeIo();
    expect(await runAdmin(['config', 'validate', file], io, p.context())).toBe(1);
    expect(io.lines).toEqual([
      `${file}:2:3: idle.warningSeconds: is missing (expected number)`,
      `${file}:2:3: idle.endConfirmSeconds: is missing (expected number)`,
      `${file}:3:3: wipeRetrySecs: unknown key "wipeRetrySecs" (a typo? see the configuration reference)`,
    ]);
    expect(io.errors).toEqual(['3 problems: the kiosk would keep its last known good configuration until this is fixed.']);
  });

  it('exits 1 for a file that is not there', async () => {
    const io = fakeIo();
    expect(await runAdmin(['config', 'validate', '/nonexistent/config.json'], io, place().context())).toBe(1);
    expect(io.errors).toEqual(['/nonexistent/config.json: no such file']);
  });
});

describe('pin set and pin reset', () => {
  it('asks twice without echo, stores a hash the kiosk accepts, and audits it', async () => {
    const p = place();
    const io = fakeIo({ secrets: ['482915', '482915'] });
    expect(await runAdmin(['pin', 'set'], io, p.context())).toBe(0);
    expect(io.prompts).toEqual(['New staff PIN: ', 'The same PIN again: ']);
    expect(io.lines).toEqual(['The staff PIN was set.']);
    expect(io.stdout()).not.toContain('482915');
    await withStoreAsync(p.storeFile, async (store) => {
      const auth = createWorkerAuth({ store, scrypt: TEST_SCRYPT });
      expect(await auth.verify('482915')).toEqual({ ok: true });
      expect(store.audit.list({ limit: 10 }).map((e) => e.action)).toEqual(['assist.enter', 'pin.set']);
    });
  });

  it('says "changed" when a PIN existed', async () => {
    const p = place();
    await runAdmin(['pin', 'set'], fakeIo({ secrets: ['1111', '1111'] }), p.context());
    const io = fakeIo({ secrets: ['2222', '2222'] });
    expect(await runAdmin(['pin', 'set'], io, p.context())).toBe(0);
    expect(io.lines).toEqual(['The staff PIN was changed.']);
  });

  it.each([
    ['two different PINs', ['1234', '1243'], /the two PINs differ; nothing was changed/],
    ['letters', ['12ab', '12ab'], /4 to 12 digits/],
    ['too short a PIN', ['123', '123'], /4 to 12 digits/],
  ])('refuses %s and stores nothing', async (_name, secrets, message) => {
    const p = place();
    const io = fakeIo({ secrets });
    expect(await runAdmin(['pin', 'set'], io, p.context())).toBe(1);
    expect(io.errors.join('\n')).toMatch(message);
    await withStore(p.storeFile, (store) => expect(store.pinStore.get()).toBeNull());
  });

  it('without a terminal, points to --pin-stdin', async () => {
    const io = fakeIo();
    expect(await runAdmin(['pin', 'set'], io, place().context())).toBe(1);
    expect(io.errors).toEqual(['no terminal to ask on: pipe the PIN in with --pin-stdin']);
  });

  it('reads the first line of standard input with --pin-stdin', async () => {
    const p = place();
    expect(await runAdmin(['pin', 'set', '--pin-stdin'], fakeIo({ stdin: '90817263\r\nignored\n' }), p.context())).toBe(0);
    await withStoreAsync(p.storeFile, async (store) => expect(await createWorkerAuth({ store }).verify('90817263')).toEqual({ ok: true }));
  });

  it('pin reset removes the PIN and audits it', async () => {
    const p = place();
    await runAdmin(['pin', 'set', '--pin-stdin'], fakeIo({ stdin: '5555' }), p.context());
    const io = fakeIo();
    expect(await runAdmin(['pin', 'reset'], io, p.context())).toBe(0);
    expect(io.lines).toEqual(['The staff PIN was removed: assist mode stays closed until a new PIN is set.']);
    withStore(p.storeFile, (store) => {
      expect(store.pinStore.get()).toBeNull();
      expect(store.audit.list({ limit: 1 })[0]?.action).toBe('pin.reset');
    });
  });

  it('refuses to write the store when the context says this user must not', async () => {
    const p = place();
    const io = fakeIo({ secrets: ['1234', '1234'] });
    const context = p.context({ storeWriteProblem: () => 'run this as the kiosk user' });
    expect(await runAdmin(['pin', 'set'], io, context)).toBe(1);
    expect(io.errors).toEqual(['run this as the kiosk user']);
    expect(existsSync(p.storeFile)).toBe(false);
  });
});

describe('stats export', () => {
  function seeded() {
    const p = place();
    withStore(p.storeFile, (store) => {
      store.supportEvents.insertMany([event('2025-05-31', 'helped'), event('2025-06-01', 'selfService'), event('2025-06-02', 'referred'), event('2025-06-03', 'abandoned')]);
    });
    return p;
  }
  const HEADER = 'day,hour,duration_bucket,language,level,need_category,goal,route,accessibility,assist_used,outcome,referral_category';

  it('writes the range as RFC 4180 CSV on standard output, and audits the export', async () => {
    const p = seeded();
    const io = fakeIo();
    expect(await runAdmin(['stats', 'export', '--from', '2025-06-01', '--to', '2025-06-02'], io, p.context())).toBe(0);
    const rows = io.stdout().split('\r\n');
    expect(rows[0]).toBe(HEADER);
    expect(rows.slice(1)).toEqual([expect.stringMatching(/^2025-06-01,9,2-5min,sv,2,.*selfService/) as unknown, expect.stringMatching(/^2025-06-02,.*referred/) as unknown, '']);
    withStore(p.storeFile, (store) => expect(store.audit.list({ limit: 1 })[0]?.action).toBe('stats.exported'));
  });

  it('writes to a file with --out, and leaves no partial file', async () => {
    const p = seeded();
    const out = join(p.dir, 'june.csv');
    const io = fakeIo();
    expect(await runAdmin(['stats', 'export', '--from', '2025-05-01', '--to', '2025-06-30', '--out', out], io, p.context())).toBe(0);
    expect(readFileSync(out, 'utf8').split('\r\n')).toHaveLength(1 + 4 + 1);
    expect(io.errors).toEqual([`wrote 4 sessions from 2025-05-01 to 2025-06-30 to ${out}`]);
    expect(readdirSync(p.dir).filter((f) => f.includes('partial'))).toEqual([]);
  });

  it('refuses a range longer than the store allows, before creating any file', async () => {
    const p = seeded();
    const out = join(p.dir, 'decade.csv');
    const io = fakeIo();
    expect(await runAdmin(['stats', 'export', '--from', '2000-01-01', '--to', '2025-01-01', '--out', out], io, p.context())).toBe(2);
    expect(io.errors[0]).toMatch(/longer than/);
    expect(existsSync(out)).toBe(false);
  });
});

describe('audit', () => {
  it('lists the newest entries first, in UTC', async () => {
    const p = place();
    let clock = Date.parse('2025-06-01T08:00:00Z');
    const store = openStore(p.storeFile, { now: () => clock });
    store.audit.append('app.start');
    clock += 60_000;
    store.audit.append('allow.temporary', 'www.migri.fi');
    clock += 60_000;
    store.audit.append('assist.exit');
    store.close();
    const io = fakeIo();
    expect(await runAdmin(['audit', '--limit', '2'], io, p.context())).toBe(0);
    expect(io.lines).toEqual([
      'time (UTC)            action              host',
      '2025-06-01T08:02:00Z  assist.exit',
      '2025-06-01T08:01:00Z  allow.temporary     www.migri.fi',
    ]);
  });

  it('says so when the log is empty', async () => {
    const io = fakeIo();
    expect(await runAdmin(['audit'], io, place().context())).toBe(0);
    expect(io.lines).toEqual(['The audit log is empty.']);
  });
});
