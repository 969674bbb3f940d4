import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createFileLog, LOG_FILE_NAME } from './file-log';

const tempDir = () => mkdtempSync(join(tmpdir(), 'vierella-log-'));
const fixedNow = () => new Date('2025-06-01T08:00:00.000Z');
const quiet = { announce: () => undefined, now: fixedNow };

function readLines(file: string): Record<string, unknown>[] {
  return readFileSync(file, 'utf8')
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('createFileLog', () => {
  it('says where it writes, and starts the file with its own location', () => {
    const dir = join(tempDir(), 'logs');
    const told: string[] = [];
    const log = createFileLog({ dir, now: fixedNow, announce: (m) => told.push(m) });
    expect(log.file).toBe(join(dir, LOG_FILE_NAME));
    expect(told).toEqual([`Vierellä log: ${log.file}`]);
    expect(readLines(log.file)).toEqual([{ t: '2025-06-01T08:00:00.000Z', level: 'info', event: 'log.started', dir, maxBytes: 1_000_000, maxFiles: 5 }]);
  });

  it('writes JSON lines with scrubbed details', () => {
    const dir = tempDir();
    const log = createFileLog({ dir, ...quiet });
    log.info('navigation.blocked', { url: 'https://evil.example/phish?user=liisa', reason: 'not-allowed' });
    log.warn('wipe.failed', { findings: 2 });
    expect(readLines(log.file).slice(1)).toEqual([
      { t: '2025-06-01T08:00:00.000Z', level: 'info', event: 'navigation.blocked', url: 'evil.example', reason: 'not-allowed' },
      { t: '2025-06-01T08:00:00.000Z', level: 'warn', event: 'wipe.failed', findings: 2 },
    ]);
    expect(readFileSync(log.file, 'utf8')).not.toContain('liisa');
  });

  it('rotates by size and keeps at most maxFiles files', () => {
    const dir = tempDir();
    const log = createFileLog({ dir, maxBytes: 400, maxFiles: 3, ...quiet });
    for (let n = 0; n < 40; n++) log.info('tick', { n });
    const files = readdirSync(dir).sort();
    expect(files).toEqual([LOG_FILE_NAME, `${LOG_FILE_NAME}.1`, `${LOG_FILE_NAME}.2`]);
    for (const file of files) expect(readFileSync(join(dir, file)).length).toBeLessThanOrEqual(400);
    // Newest in the current file, the ones before it in .1, then .2; nothing lost between them.
    const numbers = [`${LOG_FILE_NAME}.2`, `${LOG_FILE_NAME}.1`, LOG_FILE_NAME].flatMap((f) => readLines(join(dir, f)).map((e) => e['n']));
    const last = numbers.filter((n): n is number => typeof n === 'number');
    expect(last[last.length - 1]).toBe(39);
    expect(last).toEqual(Array.from({ length: last.length }, (_, i) => 40 - last.length + i));
  });

  it('continues an existing file and counts its size', () => {
    const dir = tempDir();
    writeFileSync(join(dir, LOG_FILE_NAME), `${'x'.repeat(350)}\n`);
    const log = createFileLog({ dir, maxBytes: 400, ...quiet });
    log.info('after.restart');
    expect(readdirSync(dir).sort()).toEqual([LOG_FILE_NAME, `${LOG_FILE_NAME}.1`]);
    expect(readFileSync(join(dir, `${LOG_FILE_NAME}.1`), 'utf8')).toBe(`${'x'.repeat(350)}\n`);
  });

  it('never throws when the disk refuses, and says so once on stderr', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'not-a-folder'), '');
    const complaints: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      complaints.push(String(chunk));
      return true;
    });
    try {
      const blocked = createFileLog({ dir: join(dir, 'not-a-folder', 'logs'), ...quiet });
      expect(() => {
        blocked.info('still.running');
        blocked.warn('still.running');
      }).not.toThrow();
    } finally {
      spy.mockRestore();
    }
    expect(complaints).toHaveLength(1);
    expect(complaints[0]).toMatch(/cannot write the log .*kiosk\.log: ENOTDIR/);
  });

  it('echoes every line', () => {
    const echoed: string[] = [];
    const log = createFileLog({ dir: tempDir(), echo: (line) => echoed.push(line), ...quiet });
    log.info('seen');
    expect(echoed.map((line) => (JSON.parse(line) as { event: string }).event)).toEqual(['log.started', 'seen']);
  });
});
