/**
 * `self-test`: can this installation do its job? The navigation policy decides known URLs as
 * it must, the configuration in force validates, a store in a temporary folder round-trips
 * (SQLite, scrypt, the audit log, statistics), the log folder is writable and, where Chromium
 * and the browser host are available, a planted session is wiped and verified clean.
 * Ends with one verdict line IT can grep for.
 */
import { accessSync, constants, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { DEFAULT_CONFIG } from '../../../shared/config/defaults';
import type { KioskConfig } from '../../../shared/config/schema';
import { decideNavigation, type NavigationDecision } from '../../../shared/policy/navigation';
import { kioskPaths, STORE_FILE_NAME } from '../config/paths';
import { validateConfigText } from '../config/validate';
import { buildNavigationPolicy } from '../navigation-allowlist';
import { createWorkerAuth } from '../staff/worker-auth';
import type { SupportEvent } from '../stats/support-event';
import { EXIT, type AdminContext, type AdminIo, type CheckOutcome } from './context';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';
/** Long enough for a cold Chromium start on an old kiosk PC. */
export const BROWSER_CHECK_TIMEOUT_MS = 90_000;

export interface NamedCheck {
  readonly name: string;
  readonly outcome: CheckOutcome;
}

const pass = (detail: string): CheckOutcome => ({ status: 'pass', detail });
const failure = (detail: string): CheckOutcome => ({ status: 'fail', detail });
const skip = (detail: string): CheckOutcome => ({ status: 'skip', detail });

/** The configuration in force as the kiosk would read it (without its last known good copy). */
export function checkConfiguration(path: string): { outcome: CheckOutcome; config: KioskConfig } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { outcome: pass(`no file at ${path}: the shipped defaults are in force`), config: DEFAULT_CONFIG };
    return { outcome: failure(`cannot read ${path} (${code ?? 'error'})`), config: DEFAULT_CONFIG };
  }
  const result = validateConfigText(bytes);
  if (result.ok) return { outcome: pass(`${path} is valid`), config: result.config };
  const count = result.problems.length;
  return {
    outcome: failure(`${path} has ${count} problem${count === 1 ? '' : 's'} (see: vierella-admin config validate)`),
    config: DEFAULT_CONFIG,
  };
}

/** Decisions the policy must make for any configuration; a service URL it refuses would be a broken tile. */
export function checkNavigationPolicy(config: KioskConfig): CheckOutcome {
  const policy = buildNavigationPolicy(config);
  const first = config.services[0];
  if (first === undefined) return failure('the configuration has no services');
  const firstHost = new URL(first.url).host;
  const expectations: [string, (d: NavigationDecision) => boolean, string][] = [
    ...config.services.map((s): [string, (d: NavigationDecision) => boolean, string] => [s.url, (d) => d.allowed, `service ${s.id} allowed`]),
    [first.url.replace(/^https:/, 'http:'), (d) => !d.allowed && d.reason === 'not-https', 'plain http refused'],
    [`https://user:secret@${firstHost}/`, (d) => !d.allowed && d.reason === 'credentials', 'credentials in a URL refused'],
    ['https://vierella-self-test.invalid/', (d) => !d.allowed && d.reason === 'not-allowed', 'a host off the allowlist refused'],
    ['javascript:alert(1)', (d) => !d.allowed, 'javascript: refused'],
    ['file:///etc/passwd', (d) => !d.allowed, 'file: refused'],
  ];
  const wrong = expectations.filter(([url, expected]) => !expected(decideNavigation(url, policy))).map(([, , what]) => what);
  return wrong.length === 0 ? pass(`${expectations.length} decisions as expected`) : failure(`wrong decisions: ${wrong.join('; ')}`);
}

function sampleEvent(day: string): SupportEvent {
  return {
    day,
    hour: 12,
    durationBucket: '5-15min',
    language: 'fi',
    level: null,
    needCategory: null,
    goal: null,
    route: null,
    accessibility: 0,
    assistUsed: true,
    outcome: 'helped',
    referralCategory: null,
  };
}

