import { describe, expect, it } from 'vitest';
import { DEFAULT_AUDIT_LIMIT, parseAdminArgs, type AdminCommand } from './args';

describe('parseAdminArgs', () => {
  it.each<[string[], AdminCommand]>([
    [[], { kind: 'help' }],
    [['help'], { kind: 'help' }],
    [['--help'], { kind: 'help' }],
    [['where'], { kind: 'where' }],
    [['pin', 'set'], { kind: 'pin-set', pinFromStdin: false }],
    [['pin', 'set', '--pin-stdin'], { kind: 'pin-set', pinFromStdin: true }],
    [['pin', 'reset'], { kind: 'pin-reset' }],
    [['config', 'validate'], { kind: 'config-validate', file: null }],
    [['config', 'validate', '/etc/vierella/config.json'], { kind: 'config-validate', file: '/etc/vierella/config.json' }],
    [['stats', 'export', '--from', '2025-01-01', '--to', '2025-01-31'], { kind: 'stats-export', from: '2025-01-01', to: '2025-01-31', out: null }],
    [['stats', 'export', '--from=2025-01-01', '--to=2025-01-01', '--out', 'jan.csv'], { kind: 'stats-export', from: '2025-01-01', to: '2025-01-01', out: 'jan.csv' }],
    [['audit'], { kind: 'audit', limit: DEFAULT_AUDIT_LIMIT }],
    [['audit', '--limit', '5'], { kind: 'audit', limit: 5 }],
    [['self-test'], { kind: 'self-test', browser: true }],
    [['self-test', '--no-browser'], { kind: 'self-test', browser: false }],
  ])('%j', (argv, command) => {
    expect(parseAdminArgs(argv)).toEqual({ ok: true, command });
  });

  it.each<[string[], RegExp]>([
    [['frobnicate'], /unknown command "frobnicate"/],
    [['pin'], /pin set, or pin reset/],
    [['pin', 'set', '1234'], /no PIN on the command line/],
    [['pin', 'set', '--pin', '1234'], /unknown option --pin/],
    [['pin', 'reset', 'now'], /takes no argument "now"/],
    [['config'], /config validate/],
    [['config', 'validate', 'a.json', 'b.json'], /one file/],
    [['stats', 'export', '--from', '2025-01-01'], /needs --from YYYY-MM-DD and --to/],
    [['stats', 'export', '--from', '2025-02-30', '--to', '2025-03-01'], /--from must be a date/],
    [['stats', 'export', '--from', '2025-03-01', '--to', '1.3.2025'], /--to must be a date/],
    [['stats', 'export', '--from', '2025-03-02', '--to', '2025-03-01'], /--to is before --from/],
    [['stats', 'export', '--from', '2025-01-01', '--to', '2025-01-02', '--from', '2025-01-01'], /--from is given twice/],
    [['stats', 'export', '--from', '--to', '2025-01-02'], /--from needs a value/],
    [['audit', '--limit', '0'], /--limit must be a whole number/],
    [['audit', '--limit', '1e3'], /--limit must be a whole number/],
    [['audit', '--limit'], /--limit needs a value/],
    [['self-test', '--no-browser=yes'], /takes no value/],
    [['where', 'now'], /takes no argument/],
  ])('refuses %j', (argv, message) => {
    const parsed = parseAdminArgs(argv);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });
});
