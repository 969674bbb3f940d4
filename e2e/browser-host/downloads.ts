/**
 * Downloads in the browser host, as Electron's will-download handler does them: the core decides
 * (a PDF or an image by name, in a client session) and names a path in the session folder;
 * Playwright saves the file there and the core checks its bytes and opens it in the viewer.
 * Anything else is cancelled at once, and removed if it finished before the cancel reached it.
 * Either way Playwright's own copy is deleted, and the wiper proves that no download left a
 * file: none of the recorded downloads exists on disk, and the folder the browser context
 * downloads to (when the host knows it) is empty. Hosts only, never URLs or names.
 *
 * Playwright's Download does not tell the response's Content-Type, so the first decision rests
 * on the file name; the bytes decide in the end (electron/services/documents).
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Download } from 'playwright-core';
import type { KioskCore } from '../../electron/services/kiosk-core';
import { describeHost } from '../../shared/policy/navigation';

interface Handled {
  readonly host: string;
  /** The file Chromium finished writing before the cancel, or null. */
  readonly path: string | null;
}

/** How long a cancelled download's partial file may take Chromium to remove. */
const SETTLE_MS = 1000;

export interface DownloadGuardOptions {
  /**
   * The folder the browser context saves downloads to (launch option `downloadsPath`), if the
   * host was told: it must be empty after every wipe. Without it only the files of the
   * recorded downloads are checked (Playwright keeps them in a folder of its own).
   */
  readonly downloadsDir?: string;
}

export class DownloadGuard {
  private readonly pending = new Set<Promise<Handled>>();
  private handled: Handled[] = [];

  constructor(private readonly options: DownloadGuardOptions = {}) {}

  /** Hands a download to the core: saved into the session folder, or refused. */
  handle(download: Download, core: Pick<KioskCore, 'downloadRequested' | 'downloadFinished'>): void {
    const url = download.url();
    const suggestedName = download.suggestedFilename();
    const path = core.downloadRequested({ url, suggestedName, mimeType: '' });
    if (path === null) {
      this.track(refuseDownload(download, describeHost(url) ?? '(none)'));
      return;
    }
    this.track(acceptDownload(download, describeHost(url) ?? '(none)', path, (ok) => core.downloadFinished({ path, url, suggestedName, ok })));
  }

  private track(work: Promise<Handled>): void {
    this.pending.add(work);
    void work.then((result) => {
      this.pending.delete(work);
      this.handled.push(result);
    });
  }

  /** Waits for every refusal under way, then removes whatever is left in the downloads folder. */
  async settle(): Promise<string[]> {
    await Promise.all(this.pending);
    const dir = this.options.downloadsDir;
    if (dir === undefined) return [];
    try {
      for (const name of readdirSync(dir)) rmSync(join(dir, name), { recursive: true, force: true });
      return [];
    } catch {
      return ['downloads-folder-clear-failed'];
    }
  }

  /** Findings: a download whose file still exists, or anything in the downloads folder. */
  async verify(): Promise<string[]> {
    await Promise.all(this.pending);
    const findings = this.handled.filter((d) => d.path !== null && existsSync(d.path)).map((d) => `download-left:${d.host}`);
    const dir = this.options.downloadsDir;
    if (dir !== undefined) {
      const left = await leftInFolder(dir);
      if (left === null) findings.push('downloads-folder-unreadable');
      else if (left > 0) findings.push(`downloads-folder-not-empty:${left}`);
    }
    if (findings.length === 0) this.handled = [];
    return [...new Set(findings)];
  }
}

/** Saves into the session folder, then deletes Playwright's own copy (it keeps one per download). */
async function acceptDownload(download: Download, host: string, path: string, finished: (ok: boolean) => Promise<void>): Promise<Handled> {
  const ok = await download.saveAs(path).then(
    async () => (await download.failure()) === null,
    () => false,
  );
  const own = await download.path().catch(() => null);
  await download.delete().catch(() => undefined);
  await finished(ok).catch(() => undefined);
  return { host, path: own };
}

async function refuseDownload(download: Download, host: string): Promise<Handled> {
  await download.cancel().catch(() => undefined);
  const failure = await download.failure().catch(() => 'unknown');
  // Cancelled (or failed) in time: Chromium removes its partial file itself; verify() checks the folder.
  if (failure !== null) return { host, path: null };
  const path = await download.path().catch(() => null);
  await download.delete().catch(() => undefined);
  return { host, path };
}

/** Entries left in the folder, giving Chromium a moment to remove cancelled partial files. */
async function leftInFolder(dir: string): Promise<number | null> {
  const deadline = Date.now() + SETTLE_MS;
  for (;;) {
    let count: number;
    try {
      count = readdirSync(dir).length;
    } catch {
      return null;
    }
    if (count === 0 || Date.now() >= deadline) return count;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
