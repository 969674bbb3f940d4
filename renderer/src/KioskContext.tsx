import { createContext, useCallback, useContext } from 'react';
import type { CommandName, CommandRequest, KioskApi } from '../../shared/bridge';

const KioskContext = createContext<KioskApi | null>(null);

export const KioskProvider = KioskContext.Provider;

export function useKiosk(): KioskApi {
  const kiosk = useContext(KioskContext);
  if (kiosk === null) throw new Error('useKiosk outside KioskProvider');
  return kiosk;
}

/** Sends a command to the host */
export type Send = <K extends CommandName>(name: K, payload: CommandRequest<K>) => void;

/**
 * Returns a fire-and-forget command sender. The UI never waits for a command: the host answers
 * with a new snapshot. A failed command is logged by name only (never its payload).
 */
export function useSend(): Send {
  const kiosk = useKiosk();
  return useCallback<Send>(
    (name, payload) => {
      // Indexing the mapped KioskApi type with a generic name loses the per-command pairing.
      const command = kiosk[name] as (payload: CommandRequest<typeof name>) => Promise<unknown>;
      command(payload).catch(() => console.warn(`kiosk command failed: ${name}`));
    },
    [kiosk],
  );
}
