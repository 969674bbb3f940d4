import type { Snapshot } from '../../../shared/bridge';
import { ReferralSchema } from '../../../shared/content/referrals';
import type { Referral } from '../../../shared/content/referrals';

/**
 * The snapshot's referral directory as typed entries. The bridge carries `kind` as a plain
 * string; an entry whose kind the UI cannot name (a newer host) is left out rather than drawn
 * with a missing label.
 */
export function directoryOf(referrals: Snapshot['referrals']): Referral[] {
  return referrals.flatMap((entry) => {
    const parsed = ReferralSchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}
