/**
 * The admin CLI's terminal: a PIN typed without echo, standard input for --pin-stdin, and the
 * refusal to write the kiosk's store as the wrong user.
 */
import { statSync } from 'node:fs';

/** The parts of process.stdin the secret prompt uses (a fake in tests). */
export interface SecretInput {
  readonly isTTY?: boolean;
  setRawMode?(mode: boolean): unknown;
  setEncoding(encoding: BufferEncoding): unknown;
  resume(): unknown;
  pause(): unknown;
  on(event: 'data', listener: (chunk: string) => void): unknown;
  off(event: 'data', listener: (chunk: string) => void): unknown;
}

export class CancelledError extends Error {
  override readonly name = 'CancelledError';
  constructor() {
    super('cancelled');
  }
}

/**
 * Reads one line in raw mode, echoing nothing (not even asterisks: their count would tell
 * a bystander the PIN's length). Backspace edits, Enter ends, Ctrl+C cancels. Null without a TTY.
 */
export function readSecret(prompt: string, input: SecretInput, output: { write(text: string): unknown }): Promise<string | null> {
  if (!input.isTTY || input.setRawMode === undefined) return Promise.resolve(null);
  const setRawMode = input.setRawMode.bind(input);
  output.write(prompt);
  setRawMode(true);
  input.setEncoding('utf8');
  input.resume();
  return new Promise((resolve, reject) => {
    let value = '';
    const finish = (result: string | null, error?: Error) => {
      input.off('data', onData);
      setRawMode(false);
      input.pause();
      output.write('\n');
      if (error) reject(error);
      else resolve(result);
    };
    function onData(chunk: string): void {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n' || ch === '\u0004') return finish(value);
        if (ch === '\u0003') return finish(null, new CancelledError());
        if (ch === '\u007f' || ch === '\b') value = value.slice(0, -1);
        else if (ch >= ' ') value += ch;
      }
    }
    input.on('data', onData);
  });
}

export async function readAll(input: AsyncIterable<string | Buffer>): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of input) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * On Linux the kiosk runs as its own user and owns its data folder; root writing there would
 * leave a store (and its WAL files) the kiosk cannot open. Refuse, and say how to run it.
 */
export function ownerProblem(dataDir: string, uid: number | undefined, stat: (path: string) => { uid: number } = statSync): string | null {
  if (uid !== 0) return null;
  let owner: number;
  try {
    owner = stat(dataDir).uid;
  } catch {
    return null;
  }
  if (owner === 0) return null;
  return `${dataDir} belongs to the kiosk's user (uid ${owner}), not root: run this as that user, e.g. sudo -u vierella vierella-admin …`;
}
