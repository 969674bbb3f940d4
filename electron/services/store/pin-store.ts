/** The worker PIN hash (one PIN per kiosk) and the lockout state, both surviving restarts. */
import type { Database } from 'better-sqlite3';
import type { PinHash } from '../staff/pin-hash';

export interface StoredPin extends PinHash {
  readonly updatedAt: number;
}

export interface LockoutState {
  /** Wrong PINs since the last success or the end of the last lockout. */
  readonly failures: number;
  /** Entry is refused until this time (ms since the epoch); null when not locked. */
  readonly lockedUntil: number | null;
}

export interface PinStore {
  get(): StoredPin | null;
  set(pin: PinHash): void;
  clear(): void;
  lockout(): LockoutState;
  setLockout(state: LockoutState): void;
}

interface PinRow {
  algorithm: string;
  cost: number;
  block_size: number;
  parallelism: number;
  hash: Buffer;
  salt: Buffer;
  updated_at: number;
}

export function createPinStore(db: Database, now: () => number): PinStore {
  const select = db.prepare<[], PinRow>('SELECT algorithm, cost, block_size, parallelism, hash, salt, updated_at FROM worker_pins WHERE id = 1');
  const upsert = db.prepare<[number, number, number, Buffer, Buffer, number]>(
    `INSERT INTO worker_pins (id, algorithm, cost, block_size, parallelism, hash, salt, updated_at) VALUES (1, 'scrypt', ?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET algorithm = excluded.algorithm, cost = excluded.cost, block_size = excluded.block_size,
       parallelism = excluded.parallelism, hash = excluded.hash, salt = excluded.salt, updated_at = excluded.updated_at`,
  );
  const remove = db.prepare('DELETE FROM worker_pins WHERE id = 1');
  const selectLockout = db.prepare<[], { failures: number; locked_until: number | null }>('SELECT failures, locked_until FROM pin_lockout WHERE id = 1');
  const updateLockout = db.prepare<[number, number | null]>('UPDATE pin_lockout SET failures = ?, locked_until = ? WHERE id = 1');
  return {
    get() {
      const row = select.get();
      if (!row) return null;
      const params = { cost: row.cost, blockSize: row.block_size, parallelism: row.parallelism, keyLength: row.hash.length };
      return { params, hash: row.hash, salt: row.salt, updatedAt: row.updated_at };
    },
    set(pin) {
      if (pin.hash.length !== pin.params.keyLength) throw new Error('the hash length must equal the key length');
      upsert.run(pin.params.cost, pin.params.blockSize, pin.params.parallelism, pin.hash, pin.salt, Math.trunc(now()));
    },
    clear() {
      remove.run();
    },
    lockout() {
      // The migration inserts the row; a missing one would mean a damaged database, read as "not locked".
      const row = selectLockout.get() ?? { failures: 0, locked_until: null };
      return { failures: row.failures, lockedUntil: row.locked_until };
    },
    setLockout(state) {
      updateLockout.run(state.failures, state.lockedUntil === null ? null : Math.trunc(state.lockedUntil));
    },
  };
}
