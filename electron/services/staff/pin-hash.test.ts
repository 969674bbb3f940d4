import { describe, expect, it } from 'vitest';
import { DEFAULT_SCRYPT_PARAMS, hashPin, isValidPinFormat, isWeakerThan, PinFormatError, pinMatches, SALT_BYTES, type ScryptParams } from './pin-hash';

/** Cheap parameters: the tests are about behaviour, not cost. */
const FAST: ScryptParams = { cost: 1024, blockSize: 8, parallelism: 1, keyLength: 32 };

describe('PIN format', () => {
  it.each(['1234', '000000', '123456789012'])('accepts %s', (pin) => expect(isValidPinFormat(pin)).toBe(true));
  it.each(['123', '1234567890123', '12a4', ' 1234', '1234 ', '12.4', '١٢٣٤', '', '-1234'])('refuses %j', (pin) => expect(isValidPinFormat(pin)).toBe(false));
  it('refuses what is not a string', () => expect(isValidPinFormat(1234)).toBe(false));
});

describe('hashPin', () => {
  it('uses scrypt N=2^15, r=8, p=1, a 32-byte key and a 16-byte salt by default', async () => {
    expect(DEFAULT_SCRYPT_PARAMS).toEqual({ cost: 32768, blockSize: 8, parallelism: 1, keyLength: 32 });
    const hashed = await hashPin('4711');
    expect(hashed.params).toEqual(DEFAULT_SCRYPT_PARAMS);
    expect(hashed.hash).toHaveLength(32);
    expect(hashed.salt).toHaveLength(SALT_BYTES);
    expect(SALT_BYTES).toBe(16);
    expect(await pinMatches('4711', hashed)).toBe(true);
  });

  it('never stores the PIN itself, and salts every hash differently', async () => {
    const a = await hashPin('4711', FAST);
    const b = await hashPin('4711', FAST);
    expect(a.hash.toString('utf8')).not.toContain('4711');
    expect(a.hash.toString('hex')).not.toContain(Buffer.from('4711').toString('hex'));
    expect(a.salt.equals(b.salt)).toBe(false);
    expect(a.hash.equals(b.hash)).toBe(false);
  });

  it('verifies the right PIN and refuses a wrong one', async () => {
    const hashed = await hashPin('20250101', FAST);
    expect(await pinMatches('20250101', hashed)).toBe(true);
    expect(await pinMatches('20250102', hashed)).toBe(false);
    expect(await pinMatches('2025010', hashed)).toBe(false);
  });

  it('refuses a PIN that is not 4–12 digits', async () => {
    await expect(hashPin('12ab', FAST)).rejects.toThrow(PinFormatError);
    await expect(hashPin('123', FAST)).rejects.toThrow(/4 to 12 digits/);
  });

  it('refuses parameters out of range', async () => {
    await expect(hashPin('1234', { ...FAST, cost: 1000 })).rejects.toThrow(/power of two/);
    await expect(hashPin('1234', { ...FAST, keyLength: 8 })).rejects.toThrow(/out of range/);
  });
});

describe('isWeakerThan', () => {
  it('is true when any parameter is below the wanted one', () => {
    expect(isWeakerThan(FAST, DEFAULT_SCRYPT_PARAMS)).toBe(true);
    expect(isWeakerThan(DEFAULT_SCRYPT_PARAMS, DEFAULT_SCRYPT_PARAMS)).toBe(false);
    expect(isWeakerThan({ ...DEFAULT_SCRYPT_PARAMS, blockSize: 16 }, DEFAULT_SCRYPT_PARAMS)).toBe(false);
    expect(isWeakerThan({ ...DEFAULT_SCRYPT_PARAMS, parallelism: 2 }, { ...DEFAULT_SCRYPT_PARAMS, parallelism: 3 })).toBe(true);
  });
});