/** A store in a temporary folder: written, closed, reopened and read back. */
export async function checkStore(context: AdminContext): Promise<CheckOutcome> {
  const dir = mkdtempSync(join(tmpdir(), 'vierella-self-test-'));
  const path = join(dir, STORE_FILE_NAME);
  try {
    const day = context.now().toISOString().slice(0, 10);
    let store = context.openStore(path);
    try {
      store.configStore.put('lastKnownGood', { defaultLanguage: 'sv' });
      const auth = createWorkerAuth({ store, ...(context.scrypt ? { scrypt: context.scrypt } : {}) });
      await auth.setPin('24681357');
      if (!(await auth.verify('24681357')).ok) return failure('a PIN that was just set was refused');
      if ((await auth.verify('13572468')).ok) return failure('a wrong PIN was accepted');
      store.supportEvents.insert(sampleEvent(day));
    } finally {
      store.close();
    }
    store = context.openStore(path);
    try {
      const journal = store.pragmas().journalMode;
      if (journal !== 'wal') return failure(`the journal mode is ${journal}, not WAL`);
      const saved = store.configStore.get('lastKnownGood')?.value as { defaultLanguage?: string } | undefined;
      if (saved?.defaultLanguage !== 'sv') return failure('the configuration did not survive a reopen');
      const actions = store.audit.list({ limit: 10 }).map((e) => e.action);
      if (!actions.includes('pin.set') || !actions.includes('assist.enter') || !actions.includes('assist.pin-failed')) {
        return failure('the audit log lacks the PIN entries');
      }
      const csv = store.supportEvents.exportCsv(day, day).trim().split(/\r?\n/);
      if (csv.length !== 2) return failure(`the statistics export has ${csv.length - 1} rows, not 1`);
      return pass(`SQLite (WAL, schema v${store.schemaVersion}), PIN hashing, audit log and statistics round-trip`);
    } finally {
      store.close();
    }
  } catch (error) {
    return failure(`${(error as Error).name}: ${(error as Error).message}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The log folder (or, before the kiosk first started, the folder it will be created in) takes writes. */
export function checkLogFolder(logDir: string, access: (path: string, mode: number) => void = accessSync): CheckOutcome {
  let probe = logDir;
  while (!existsSync(probe) && dirname(probe) !== probe) probe = dirname(probe);
  try {
    access(probe, constants.W_OK);
  } catch {
    return failure(`${probe} is not writable for this user (the kiosk must be able to write ${logDir})`);
  }
  return pass(probe === logDir ? `${logDir} is writable` : `${logDir} will be created in ${probe}`);
}

async function withTimeout(check: () => Promise<CheckOutcome>, ms: number): Promise<CheckOutcome> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<CheckOutcome>((resolve) => {
    timer = setTimeout(() => resolve(failure(`no answer within ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([check().catch((error: unknown) => failure(`${(error as Error).name}: ${(error as Error).message}`)), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export async function runSelfTest(browser: boolean, io: AdminIo, context: AdminContext, chromiumPath: string = DEBIAN_CHROMIUM): Promise<number> {
  const paths = kioskPaths(context.platform, context.env, context.homeDir);
  const checks: NamedCheck[] = [];
  const record = (name: string, outcome: CheckOutcome) => {
    checks.push({ name, outcome });
    const label = { pass: 'ok  ', fail: 'FAIL', skip: 'skip' }[outcome.status];
    io.out(`${label}  ${name}: ${outcome.detail}`);
  };

  const configuration = checkConfiguration(paths.configFile);
  record('configuration', configuration.outcome);
  record('navigation policy', checkNavigationPolicy(configuration.config));
  record('store', await checkStore(context));
  record('log folder', checkLogFolder(paths.logDir));
  if (!browser) record('browser-host wipe', skip('--no-browser'));
  else if (context.browserWipeCheck === undefined) record('browser-host wipe', skip('not part of the packaged app (the kiosk verifies every wipe itself)'));
  else if (!existsSync(chromiumPath)) record('browser-host wipe', skip(`no Chromium at ${chromiumPath}`));
  else record('browser-host wipe', await withTimeout(context.browserWipeCheck, BROWSER_CHECK_TIMEOUT_MS));

  const failed = checks.filter((c) => c.outcome.status === 'fail').map((c) => c.name);
  io.out(failed.length === 0 ? 'self-test: PASS' : `self-test: FAIL (${failed.join(', ')})`);
  return failed.length === 0 ? EXIT.ok : EXIT.failed;
}
