import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildNavigationPolicy } from '../../electron/services/navigation-allowlist';
import { decideNavigation } from '../../shared/policy/navigation';
import { loadHostConfig } from './config';

describe('loadHostConfig', () => {
  let dir: string | null = null;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = null;
  });

  it('loads the fixture configuration: the kela fixture and identification are allowed, evil is not', () => {
    const config = loadHostConfig();
    expect(config.services.map((s) => s.id)).toContain('kela');
    const policy = buildNavigationPolicy(config);
    expect(decideNavigation('https://www.kela.test:8443/storage', policy).allowed).toBe(true);
    expect(decideNavigation('https://tunnistus.test:8443/', policy).allowed).toBe(true);
    expect(decideNavigation('https://www.evil.test:8443/', policy)).toEqual({ allowed: false, reason: 'not-allowed' });
  });

  it('applies idle overrides within the schema limits', () => {
    expect(loadHostConfig(undefined, { idle: { timeoutSeconds: 5, warningSeconds: 20 } }).idle).toEqual({
      timeoutSeconds: 5,
      warningSeconds: 20,
      endConfirmSeconds: 60,
    });
    expect(() => loadHostConfig(undefined, { idle: { warningSeconds: 10 } })).toThrow(/idle\.warningSeconds/);
  });

  it('refuses an invalid file and says what is wrong', () => {
    dir = mkdtempSync(join(tmpdir(), 'vierella-config-'));
    const path = join(dir, 'config.json');
    writeFileSync(path, JSON.stringify({ ...loadHostConfig(), services: [], extra: true }));
    expect(() => loadHostConfig(path)).toThrow(/services: .*|extra/);
  });
});
