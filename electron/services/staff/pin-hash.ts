/**
 * Worker PINs as scrypt hashes. A 4–12 digit PIN has little entropy, so what protects it is
 * the cost of each guess (scrypt is memory-hard) and the lockout in worker-auth.ts; the random
 * salt makes every kiosk's hash different. The parameters are stored with the hash so they can
 * be raised later: a successful entry with older parameters re-hashes the PIN.
 */
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

export interface ScryptParams {
  /** N: CPU/memory cost, a power of two. */
  readonly cost: number;
  /** r */
  readonly blockSize: number;
  /** p */
  readonly parallelism: number;
  /** Bytes of derived key. */
  readonly keyLength: number;
}

/** N=2^15, r=8, p=1: about 32 MiB and some tens of milliseconds per guess. */
export const DEFAULT_SCRYPT_PARAMS: ScryptParams = Object.freeze({ cost: 2 ** 15, blockSize: 8, parallelism: 1, keyLength: 32 });
export const SALT_BYTES = 16;

export interface PinHash {
  readonly params: ScryptParams;
  readonly hash: Buffer;
  readonly salt: Buffer;
}

/** Digits 0–9 only (not other scripts' digits: the PIN pad has these), 4 to 12 of them. */
const PIN_PATTERN = /^[0-9]{4,12}$/;

export class PinFormatError extends Error {
  override readonly name = 'PinFormatError';
}

export function isValidPinFormat(pin: unknown): pin is string {
  return typeof pin === 'string' && PIN_PATTERN.test(pin);
}

function assertParams(params: ScryptParams): void {
  const { cost, blockSize, parallelism, keyLength } = params;
  const powerOfTwo = Number.isInteger(cost) && cost >= 1024 && cost <= 2 ** 20 && (cost & (cost - 1)) === 0;
  const small = (value: number, max: number) => Number.isInteger(value) && value >= 1 && value <= max;
  if (!powerOfTwo || !small(blockSize, 32) || !small(parallelism, 16) || !small(keyLength, 64) || keyLength < 16) {
    throw new Error('scrypt parameters out of range: N a power of two 2^10…2^20, r 1…32, p 1…16, key 16…64 bytes');
  }
}

function derive(pin: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  assertParams(params);
  const { cost, blockSize, parallelism, keyLength } = params;
  // Node refuses above maxmem (32 MiB by default), which N=2^15, r=8 needs exactly: leave headroom.
  const maxmem = 128 * cost * blockSize + 128 * blockSize * parallelism + 16 * 1024 * 1024;
  return new Promise((resolve, reject) => {
    scrypt(pin, salt, keyLength, { cost, blockSize, parallelization: parallelism, maxmem }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

/** Hashes a PIN; throws PinFormatError unless it is 4–12 digits. */
export async function hashPin(pin: string, params: ScryptParams = DEFAULT_SCRYPT_PARAMS): Promise<PinHash> {
  if (!isValidPinFormat(pin)) throw new PinFormatError('a PIN is 4 to 12 digits (0–9), nothing else');
  const salt = randomBytes(SALT_BYTES);
  return { params, hash: await derive(pin, salt, params), salt };
}

/** Whether `pin` is the hashed PIN; the comparison takes the same time wherever the bytes differ. */
export async function pinMatches(pin: string, stored: PinHash): Promise<boolean> {
  const candidate = await derive(pin, stored.salt, { ...stored.params, keyLength: stored.hash.length });
  // Lengths are equal by construction (keyLength is the stored hash's length).
  return timingSafeEqual(candidate, stored.hash);
}

/** True when the stored hash was made with weaker parameters than `wanted`. */
export function isWeakerThan(stored: ScryptParams, wanted: ScryptParams): boolean {
  return stored.cost < wanted.cost || stored.blockSize < wanted.blockSize || stored.parallelism < wanted.parallelism || stored.keyLength < wanted.keyLength;
}
