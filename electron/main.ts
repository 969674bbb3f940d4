/**
 * Composition root of the Electron host: reads the development flag and the configuration,
 * opens the store, and hands Electron's modules and the kiosk core to the shell. No logic of
 * its own. Started as `vierella --admin -- <command>` it runs the admin CLI instead (the
 * release fuses forbid ELECTRON_RUN_AS_NODE, so the CLI lives inside the kiosk binary).
 */
import { BaseWindow, Menu, WebContentsView, app, clipboard, ipcMain, protocol, session, type Session } from 'electron';
import { mkdirSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { adminArgv, runAdminProcess } from './services/admin/process-io';
import { createStoreLastKnownGood } from './services/config/last-known-good';
import { loadKioskConfig } from './services/config/load';
import { kioskPaths } from './services/config/paths';
import { formatProblem } from './services/config/validate';
import { createSessionDocuments } from './services/documents/session-documents';
import { createKioskCore } from './services/kiosk-core';
import { createFileLog } from './services/log/file-log';
import { createStaffServices } from './services/staff-services';
import { openStore } from './services/store/store';
import { startKioskHost } from './shell/host';

const adminArgs = adminArgv(process.argv);

function startKiosk() {
  // Read once: DevTools on a kiosk in service would hand the client the whole machine.
  const devTools = process.env['VIERELLA_DEV'] === '1';
  const paths = kioskPaths(process.platform, process.env, homedir());
  // In development the lines also go to the terminal; in service only to the rotating files.
  const log = createFileLog({ dir: paths.logDir, ...(devTools ? { echo: (line: string) => process.stdout.write(`${line}\n`) } : {}) });
  mkdirSync(paths.dataDir, { recursive: true });
  const store = openStore(paths.storeFile);
  store.audit.append('app.start');

  // An invalid file keeps the last known good configuration; its problems go to the log and the staff screen.
  const loaded = loadKioskConfig({ path: paths.configFile, lastKnownGood: createStoreLastKnownGood(store.configStore), log });
  const configProblems = loaded.problems.map((problem) => formatProblem(problem, loaded.path));
  if (configProblems.length > 0) store.audit.append('config.invalid');
  const { staff, recordSession } = createStaffServices({ store, config: loaded.config, log });
  const { documents: documentSettings } = loaded.config;
  // The core empties and verifies this folder at every wipe; it must hold nothing else.
  const documents = createSessionDocuments({
    folder: documentSettings.sessionFolder ?? join(app.getPath('userData'), 'session'),
    usbFolder: documentSettings.usbFolder,
    scannerFolder: documentSettings.scannerFolder,
    maxBytes: documentSettings.maxFileMegabytes * 1_000_000,
  });

  const appPath = app.getAppPath();
  return startKioskHost<WebContentsView, Session>(
    { app, BaseWindow, WebContentsView, Menu, session, protocol, ipcMain, clipboard },
    {
      config: loaded.config,
      devTools,
      rendererRoot: join(appPath, 'out', 'renderer'),
      preloadPath: join(appPath, 'out', 'preload', 'preload.cjs'),
      createCore: (deps) => createKioskCore({ ...deps, staff, recordSession, configProblems }),
      documents,
      log,
      readFile: (file) => readFile(file),
      randomUUID: () => randomUUID(),
    },
  );
}

export const host = adminArgs === null ? startKiosk() : null;

if (adminArgs !== null) {
  void runAdminProcess(adminArgs).then((code) => app.exit(code));
}
