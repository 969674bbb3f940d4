import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../shared/config/defaults';
import { loadConfigFile, parseConfigText } from './config-loader';

describe('parseConfigText', () => {
  it('merges a partial file over the defaults', () => {
    const result = parseConfigText(JSON.stringify({ idle: { timeoutSeconds: 60, warningSeconds: 25, endConfirmSeconds: 30 } }));
    expect(result.problems).toEqual([]);
    expect(result.source).toBe('file');
    expect(result.config.idle.timeoutSeconds).toBe(60);
    expect(result.config.services).toEqual(DEFAULT_CONFIG.services);
  });

  it.each([
    ['not JSON', '{ idle: ', /not valid JSON/],
    ['an array', '[]', /one JSON object/],
    ['a warning shorter than WCAG allows', JSON.stringify({ idle: { timeoutSeconds: 60, warningSeconds: 5, endConfirmSeconds: 30 } }), /idle\.warningSeconds/],
    ['an http service', JSON.stringify({ services: [{ ...DEFAULT_CONFIG.services[0], url: 'http://www.kela.fi/' }] }), /services\.0\.url/],
    ['an unknown key', JSON.stringify({ idleTimeout: 3 }), /idleTimeout|Unrecognized/],
    ['a default language not offered', JSON.stringify({ languages: ['sv'], defaultLanguage: 'fi' }), /defaultLanguage/],
  ])('keeps the fallback and explains %s', (_name, text, message) => {
    const result = parseConfigText(text);
    expect(result.source).toBe('fallback');
    expect(result.config).toBe(DEFAULT_CONFIG);
    expect(result.problems.join('\n')).toMatch(message);
  });
});

describe('loadConfigFile', () => {
  it('uses the defaults when no file is configured or the file is absent', () => {
    expect(loadConfigFile(undefined).source).toBe('defaults');
    expect(loadConfigFile(join(tmpdir(), 'vierella-no-such-file.json')).source).toBe('defaults');
  });

  it('reads a valid file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vierella-config-'));
    const path = join(dir, 'config.json');
    writeFileSync(path, JSON.stringify({ defaultLanguage: 'sv' }));
    const result = loadConfigFile(path);
    expect(result.source).toBe('file');
    expect(result.config.defaultLanguage).toBe('sv');
  });
});
