#!/usr/bin/env node
/**
 * `npm start` and `npm run preview`: builds with electron-vite, then runs the Electron kiosk if
 * its binary is present, and otherwise (or with --browser-host) the UNLOCKED browser-host
 * preview (e2e/browser-host/cli.ts through tsx). Signals go to the child; its exit code is ours.
 */
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronBinary, parseStartArgs } from './start-plan.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const options = parseStartArgs(process.argv.slice(2), process.env);
const bin = (name) => join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);

/** Runs a program in the project folder with our terminal; resolves with its exit code. */
function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
    const forward = (signal) => {
      if (child.exitCode === null) child.kill(signal);
    };
    const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
    for (const signal of signals) process.on(signal, forward);
    child.on('error', (error) => {
      console.error(`could not start ${command}: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => {
      for (const s of signals) process.off(s, forward);
      resolve(code ?? (signal === 'SIGINT' || signal === 'SIGTERM' ? 0 : 1));
    });
  });
}

if (options.build) {
  const code = await run(bin('electron-vite'), ['build']);
  if (code !== 0) process.exit(code);
}

const electron = options.browserHost ? null : findElectronBinary(root);
if (electron !== null) {
  process.exit(await run(electron, ['.', ...options.passThrough]));
}

if (!options.browserHost) {
  console.log(
    'The Electron binary is not available here (node_modules/electron/dist is missing; it cannot be downloaded on this machine).\n' +
      'Starting the UNLOCKED browser-host preview instead.',
  );
}
process.exit(await run(bin('tsx'), [join(root, 'e2e', 'browser-host', 'cli.ts'), ...options.passThrough]));
