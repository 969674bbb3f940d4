/**
 * `pin set` and `pin reset`: the staff PIN, through the same worker-auth module the kiosk
 * uses, so hashing, the lockout reset and the audit entries are the kiosk's own.
 */
import type { KioskConfig } from '../../../shared/config/schema';
import { createWorkerAuth } from '../staff/worker-auth';
import { isValidPinFormat } from '../staff/pin-hash';
import type { KioskStore } from '../store/store';
import { EXIT, type AdminContext, type AdminIo } from './context';

const PIN_RULE = 'a PIN is 4 to 12 digits (0-9)';

async function readPin(io: AdminIo, fromStdin: boolean): Promise<{ pin: string } | { error: string }> {
  if (fromStdin) {
    // One line; the rest of the input, if any, is ignored rather than taken as part of the PIN.
    const first = (await io.readStdin()).split(/\r?\n/)[0] ?? '';
    return { pin: first.trim() };
  }
  const pin = await io.readSecret('New staff PIN: ');
  if (pin === null) return { error: 'no terminal to ask on: pipe the PIN in with --pin-stdin' };
  if (!isValidPinFormat(pin)) return { error: PIN_RULE };
  const again = await io.readSecret('The same PIN again: ');
  if (again !== pin) return { error: 'the two PINs differ; nothing was changed' };
  return { pin };
}

export async function runPinSet(fromStdin: boolean, store: KioskStore, config: KioskConfig, io: AdminIo, context: AdminContext): Promise<number> {
  const read = await readPin(io, fromStdin);
  if ('error' in read) {
    io.err(read.error);
    return EXIT.failed;
  }
  if (!isValidPinFormat(read.pin)) {
    io.err(PIN_RULE);
    return EXIT.failed;
  }
  const auth = createWorkerAuth({ store, lockout: config.assist.pinLockout, ...(context.scrypt ? { scrypt: context.scrypt } : {}) });
  const replaced = auth.hasPin();
  await auth.setPin(read.pin);
  io.out(replaced ? 'The staff PIN was changed.' : 'The staff PIN was set.');
  return EXIT.ok;
}

export function runPinReset(store: KioskStore, config: KioskConfig, io: AdminIo): number {
  const auth = createWorkerAuth({ store, lockout: config.assist.pinLockout });
  const had = auth.hasPin();
  auth.resetPin();
  io.out(had ? 'The staff PIN was removed: assist mode stays closed until a new PIN is set.' : 'There was no staff PIN; the lockout was cleared.');
  return EXIT.ok;
}
