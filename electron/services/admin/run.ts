/**
 * The admin CLI without its process: argv in, lines out, an exit code back. cli.ts binds it to
 * a real terminal; the tests call it with a fake one.
 */
import { parseAdminArgs, USAGE, type AdminCommand } from './args';
import { runAudit } from './audit';
import { runConfigValidate } from './config-validate';
import { EXIT, type AdminContext, type AdminIo } from './context';
import { runPinReset, runPinSet } from './pin';
import { checkConfiguration, runSelfTest } from './self-test';
import { runStatsExport } from './stats-export';
import { runWhere } from './where';
import { kioskPaths } from '../config/paths';
import type { KioskStore } from '../store/store';

type StoreCommand = Extract<AdminCommand, { kind: 'pin-set' | 'pin-reset' | 'stats-export' | 'audit' }>;

async function withStore(command: StoreCommand, io: AdminIo, context: AdminContext): Promise<number> {
  const paths = kioskPaths(context.platform, context.env, context.homeDir);
  const refusal = context.storeWriteProblem?.(paths.dataDir) ?? null;
  if (refusal !== null) {
    io.err(refusal);
    return EXIT.failed;
  }
  // The PIN lockout follows the configuration in force, as in the kiosk.
  const { config } = checkConfiguration(paths.configFile);
  let store: KioskStore;
  try {
    store = context.openStore(paths.storeFile);
  } catch (error) {
    io.err(`cannot open the store ${paths.storeFile}: ${(error as Error).message}`);
    return EXIT.failed;
  }
  try {
    switch (command.kind) {
      case 'pin-set':
        return await runPinSet(command.pinFromStdin, store, config, io, context);
      case 'pin-reset':
        return runPinReset(store, config, io);
      case 'stats-export':
        return runStatsExport(command.from, command.to, command.out, store, io);
      case 'audit':
        return runAudit(command.limit, store, io);
    }
  } finally {
    store.close();
  }
}

export async function runAdmin(argv: readonly string[], io: AdminIo, context: AdminContext): Promise<number> {
  const parsed = parseAdminArgs(argv);
  if (!parsed.ok) {
    io.err(`vierella-admin: ${parsed.error}`);
    io.err('Run "vierella-admin help" for the commands.');
    return EXIT.usage;
  }
  const { command } = parsed;
  try {
    switch (command.kind) {
      case 'help':
        io.out(USAGE);
        return EXIT.ok;
      case 'where':
        return runWhere(io, context);
      case 'config-validate':
        return runConfigValidate(command.file, io, context);
      case 'self-test':
        return await runSelfTest(command.browser, io, context);
      default:
        return await withStore(command, io, context);
    }
  } catch (error) {
    // Messages only: a stack trace helps no one at a service point, and could carry paths.
    io.err(`vierella-admin: ${(error as Error).message}`);
    return EXIT.failed;
  }
}
