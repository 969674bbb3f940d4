/**
 * Downloads of a client partition go into the session folder or nowhere: the core decides, and
 * Electron gets the save path before will-download returns, so an OS save dialog never opens
 * on the shared computer. The core logs hosts; nothing here names a file.
 */
import type { KioskLog } from '../services/ports';
import type { DownloadItemLike, SessionLike } from './electron-like';

/** What the core answers about downloads (KioskCore's methods, through the content relay). */
export interface DownloadEvents {
  /** The path to write to, or null to refuse. Synchronous: will-download cannot wait. */
  downloadRequested(info: { url: string; suggestedName: string; mimeType: string }): string | null;
  downloadFinished(info: { path: string; url: string; suggestedName: string; ok: boolean }): Promise<void>;
}

export interface SessionDownloads {
  /** Cancels what is still being written: a client who left takes nothing to the next one. */
  cancelAll(): void;
}

/**
 * `isCurrent` says whether the partition still belongs to the client in front of the kiosk; a
 * download that finishes after that is reported as failed, so the core deletes it instead of
 * showing it to the next client.
 */
export function routeDownloads(
  session: Pick<SessionLike, 'on'>,
  events: DownloadEvents,
  isCurrent: () => boolean,
  log: KioskLog,
): SessionDownloads {
  const active = new Set<DownloadItemLike>();

  session.on('will-download', (event, item) => {
    const url = item.getURL();
    const suggestedName = item.getFilename();
    let path: string | null = null;
    try {
      path = isCurrent() ? events.downloadRequested({ url, suggestedName, mimeType: item.getMimeType() }) : null;
    } catch (error) {
      log.warn('download.place-failed', { error: error instanceof Error ? error.name : 'unknown' });
    }
    if (path === null) {
      event.preventDefault();
      return;
    }
    const savePath = path;
    item.setSavePath(savePath);
    active.add(item);
    item.once('done', (_event, state) => {
      active.delete(item);
      const ok = state === 'completed' && isCurrent();
      events.downloadFinished({ path: savePath, url, suggestedName, ok }).catch((error: unknown) => {
        log.warn('download.finish-failed', { error: error instanceof Error ? error.name : 'unknown' });
      });
    });
  });

  return {
    cancelAll() {
      for (const item of [...active]) {
        try {
          item.cancel();
        } catch (error) {
          log.warn('download.cancel-failed', { error: error instanceof Error ? error.name : 'unknown' });
        }
      }
    },
  };
}
