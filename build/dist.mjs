#!/usr/bin/env node
/**
 * `npm run dist` (and dist:linux, dist:win): bundles with electron-vite, packages with
 * electron-builder (arguments pass through, e.g. --linux deb), then puts this checkout's
 * better-sqlite3 back. electron-builder rebuilds the native module in node_modules for
 * Electron's ABI, which system Node.js (tests, npm run admin) cannot load afterwards.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const windows = process.platform === 'win32';
const bin = (name) => join(root, 'node_modules', '.bin', windows ? `${name}.cmd` : name);

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: windows });
  if (result.error) console.error(`could not start ${command}: ${result.error.message}`);
  return result.status ?? 1;
}

/** Whether system Node.js can open a database with the better-sqlite3 in node_modules. */
function nodeCanLoadSqlite() {
  const probe = spawnSync(process.execPath, ['-e', "require('better-sqlite3')(':memory:').close()"], { cwd: root, stdio: 'ignore' });
  return probe.status === 0;
}

const built = run(bin('electron-vite'), ['build']);
if (built !== 0) process.exit(built);

const packaged = run(bin('electron-builder'), ['--publish', 'never', ...process.argv.slice(2)]);

if (!nodeCanLoadSqlite()) {
  console.log('Restoring better-sqlite3 for Node.js (electron-builder rebuilt it for Electron) ...');
  const restored = run(windows ? 'npm.cmd' : 'npm', ['rebuild', 'better-sqlite3']);
  if (restored !== 0) console.error('npm rebuild better-sqlite3 failed: run it by hand before the tests or npm run admin.');
}
process.exit(packaged);
