import type { Snapshot } from '../../../shared/bridge';
import { DEFAULT_REFERRALS, ReferralSchema, type Referral } from '../../../shared/content/referrals';

/**
 * The service point's referral directory as the host sends it (regions differ, so IT edits
 * it in the configuration), keeping only entries the directory schema accepts. A host that
 * sends no directory at all gets the default one, so a client is never left without a card.
 */
export function referralDirectory(entries: Snapshot['referrals']): readonly Referral[] {
  if (entries.length === 0) return DEFAULT_REFERRALS;
  return entries.flatMap((entry) => {
    const parsed = ReferralSchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}
