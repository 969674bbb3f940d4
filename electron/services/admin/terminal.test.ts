import { EventEmitter } from 'node:events';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { adminArgv } from './process-io';
import { CancelledError, ownerProblem, readAll, readSecret, type SecretInput } from './terminal';

/** A terminal that types `keys` once the prompt is up, and records raw mode. */
function fakeTty(keys: string[], isTTY = true): SecretInput & { rawModes: boolean[] } {
  const emitter = new EventEmitter();
  const rawModes: boolean[] = [];
  return {
    isTTY,
    rawModes,
    setRawMode: (mode: boolean) => rawModes.push(mode),
    setEncoding: () => undefined,
    resume: () => {
      queueMicrotask(() => {
        for (const chunk of keys) emitter.emit('data', chunk);
      });
    },
    pause: () => undefined,
    on: (event, listener) => emitter.on(event, listener),
    off: (event, listener) => emitter.off(event, listener),
  };
}

function sink(): { write(text: string): void; text: string } {
  return {
    text: '',
    write(text) {
      this.text += text;
    },
  };
}

describe('readSecret', () => {
  it('reads a line without echoing it, and restores the terminal', async () => {
    const input = fakeTty(['12', '34\r']);
    const output = sink();
    expect(await readSecret('PIN: ', input, output)).toBe('1234');
    expect(output.text).toBe('PIN: \n');
    expect(input.rawModes).toEqual([true, false]);
  });

  it('lets backspace correct a digit', async () => {
    expect(await readSecret('PIN: ', fakeTty(['129\u007f3\n']), sink())).toBe('123');
  });

  it('cancels on Ctrl+C', async () => {
    const input = fakeTty(['12\u0003']);
    await expect(readSecret('PIN: ', input, sink())).rejects.toBeInstanceOf(CancelledError);
    expect(input.rawModes).toEqual([true, false]);
  });

  it('answers null when there is no terminal, without prompting', async () => {
    const output = sink();
    expect(await readSecret('PIN: ', fakeTty(['1234\n'], false), output)).toBeNull();
    expect(output.text).toBe('');
  });
});

describe('readAll', () => {
  it('collects standard input as text', async () => {
    expect(await readAll(Readable.from([Buffer.from('12'), Buffer.from('34\n')]))).toBe('1234\n');
  });
});

describe('ownerProblem', () => {
  it('refuses root on a data folder owned by the kiosk user', () => {
    expect(ownerProblem('/var/lib/vierella', 0, () => ({ uid: 998 }))).toMatch(/belongs to the kiosk's user \(uid 998\), not root: .*sudo -u vierella/);
  });

  it('lets the owner, root on root’s folder, and a missing folder through', () => {
    expect(ownerProblem('/var/lib/vierella', 998, () => ({ uid: 998 }))).toBeNull();
    expect(ownerProblem('/root/.config/Vierella', 0, () => ({ uid: 0 }))).toBeNull();
    const missing = () => {
      throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
    };
    expect(ownerProblem('/nowhere', 0, missing)).toBeNull();
  });
});

describe('adminArgv', () => {
  it('finds the admin command line after --admin, with or without --', () => {
    expect(adminArgv(['/usr/bin/vierella', '--ozone-platform=headless', '--admin', '--', 'pin', 'set'])).toEqual(['pin', 'set']);
    expect(adminArgv(['/usr/bin/vierella', '--admin', 'where'])).toEqual(['where']);
    expect(adminArgv(['electron', '.', '--admin'])).toEqual([]);
  });

  it('is null when the app starts as the kiosk', () => {
    expect(adminArgv(['/usr/bin/vierella', '--ozone-platform=wayland'])).toBeNull();
  });
});
