/**
 * Composition root of the Electron host: reads the development flag and the configuration,
 * and hands Electron's modules and the kiosk core to the shell. No logic of its own.
 */
import { BaseWindow, Menu, WebContentsView, app, clipboard, ipcMain, protocol, session, type Session } from 'electron';
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadConfigFile } from './services/config-loader';
import { createConsoleLog } from './services/console-log';
import { createKioskCore } from './services/kiosk-core';
import { startKioskHost } from './shell/host';

// Read once: DevTools on a kiosk in service would hand the client the whole machine.
const devTools = process.env['VIERELLA_DEV'] === '1';
const log = createConsoleLog();

const { config, problems, source } = loadConfigFile(process.env['VIERELLA_CONFIG']);
log.info('config.loaded', { source, problems: problems.length });
for (const problem of problems) log.warn('config.problem', { problem });

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
