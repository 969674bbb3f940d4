import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findElectronBinary, parseStartArgs } from './start-plan.mjs';

describe('parseStartArgs', () => {
  it('builds and prefers Electron by default, passing other arguments on', () => {
    expect(parseStartArgs(['--headless', '--ui-port', '8080'], {})).toEqual({
      browserHost: false,
      build: true,
      passThrough: ['--headless', '--ui-port', '8080'],
    });
  });

  it('takes --browser-host from the command line or from npm, and --no-build', () => {
    expect(parseStartArgs(['--browser-host', '--no-build'], {})).toEqual({ browserHost: true, build: false, passThrough: [] });
    expect(parseStartArgs([], { npm_config_browser_host: 'true' }).browserHost).toBe(true);
  });
});

describe('findElectronBinary', () => {
  const root = '/project';
  const pathFile = join(root, 'node_modules', 'electron', 'path.txt');
  const binary = join(root, 'node_modules', 'electron', 'dist', 'electron');

  it('finds the binary named by path.txt', () => {
    const files = new Set([pathFile, binary]);
    expect(findElectronBinary(root, (p) => files.has(p), () => 'electron\n')).toBe(binary);
  });

  it('is null when Electron was never downloaded, or path.txt names something missing', () => {
    expect(findElectronBinary(root, () => false, () => '')).toBeNull();
    expect(findElectronBinary(root, (p) => p === pathFile, () => 'electron')).toBeNull();
  });

  it('does not follow a path.txt that leaves the dist folder', () => {
    expect(findElectronBinary(root, () => true, () => '../../../bin/sh')).toBeNull();
  });

  it('answers for this checkout without downloading anything', () => {
    const found = findElectronBinary(process.cwd());
    expect(found === null || found.startsWith(join(process.cwd(), 'node_modules', 'electron', 'dist'))).toBe(true);
  });
});
