import { BLOCK_REASONS, type BlockReason } from '../../../shared/bridge';

/** The explanation of a refused navigation, by the host's reason code. */
export function blockReasonKey<R extends BlockReason>(reason: R): `blocked.reason.${R}` {
  return `blocked.reason.${reason}`;
}

/** Every key of this family, for the test that checks the resources against the code. */
export function allBlockReasonKeys(): string[] {
  return BLOCK_REASONS.map(blockReasonKey);
}
