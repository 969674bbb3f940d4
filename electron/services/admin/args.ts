/**
 * The admin CLI's command line: `vierella-admin <command> [options]`, parsed by hand into a
 * typed command (no dependency, and errors worded for IT rather than for developers).
 */
import { isCalendarDay } from '../stats/calendar-day';

export type AdminCommand =
  | { readonly kind: 'help' }
  | { readonly kind: 'where' }
  | { readonly kind: 'pin-set'; readonly pinFromStdin: boolean }
  | { readonly kind: 'pin-reset' }
  | { readonly kind: 'config-validate'; readonly file: string | null }
  | { readonly kind: 'stats-export'; readonly from: string; readonly to: string; readonly out: string | null }
  | { readonly kind: 'audit'; readonly limit: number }
  | { readonly kind: 'self-test'; readonly browser: boolean };

export type ParsedArgs = { readonly ok: true; readonly command: AdminCommand } | { readonly ok: false; readonly error: string };

export const DEFAULT_AUDIT_LIMIT = 50;
export const MAX_AUDIT_LIMIT = 10_000;

export const USAGE = `Usage: vierella-admin <command> [options]

Commands:
  where                                  print the configuration file, data folder and log folder
  config validate [<file>]               check a configuration file (default: the one in force);
                                         prints every problem as file:line:column, exit 1 if invalid
  pin set [--pin-stdin]                  set the staff PIN (4-12 digits); asks twice without echo,
                                         or reads one line from standard input with --pin-stdin
  pin reset                              remove the staff PIN (assist mode stays closed until a new one)
  stats export --from YYYY-MM-DD --to YYYY-MM-DD [--out file.csv]
                                         anonymous support statistics as CSV (standard output by default)
  audit [--limit N]                      the newest audit entries (default ${DEFAULT_AUDIT_LIMIT})
  self-test [--no-browser]               navigation policy, configuration, store and wipe checks;
                                         ends with "self-test: PASS" (exit 0) or "self-test: FAIL (...)" (exit 1)
  help                                   this text

Environment: VIERELLA_CONFIG, VIERELLA_DATA, VIERELLA_LOGS override the system paths.`;

const fail = (error: string): ParsedArgs => ({ ok: false, error });
const ok = (command: AdminCommand): ParsedArgs => ({ ok: true, command });

interface Options {
  readonly flags: ReadonlySet<string>;
  readonly values: ReadonlyMap<string, string>;
  readonly positionals: readonly string[];
}

/**
 * Splits `--name value`, `--name=value` and `--flag`; anything not listed is an error, so a
 * typo never silently runs a different command than IT meant.
 */
function options(args: readonly string[], known: { flags?: readonly string[]; values?: readonly string[] }): Options | string {
  const flags = new Set<string>();
  const values = new Map<string, string>();
  const positionals: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
    if (known.flags?.includes(name)) {
      if (eq >= 0) return `--${name} takes no value`;
      flags.add(name);
    } else if (known.values?.includes(name)) {
      const value = eq >= 0 ? arg.slice(eq + 1) : args[++i];
      if (value === undefined || value === '' || (eq < 0 && value.startsWith('--'))) return `--${name} needs a value`;
      if (values.has(name)) return `--${name} is given twice`;
      values.set(name, value);
    } else {
      return `unknown option ${arg.length > 40 ? `${arg.slice(0, 40)}…` : arg}`;
    }
  }
  return { flags, values, positionals };
}

function noPositionals(parsed: Options, command: string): string | null {
  return parsed.positionals.length > 0 ? `${command} takes no argument ${JSON.stringify(parsed.positionals[0])}` : null;
}

export function parseAdminArgs(argv: readonly string[]): ParsedArgs {
  const [first, second, ...rest] = argv;
  if (first === undefined || first === 'help' || first === '--help' || first === '-h') return ok({ kind: 'help' });

  switch (first) {
    case 'where': {
      const parsed = options(argv.slice(1), {});
      if (typeof parsed === 'string') return fail(parsed);
      const extra = noPositionals(parsed, 'where');
      return extra === null ? ok({ kind: 'where' }) : fail(extra);
    }
    case 'pin': {
      if (second === 'set') {
        const parsed = options(rest, { flags: ['pin-stdin'] });
        if (typeof parsed === 'string') return fail(parsed);
        // A PIN on the command line would land in the shell history and the process list.
        if (parsed.positionals.length > 0) return fail('pin set takes no PIN on the command line: type it when asked, or use --pin-stdin');
        return ok({ kind: 'pin-set', pinFromStdin: parsed.flags.has('pin-stdin') });
      }
      if (second === 'reset') {
        const parsed = options(rest, {});
        if (typeof parsed === 'string') return fail(parsed);
        const extra = noPositionals(parsed, 'pin reset');
        return extra === null ? ok({ kind: 'pin-reset' }) : fail(extra);
      }
      return fail('pin needs a subcommand: pin set, or pin reset');
    }
    case 'config': {
      if (second !== 'validate') return fail('config needs a subcommand: config validate [<file>]');
      const parsed = options(rest, {});
      if (typeof parsed === 'string') return fail(parsed);
      if (parsed.positionals.length > 1) return fail('config validate takes one file');
      return ok({ kind: 'config-validate', file: parsed.positionals[0] ?? null });
    }
    case 'stats': {
      if (second !== 'export') return fail('stats needs a subcommand: stats export --from YYYY-MM-DD --to YYYY-MM-DD');
      const parsed = options(rest, { values: ['from', 'to', 'out'] });
      if (typeof parsed === 'string') return fail(parsed);
      const extra = noPositionals(parsed, 'stats export');
      if (extra !== null) return fail(extra);
      const from = parsed.values.get('from');
      const to = parsed.values.get('to');
      if (from === undefined || to === undefined) return fail('stats export needs --from YYYY-MM-DD and --to YYYY-MM-DD');
      for (const [name, day] of [
        ['--from', from],
        ['--to', to],
      ] as const) {
        if (!isCalendarDay(day)) return fail(`${name} must be a date as YYYY-MM-DD (e.g. 2025-01-31)`);
      }
      if (to < from) return fail('--to is before --from');
      return ok({ kind: 'stats-export', from, to, out: parsed.values.get('out') ?? null });
    }
    case 'audit': {
      const parsed = options(argv.slice(1), { values: ['limit'] });
      if (typeof parsed === 'string') return fail(parsed);
      const extra = noPositionals(parsed, 'audit');
      if (extra !== null) return fail(extra);
      const text = parsed.values.get('limit');
      const limit = text === undefined ? DEFAULT_AUDIT_LIMIT : Number(text);
      if (!/^\d+$/.test(text ?? '1') || !Number.isInteger(limit) || limit < 1 || limit > MAX_AUDIT_LIMIT) {
        return fail(`--limit must be a whole number from 1 to ${MAX_AUDIT_LIMIT}`);
      }
      return ok({ kind: 'audit', limit });
    }
    case 'self-test': {
      const parsed = options(argv.slice(1), { flags: ['no-browser'] });
      if (typeof parsed === 'string') return fail(parsed);
      const extra = noPositionals(parsed, 'self-test');
      return extra === null ? ok({ kind: 'self-test', browser: !parsed.flags.has('no-browser') }) : fail(extra);
    }
    default:
      return fail(`unknown command ${JSON.stringify(first.length > 40 ? `${first.slice(0, 40)}…` : first)}`);
  }
}
