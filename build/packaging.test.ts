/**
 * Packaging without the Electron binary: the builder configuration (read as electron-builder
 * reads it, and validated against its own schema), the fuse list and the afterPack hook (run on
 * a stand-in binary carrying Electron's fuse wire), the bundles electron-vite produced, and the
 * OS lockdown files shipped beside the app.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateConfigText } from '../electron/services/config/validate';
import { afterPack, builderFuses, electronBinaryPath } from './after-pack.mjs';
import { ensureBuilt, ROOT } from './ensure-built';
import { FUSE_DISABLED, FUSE_ENABLED, FUSE_INDEX, FUSES, fuseWireConfig, wrongFuses } from './fuses.mjs';

const require = createRequire(import.meta.url);
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

interface BuilderConfig {
  appId: string;
  productName: string;
  executableName: string;
  asar: boolean;
  asarUnpack: string[];
  npmRebuild: boolean;
  afterPack: string;
  files: string[];
  extraResources: { from: string; to: string }[];
  linux: { target: string[]; category: string; maintainer: string; extraResources: { from: string; to: string }[] };
  deb: { depends: string[] };
  win: { target: string[] };
  nsis: { oneClick: boolean; perMachine: boolean };
  electronFuses?: unknown;
}

const config = yaml.load(read('electron-builder.yml')) as BuilderConfig;

describe('electron-builder.yml', () => {
  it('is a configuration electron-builder accepts (its own loader and schema)', async () => {
    const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
      getConfig(projectDir: string, configPath: string | null, options: null): Promise<Record<string, unknown>>;
      validateConfiguration(config: Record<string, unknown>, logger: unknown): Promise<void>;
    };
    const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
    const loaded = await getConfig(ROOT, null, null);
    expect(loaded['appId']).toBe('fi.vierella.kiosk');
    await expect(validateConfiguration(loaded, new DebugLogger(false))).resolves.toBeUndefined();
    // The validator is real: it refuses what the schema does not know.
    await expect(validateConfiguration({ ...loaded, nsis: { notAnOption: true } }, new DebugLogger(false))).rejects.toThrow(/nsis/);
  }, 60_000);

  it('names the app and keeps its executable name ASCII', () => {
    expect(config).toMatchObject({ appId: 'fi.vierella.kiosk', productName: 'Vierellä', executableName: 'vierella' });
  });

  it('builds AppImage and .deb for Linux and a per-machine NSIS installer for Windows', () => {
    expect(config.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(config.linux.category).toBeTruthy();
    expect(config.linux.maintainer).toBeTruthy();
    expect(config.deb.depends).toContain('cage');
    expect(config.win.target).toEqual(['nsis']);
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: true });
  });

  it('packs into asar, unpacks the native module, and rebuilds it for Electron', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('**/node_modules/better-sqlite3/**/*.node');
    expect(config.npmRebuild).toBe(true);
    expect(config.files).toEqual(expect.arrayContaining(['out/main/**', 'out/preload/**', 'out/renderer/**', 'package.json']));
  });

  it('flips the fuses in its afterPack hook only (not twice through electronFuses)', () => {
    expect(config.afterPack).toBe('./build/after-pack.mjs');
    expect(existsSync(join(ROOT, config.afterPack))).toBe(true);
    expect(config.electronFuses).toBeUndefined();
  });

  it('ships the JSON Schema, the example configuration and the OS lockdown files, which all exist', () => {
    const resources = [...config.extraResources, ...config.linux.extraResources];
    expect(resources.map((r) => r.to)).toEqual(expect.arrayContaining(['config.schema.json', 'config.example.json', 'linux', 'windows', 'bin/vierella-admin']));
    for (const { from } of resources) expect(existsSync(join(ROOT, from)), from).toBe(true);
  });
});

describe('fuses', () => {
  it('turn off RunAsNode, NODE_OPTIONS, inspect and file:// privileges; turn on asar integrity, asar-only and cookie encryption', () => {
    expect(FUSES).toEqual({
      RunAsNode: false,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
      EnableCookieEncryption: true,
      GrantFileProtocolExtraPrivileges: false,
    });
  });

  it('use the wire positions @electron/fuses (electron-builder’s copy) knows', () => {
    const { FuseV1Options } = builderFuses() as { FuseV1Options: Record<string, number | string> };
    for (const [name, index] of Object.entries(FUSE_INDEX)) expect([name, FuseV1Options[name]]).toEqual([name, index]);
  });

  it('become the flipFuses config, and a wire read back is judged fuse by fuse', () => {
    expect(fuseWireConfig()).toEqual({ version: '1', 0: false, 1: true, 2: false, 3: false, 4: true, 5: true, 7: false });
    const right = [FUSE_DISABLED, FUSE_ENABLED, FUSE_DISABLED, FUSE_DISABLED, FUSE_ENABLED, FUSE_ENABLED, FUSE_ENABLED, FUSE_DISABLED];
    expect(wrongFuses(right)).toEqual([]);
    expect(wrongFuses(right.map((state, i) => (i === 0 ? FUSE_ENABLED : state)))).toEqual(['RunAsNode']);
  });
});

