import { describe, expect, it } from 'vitest';
import { createConsoleLog } from './console-log';

describe('the console log', () => {
  it('writes JSON lines with the same scrub as the file log: no full URL gets through', () => {
    const lines: string[] = [];
    const log = createConsoleLog((line) => lines.push(line));
    log.warn('content.load-failed', { host: 'www.kela.fi', note: 'https://www.kela.fi/hakemus?hetu=010101-123A' });
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0] ?? '{}') as Record<string, unknown>;
    expect(entry).toMatchObject({ level: 'warn', event: 'content.load-failed', host: 'www.kela.fi' });
    expect(lines[0]).not.toMatch(/hakemus|hetu|010101/);
  });
});
