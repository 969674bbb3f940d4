/**
 * Malformed configuration files as IT might write them. For each: the kiosk keeps running on
 * the last known good configuration, and the problem names the line to fix.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../../shared/config/defaults';
import { createMemoryLastKnownGood } from './last-known-good';
import { loadKioskConfig } from './load';
import { formatProblem, MAX_CONFIG_BYTES, validateConfigText } from './validate';

const lines = (...rows: string[]) => rows.join('\n');
const service = (id: string, url: string) => ({ id, name: { fi: id, sv: id, en: id }, description: { fi: 'x', sv: 'x', en: 'x' }, url });
/** JSON laid out one key per line, like a hand-edited file. */
const pretty = (value: unknown) => JSON.stringify(value, null, 2);

/** The previous, valid file: Swedish by default. */
const GOOD = pretty({ defaultLanguage: 'sv' });

interface Case {
  readonly name: string;
  readonly file: string | Uint8Array;
  readonly line: number;
  readonly message: RegExp;
}

const cases: Case[] = [
  { name: 'a missing comma', file: lines('{', '  "defaultLanguage": "fi"', '  "wipeRetrySeconds": 10', '}'), line: 3, message: /expected , or \}/ },
  { name: 'a trailing comma', file: lines('{', '  "defaultLanguage": "fi",', '}'), line: 3, message: /trailing comma/ },
  { name: 'a comment', file: lines('{', '  "wipeRetrySeconds": 10, // retry often', '}'), line: 2, message: /comments are not allowed/ },
  { name: 'an unclosed string', file: lines('{', '  "defaultLanguage": "fi', '}'), line: 2, message: /never closed/ },
  { name: 'an empty file', file: '', line: 1, message: /empty/ },
  { name: 'a list instead of an object', file: lines('[', '  "fi"', ']'), line: 1, message: /one JSON object/ },
  { name: 'a number as a string', file: lines('{', '  "wipeRetrySeconds": "30"', '}'), line: 2, message: /wipeRetrySeconds: .*expected number/ },
  { name: 'an unknown top-level key', file: lines('{', '  "defaultLanguage": "fi",', '  "idleTimeout": 60', '}'), line: 3, message: /unknown key "idleTimeout"/ },
  {
    name: 'an unknown nested key',
    file: lines('{', '  "idle": {', '    "timeoutSeconds": 60,', '    "warningSecs": 30,', '    "warningSeconds": 30,', '    "endConfirmSeconds": 30', '  }', '}'),
    line: 4,
    message: /idle\.warningSecs: unknown key/,
  },
  {
    name: 'an incomplete section',
    file: lines('{', '  "idle": {', '    "timeoutSeconds": 60', '  }', '}'),
    line: 2,
    message: /idle\.warningSeconds: is missing/,
  },
  {
    name: 'an http service',
    file: pretty({ services: [service('kela', 'https://www.kela.fi/'), service('vero', 'http://www.vero.fi/')] }),
    line: 29,
    message: /services\[1\]\.url: service URLs must use https/,
  },
  { name: 'a host pattern with a path', file: pretty({ allowedHosts: ['*.kela.fi', 'suomi.fi/viestit'] }), line: 4, message: /allowedHosts\[1\]: a host name/ },
  { name: 'a wildcard in the middle of a host', file: pretty({ identificationHosts: ['tunnistus.*.fi'] }), line: 3, message: /identificationHosts\[0\]/ },
  {
    name: 'duplicate service ids',
    file: pretty({ services: [service('kela', 'https://www.kela.fi/'), service('kela', 'https://www.kela.fi/asiointi')] }),
    line: 18,
    message: /services\[1\]\.id: the service id kela is used twice/,
  },
  { name: 'a default language not offered', file: lines('{', '  "languages": ["sv", "en"]', '}'), line: 2, message: /default language fi is not among/ },
  { name: 'a language the kiosk does not speak', file: lines('{', '  "languages": ["fi", "de"]', '}'), line: 2, message: /languages\[1\]/ },
  {
    name: 'an idle warning shorter than WCAG allows',
    file: lines('{', '  "idle": { "timeoutSeconds": 60,', '    "warningSeconds": 5, "endConfirmSeconds": 30 }', '}'),
    line: 3,
    message: /idle\.warningSeconds: Too small/,
  },
  { name: 'a huge file', file: `{ "x": "${'a'.repeat(MAX_CONFIG_BYTES)}" }`, line: 1, message: /at most 512 kB/ },
  { name: 'a UTF-16 file (PowerShell redirection)', file: new Uint8Array([0xff, 0xfe, ...Buffer.from('{}', 'utf16le')]), line: 1, message: /UTF-16/ },
  {
    name: 'an ANSI ä',
    file: Buffer.concat([Buffer.from('{\n  "branding": {\n    "name": "Suomi-piste Hyvink'), Buffer.from([0xe4]), Buffer.from('\u00e4"\n  }\n}')]),
    line: 3,
    message: /not UTF-8/,
  },
  { name: 'nested junk', file: lines('{', '  "referrals": ', `    ${'['.repeat(40)}${']'.repeat(40)}`, '}'), line: 3, message: /nested more than 32/ },
  {
    name: 'a referral with an http address',
    file: pretty({ referrals: [{ id: 'library', kind: 'learning', name: { fi: 'Kirjasto', sv: 'Bibliotek', en: 'Library' }, web: 'http://www.helmet.fi/', visit: true }] }),
    line: 11,
    message: /referrals\[0\]\.web/,
  },
  {
    name: 'a referral of an unknown kind',
    file: pretty({ referrals: [{ id: 'library', kind: 'shop', name: { fi: 'K', sv: 'B', en: 'L' }, web: null, visit: true }] }),
    line: 5,
    message: /referrals\[0\]\.kind/,
  },
  {
    name: 'duplicate referral ids',
    file: pretty({
      referrals: [
        { id: 'library', kind: 'learning', name: { fi: 'K', sv: 'B', en: 'L' }, web: null, visit: true },
        { id: 'library', kind: 'learning', name: { fi: 'K', sv: 'B', en: 'L' }, web: null, visit: true },
      ],
    }),
    line: 2,
    message: /referrals: referral ids must be unique/,
  },
  {
    name: 'a colour by name in the branding',
    file: pretty({ branding: { name: 'Suomi-piste', logo: null, colours: { primary: 'blue', onPrimary: '#ffffff' } } }),
    line: 6,
    message: /branding\.colours\.primary: a colour as #rrggbb/,
  },
  {
    name: 'branding colours without contrast',
    file: pretty({ branding: { name: 'Suomi-piste', logo: null, colours: { primary: '#777777', onPrimary: '#ffffff' } } }),
    line: 7,
    message: /4\.5:1/,
  },
  {
    name: 'a logo given as a URL',
    file: pretty({ branding: { name: 'Suomi-piste', logo: 'https://example.fi/logo.png', colours: { primary: '#0b4f8a', onPrimary: '#ffffff' } } }),
    line: 4,
    message: /branding\.logo: an absolute path/,
  },
  { name: 'a negative relaunch count', file: pretty({ relaunch: { afterClients: -1, aboveRssMb: 1500 } }), line: 3, message: /relaunch\.afterClients: Too small/ },
  {
    name: 'a permission for a wildcard host',
    file: pretty({ permissions: [{ host: '*.kela.fi', permissions: ['camera'] }] }),
    line: 4,
    message: /permissions\[0\]\.host: a permission names one exact host/,
  },
  {
    name: 'a permission for a host the kiosk never shows',
    file: pretty({ permissions: [{ host: 'camera.example.com', permissions: ['camera'] }] }),
    line: 4,
    message: /never shows it/,
  },
  {
    name: 'a logout URL off the allowlist',
    file: pretty({ services: [{ id: 'kela', name: { fi: 'Kela', sv: 'FPA', en: 'Kela' }, description: { fi: 'a', sv: 'b', en: 'c' }, url: 'https://www.kela.fi/', logoutUrl: 'https://logout.example.com/' }] }),
    line: 16,
    message: /logout URL of kela is not on an allowed host/,
  },
  {
    name: 'a scanner folder inside the session folder',
    file: pretty({ documents: { sessionFolder: '/run/vierella', usbFolder: null, scannerFolder: '/run/vierella/scans', maxFileMegabytes: 20 } }),
    line: 5,
    message: /documents\.scannerFolder must not be inside the session folder/,
  },
  { name: 'a relative USB folder', file: pretty({ documents: { sessionFolder: null, usbFolder: 'usb', scannerFolder: null, maxFileMegabytes: 20 } }), line: 4, message: /documents\.usbFolder: an absolute folder path/ },
  { name: 'a shortcut without a modifier', file: pretty({ assist: { pinLockout: { maxFailures: 5, lockSeconds: 300 }, shortcut: 'H' } }), line: 7, message: /assist\.shortcut/ },
  { name: 'a PIN lockout that never locks', file: pretty({ assist: { pinLockout: { maxFailures: 0, lockSeconds: 300 }, shortcut: 'Control+Alt+H' } }), line: 4, message: /maxFailures/ },
];

