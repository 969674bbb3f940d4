/**
 * Where the kiosk keeps things on each platform: IT's configuration file, the data folder
 * (SQLite store, last known good configuration) and the log folder. One module, so that the
 * app, the admin CLI and the docs agree.
 *
 * Environment overrides, for tests, the preview and the Linux kiosk session (whose systemd
 * unit points the data and logs at /var/lib/vierella and /var/log/vierella):
 * VIERELLA_CONFIG, VIERELLA_DATA, VIERELLA_LOGS.
 */
import { posix, win32 } from 'node:path';

export type Env = Readonly<Record<string, string | undefined>>;

export interface KioskPaths {
  readonly configFile: string;
  readonly dataDir: string;
  readonly logDir: string;
  /** The SQLite store inside the data folder. */
  readonly storeFile: string;
}

export const STORE_FILE_NAME = 'vierella.sqlite';
/** Folder name without the ä: paths IT types in shells and scripts stay plain ASCII. */
const FOLDER = 'Vierella';

function isWindows(platform: NodeJS.Platform): boolean {
  return platform === 'win32';
}

/** %ProgramData%, which Windows always sets; the documented default when a test leaves it out. */
function programData(env: Env): string {
  return env['ProgramData'] ?? env['PROGRAMDATA'] ?? 'C:\\ProgramData';
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}

/** Linux: /etc/vierella/config.json; Windows: %ProgramData%\Vierella\config.json. */
export function configPath(platform: NodeJS.Platform, env: Env): string {
  const override = nonEmpty(env['VIERELLA_CONFIG']);
  if (override !== undefined) return override;
  return isWindows(platform) ? win32.join(programData(env), FOLDER, 'config.json') : '/etc/vierella/config.json';
}

/** Linux: $XDG_CONFIG_HOME/Vierella or ~/.config/Vierella; Windows: %ProgramData%\Vierella. */
export function dataDir(platform: NodeJS.Platform, env: Env, homeDir: string): string {
  const override = nonEmpty(env['VIERELLA_DATA']);
  if (override !== undefined) return override;
  if (isWindows(platform)) return win32.join(programData(env), FOLDER);
  const xdg = nonEmpty(env['XDG_CONFIG_HOME']);
  return posix.join(xdg ?? posix.join(homeDir, '.config'), FOLDER);
}

/** VIERELLA_LOGS (e.g. /var/log/vierella), else the `logs` folder in the data folder. */
export function logDir(platform: NodeJS.Platform, env: Env, homeDir: string): string {
  const override = nonEmpty(env['VIERELLA_LOGS']);
  if (override !== undefined) return override;
  const join = isWindows(platform) ? win32.join : posix.join;
  return join(dataDir(platform, env, homeDir), 'logs');
}

export function kioskPaths(platform: NodeJS.Platform, env: Env, homeDir: string): KioskPaths {
  const data = dataDir(platform, env, homeDir);
  const join = isWindows(platform) ? win32.join : posix.join;
  return {
    configFile: configPath(platform, env),
    dataDir: data,
    logDir: logDir(platform, env, homeDir),
    storeFile: join(data, STORE_FILE_NAME),
  };
}