describe('the afterPack hook', () => {
  const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

  /** A file carrying a version-1 fuse wire of Electron 45's length, every fuse at Electron's defaults. */
  function standInElectron(dir: string, name: string): string {
    const path = join(dir, name);
    writeFileSync(path, Buffer.concat([Buffer.from('#!/bin/sh\n'), Buffer.from(SENTINEL), Buffer.from([1, 9]), Buffer.from('101100101')]));
    chmodSync(path, 0o755);
    return path;
  }

  function context(appOutDir: string, flip: (path: string, config: object) => Promise<unknown>) {
    const ctx = {
      appOutDir,
      electronPlatformName: 'linux',
      packager: {
        executableName: 'vierella',
        appInfo: { productFilename: 'vierella' },
        addElectronFuses: (c: { appOutDir: string }, fuseConfig: object) => flip(join(c.appOutDir, 'vierella'), fuseConfig),
      },
    };
    return ctx;
  }

  it('flips every fuse in the packed binary and verifies it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vierella-pack-'));
    const binary = standInElectron(dir, 'vierella');
    const fuses = builderFuses() as { flipFuses(path: string, config: object): Promise<number>; getCurrentFuseWire(path: string): Promise<Record<number, number>> };
    await afterPack(context(dir, (path, cfg) => fuses.flipFuses(path, cfg)));
    const wire = await fuses.getCurrentFuseWire(binary);
    expect(wrongFuses(wire)).toEqual([]);
    // Fuses the list does not name keep Electron's default.
    expect(wire[FUSE_INDEX.LoadBrowserProcessSpecificV8Snapshot]).toBe(FUSE_ENABLED);
  });

  it('fails the build when the fuses did not flip', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vierella-pack-'));
    standInElectron(dir, 'vierella');
    await expect(afterPack(context(dir, () => Promise.resolve(0)))).rejects.toThrow(/RunAsNode, EnableNodeOptionsEnvironmentVariable, EnableNodeCliInspectArguments, EnableEmbeddedAsarIntegrityValidation, OnlyLoadAppFromAsar/);
  });

  it('finds the binary where electron-builder puts it on each platform', () => {
    const packager = { executableName: 'vierella', appInfo: { productFilename: 'vierella' } };
    expect(electronBinaryPath({ appOutDir: '/o', electronPlatformName: 'linux', packager })).toBe(join('/o', 'vierella'));
    expect(electronBinaryPath({ appOutDir: '/o', electronPlatformName: 'win32', packager })).toBe(join('/o', 'vierella.exe'));
    expect(electronBinaryPath({ appOutDir: '/o', electronPlatformName: 'darwin', packager })).toBe(join('/o', 'vierella.app'));
  });
});

