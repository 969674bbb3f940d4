import { afterEach, describe, expect, it } from 'vitest';
import { closeReferralCard, closeReport, getAssistLocalState, INITIAL_ASSIST_LOCAL_STATE, openReport, resetAssistLocalState, showReferralCard } from './local-state';

describe('assist local state', () => {
  afterEach(resetAssistLocalState);

  it('opens and closes the report and the referral card', () => {
    openReport();
    expect(getAssistLocalState().reportOpen).toBe(true);
    closeReport();
    expect(getAssistLocalState().reportOpen).toBe(false);
    showReferralCard('kela');
    expect(getAssistLocalState().referralCardId).toBe('kela');
    closeReferralCard();
    expect(getAssistLocalState().referralCardId).toBeNull();
  });

  it('keeps the same object when nothing changes, so subscribers do not re-render', () => {
    const before = getAssistLocalState();
    closeReport();
    expect(getAssistLocalState()).toBe(before);
  });

  it('resets everything when the worker leaves', () => {
    openReport();
    showReferralCard('kela');
    resetAssistLocalState();
    expect(getAssistLocalState()).toEqual(INITIAL_ASSIST_LOCAL_STATE);
  });
});
