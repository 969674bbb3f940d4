/**
 * Composition root of the Electron host: reads the development flag and the configuration,
 * and hands Electron's modules and the kiosk core to the shell. No logic of its own.
 */
import { BaseWindow, Menu, WebContentsView, app, clipboard, ipcMain, protocol, session, type Session } from 'electron';
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { createFileLastKnownGood } from './services/config/last-known-good';
import { loadKioskConfig } from './services/config/load';
import { kioskPaths } from './services/config/paths';
import { createFileLog } from './services/log/file-log';
import { createKioskCore } from './services/kiosk-core';
import { startKioskHost } from './shell/host';

// Read once: DevTools on a kiosk in service would hand the client the whole machine.
const devTools = process.env['VIERELLA_DEV'] === '1';
const paths = kioskPaths(process.platform, process.env, homedir());
// In development the lines also go to the terminal; in service only to the rotating files.
const log = createFileLog({ dir: paths.logDir, ...(devTools ? { echo: (line: string) => process.stdout.write(`${line}\n`) } : {}) });

// Logs its own problems; an invalid file keeps the last known good configuration.
const { config } = loadKioskConfig({ path: paths.configFile, lastKnownGood: createFileLastKnownGood(paths.dataDir), log });

const appPath = app.getAppPath();

export const host = startKioskHost<WebContentsView, Session>(
  { app, BaseWindow, WebContentsView, Menu, session, protocol, ipcMain, clipboard },
  {
    config,
    devTools,
    rendererRoot: join(appPath, 'out', 'renderer'),
    preloadPath: join(appPath, 'out', 'preload', 'preload.cjs'),
    createCore: createKioskCore,
    log,
    readFile: (file) => readFile(file),
    randomUUID: () => randomUUID(),
  },
);