describe('the bundled output', () => {
  beforeAll(async () => {
    await ensureBuilt();
  }, 300_000);

  const specifiers = (code: string): string[] => {
    const found = new Set<string>();
    for (const match of code.matchAll(/\b(?:import|export)\s[^;'"]*?from\s*["']([^"']+)["']|\bimport\s*\(\s*["']([^"']+)["']\s*\)|\bimport\s*["']([^"']+)["']|\brequire\(\s*["']([^"']+)["']\s*\)/g)) {
      const specifier = match[1] ?? match[2] ?? match[3] ?? match[4];
      if (specifier !== undefined) found.add(specifier);
    }
    return [...found].sort();
  };

  it('has main, preload and renderer', () => {
    for (const file of ['out/main/main.js', 'out/preload/preload.cjs', 'out/renderer/index.html']) expect(existsSync(join(ROOT, file)), file).toBe(true);
  });

  it('has a sandboxed preload that requires nothing but electron', () => {
    expect(specifiers(read('out/preload/preload.cjs'))).toEqual(['electron']);
  });

  it('has a main process that needs only Node, Electron and production dependencies (devDependencies are not packaged)', () => {
    const pkg = JSON.parse(read('package.json')) as { dependencies: Record<string, string> };
    const allowed = (s: string) =>
      s === 'electron' || builtinModules.includes(s.replace(/^node:/, '')) || s.startsWith('./') || Object.keys(pkg.dependencies).some((d) => s === d || s.startsWith(`${d}/`));
    const files = readdirSync(join(ROOT, 'out/main')).filter((f) => /\.(m?js|cjs)$/.test(f));
    const external = files.flatMap((f) => specifiers(read(`out/main/${f}`)));
    expect(external.length).toBeGreaterThan(0);
    expect(external.filter((s) => !allowed(s))).toEqual([]);
  });
});

describe('the OS lockdown files', () => {
  const unit = read('build/linux/vierella-kiosk.service');

  it('Linux: cage on tty1 as the dedicated user, restarted on exit, VT switching and the sandbox left alone', () => {
    expect(unit).toMatch(/^User=vierella$/m);
    expect(unit).toMatch(/^Restart=always$/m);
    expect(unit).toMatch(/^RestartSec=2$/m);
    expect(unit).toMatch(/^TTYPath=\/dev\/tty1$/m);
    expect(unit).toMatch(/^Environment=VIERELLA_CONFIG=\/etc\/vierella\/config\.json$/m);
    const exec = /^ExecStart=(.*)$/m.exec(unit)?.[1] ?? '';
    expect(exec).toMatch(/^\/usr\/bin\/cage -d -- \/usr\/bin\/vierella /);
    // cage -s would allow Ctrl+Alt+Fn to another virtual terminal.
    expect(exec.split(' -- ')[0]?.split(' ')).not.toContain('-s');
    for (const file of readdirSync(join(ROOT, 'build/linux'))) expect(read(`build/linux/${file}`), file).not.toContain('--no-sandbox');
  });

  it('Linux: the PAM stack the unit names is the one shipped, and setup installs every shipped file', () => {
    expect(unit).toMatch(/^PAMName=vierella-kiosk$/m);
    const setup = read('build/linux/setup-kiosk.sh');
    expect(setup).toContain('/etc/pam.d/vierella-kiosk');
    for (const file of readdirSync(join(ROOT, 'build/linux')).filter((f) => !/^(setup-kiosk\.sh|README-linux\.md)$/.test(f))) {
      expect(setup, file).toContain(`"$here/${file}"`);
    }
    expect(setup).toContain('systemctl mask ctrl-alt-del.target');
  });

  it('the shell scripts parse', () => {
    for (const script of ['build/linux/setup-kiosk.sh', 'bin/vierella-admin']) {
      const result = spawnSync('sh', ['-n', join(ROOT, script)], { encoding: 'utf8' });
      expect([script, result.status, result.stderr]).toEqual([script, 0, '']);
    }
  });

  it('Windows: Shell Launcher v2 runs the installed exe full screen and restarts it on any exit', () => {
    const xml = read('build/windows/shell-launcher.xml');
    expect(xml).toContain('xmlns="http://schemas.microsoft.com/ShellLauncher/2018/Configuration"');
    expect(xml).toContain('xmlns:V2="http://schemas.microsoft.com/ShellLauncher/2019/Configuration"');
    expect(xml).toContain(`Shell="%ProgramFiles%\\${config.executableName}\\${config.executableName}.exe" V2:AppType="Desktop" V2:AllAppsFullScreen="true"`);
    expect(xml).toMatch(/<DefaultAction Action="RestartShell"\/>/);
    expect(xml).toMatch(/<DefaultProfile>\s*<Shell Shell="%SystemRoot%\\explorer\.exe"\/>/);
    // The profile the config assigns is the one defined.
    const ids = [...xml.matchAll(/Profile Id="(\{[0-9A-F-]+\})"/g)].map((m) => m[1]);
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(1);
  });

  it('Windows: the PowerShell script is ASCII (Windows PowerShell 5.1 misreads UTF-8 without a BOM)', () => {
    const script = readFileSync(join(ROOT, 'build/windows/Set-VierellaKiosk.ps1'));
    expect([...script].every((byte) => byte < 0x80)).toBe(true);
    expect(script.toString()).toContain("'MDM_AssignedAccess'");
  });

  it('the shipped example configuration is valid', () => {
    const result = validateConfigText(readFileSync(join(ROOT, 'build/config.example.json')));
    expect(result.ok ? [] : result.problems).toEqual([]);
  });
});
