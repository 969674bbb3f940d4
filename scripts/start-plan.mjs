/**
 * The decisions behind `npm start` and `npm run preview` (scripts/start.mjs), kept pure so
 * they can be tested: which host to run, and where the Electron binary is, if anywhere.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `--browser-host` (or `npm start --browser-host`, which npm passes as npm_config_browser_host)
 * asks for the preview even where Electron exists; `--no-build` skips the build; everything
 * else goes to the program that is started.
 *
 * @param {readonly string[]} argv
 * @param {Readonly<Record<string, string | undefined>>} env
 * @returns {{ browserHost: boolean, build: boolean, passThrough: string[] }}
 */
export function parseStartArgs(argv, env) {
  const passThrough = [];
  let browserHost = env.npm_config_browser_host === 'true';
  let build = true;
  for (const arg of argv) {
    if (arg === '--browser-host') browserHost = true;
    else if (arg === '--no-build') build = false;
    else passThrough.push(arg);
  }
  return { browserHost, build, passThrough };
}

/**
 * The Electron executable, or null when it was never downloaded (as on the build machines,
 * which reach only the npm registry). Reads node_modules/electron/path.txt the way the
 * electron package does, without require('electron'), which would try to download it.
 *
 * @param {string} root the project folder
 * @param {(path: string) => boolean} [fileExists]
 * @param {(path: string) => string} [readText]
 * @returns {string | null}
 */
export function findElectronBinary(root, fileExists = existsSync, readText = (path) => readFileSync(path, 'utf8')) {
  const electronDir = join(root, 'node_modules', 'electron');
  const pathFile = join(electronDir, 'path.txt');
  if (!fileExists(pathFile)) return null;
  const relative = readText(pathFile).trim();
  if (relative === '' || relative.split(/[\\/]/).includes('..')) return null;
  const binary = join(electronDir, 'dist', relative);
  return fileExists(binary) ? binary : null;
}