describe('a malformed configuration file', () => {
  it('has at least 20 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  it.each(cases)('$name: keeps the last known good configuration and names line $line', ({ file, line, message }) => {
    const lastKnownGood = createMemoryLastKnownGood(GOOD);
    const bytes = typeof file === 'string' ? Buffer.from(file, 'utf8') : file;
    const loaded = loadKioskConfig({ path: '/etc/vierella/config.json', lastKnownGood, readFile: () => bytes });

    expect(loaded.source).toBe('last-known-good');
    expect(loaded.config.defaultLanguage).toBe('sv');
    // The broken file never becomes the new safety copy.
    expect(lastKnownGood.getLastKnownGood()).toBe(GOOD);

    expect(loaded.problems.length).toBeGreaterThan(0);
    const first = loaded.problems[0];
    expect(first?.line).toBe(line);
    const printed = loaded.problems.map((p) => formatProblem(p, 'config.json')).join('\n');
    expect(printed).toMatch(message);
    expect(printed).toMatch(new RegExp(`^config\\.json:${line}:\\d+: `));
  });

  it('falls back to the shipped defaults when there is no earlier valid file', () => {
    const loaded = loadKioskConfig({
      path: '/etc/vierella/config.json',
      lastKnownGood: createMemoryLastKnownGood(),
      readFile: () => Buffer.from('{ "idle": 5 }'),
    });
    expect(loaded.source).toBe('defaults');
    expect(loaded.config).toBe(DEFAULT_CONFIG);
    expect(formatProblem(loaded.problems[0] ?? { line: 0, column: 0, path: '', message: '' })).toMatch(/^line 1:3: idle: /);
  });

  it('reports every problem of a file at once, in line order', () => {
    const result = validateConfigText(lines('{', '  "wipeRetrySeconds": 0,', '  "typo": 1,', '  "defaultLanguage": "xx"', '}'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => [p.line, p.path])).toEqual([[2, 'wipeRetrySeconds'], [3, 'typo'], [4, 'defaultLanguage']]);
  });
});
