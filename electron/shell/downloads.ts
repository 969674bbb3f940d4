/**
 * Downloads are refused until the kiosk has its own file handling (session folder, in-kiosk
 * viewer): an OS save dialog must never open on a shared computer.
 */
import { describeHost } from '../../shared/policy/navigation';
import type { KioskLog } from '../services/ports';
import type { SessionLike } from './electron-like';

export function refuseDownloads(session: Pick<SessionLike, 'on'>, log: KioskLog): void {
  session.on('will-download', (event, item) => {
    event.preventDefault();
    log.info('download.refused', { host: describeHost(item.getURL()) ?? '(none)' });
  });
}
