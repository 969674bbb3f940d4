/**
 * The UI view's preload (sandboxed, built as CommonJS): exposes the bridge as `window.kiosk`,
 * nothing more. ipcRenderer itself never crosses the context bridge.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createKioskApi } from './shell/preload-api';

contextBridge.exposeInMainWorld(
  'kiosk',
  createKioskApi({
    invoke: (channel, payload) => ipcRenderer.invoke(channel, payload),
    on: (channel, listener) => void ipcRenderer.on(channel, listener),
    off: (channel, listener) => void ipcRenderer.off(channel, listener),
  }),
);
