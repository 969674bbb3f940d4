import { describe, expect, it } from 'vitest';
import { ASSIST_VIEW_OFF, type AssessmentSummary, type Snapshot } from '../../../shared/bridge';
import { assistCoversContent, assistModal, workerPanelShown } from './covers';
import { INITIAL_ASSIST_LOCAL_STATE } from './local-state';
import type { AssistLocalState } from './local-state';

const OFF: Snapshot['assist'] = ASSIST_VIEW_OFF;
const SUMMARY: AssessmentSummary = { route: 'askStaff', withStaff: true, goal: 'benefit', level: 3, needCategory: 'service', referralId: null };

function facts(assist: Partial<Snapshot['assist']>, assessment: Snapshot['client']['assessment'] = null): Pick<Snapshot, 'assist' | 'client'> {
  return {
    assist: { ...OFF, ...assist },
    client: { ethicsAcknowledged: true, assessment, accessibility: {} as Snapshot['client']['accessibility'] },
  };
}
const none = INITIAL_ASSIST_LOCAL_STATE;
const report: AssistLocalState = { reportOpen: true, referralCardId: null };
const card: AssistLocalState = { reportOpen: false, referralCardId: 'kela' };

describe('assistCoversContent', () => {
  it('leaves the content alone with assist off', () => {
    expect(assistCoversContent(facts({}), none)).toBe(false);
  });

  it('covers it for the PIN pad, while typing and while checking', () => {
    expect(assistModal(facts({ mode: 'pinEntry' }), none)).toBe('pinPad');
    expect(assistCoversContent(facts({ mode: 'checking' }), none)).toBe(true);
  });

  it('covers it for the help sign, but the PIN pad wins when staff answer it', () => {
    expect(assistModal(facts({ helpRequested: true }), none)).toBe('helpSign');
    expect(assistModal(facts({ helpRequested: true, mode: 'pinEntry' }), none)).toBe('pinPad');
  });

  it('does not cover it for the banner, the panel or the privacy moment (the client logs in there)', () => {
    expect(assistCoversContent(facts({ mode: 'on', panelVisible: true, shareConsent: 'shared' }, SUMMARY), none)).toBe(false);
    expect(assistCoversContent(facts({ privacyMoment: true }), none)).toBe(false);
    expect(assistCoversContent(facts({ mode: 'on', privacyMoment: true, shareConsent: 'declined' }, SUMMARY), none)).toBe(false);
  });

  it('asks for consent on screen only when there is a summary to share', () => {
    expect(assistModal(facts({ mode: 'on' }, SUMMARY), none)).toBe('shareConsent');
    expect(assistModal(facts({ mode: 'on' }, 'skipped'), none)).toBeNull();
    expect(assistModal(facts({ mode: 'on' }, null), none)).toBeNull();
    expect(assistModal(facts({ mode: 'on', shareConsent: 'shared' }, SUMMARY), none)).toBeNull();
  });

  it('covers it for the report and the referral card, only while a worker is in', () => {
    expect(assistModal(facts({ mode: 'on', shareConsent: 'shared' }, SUMMARY), report)).toBe('report');
    expect(assistModal(facts({ mode: 'on' }), card)).toBe('referralCard');
    expect(assistCoversContent(facts({}), report)).toBe(false);
    expect(assistCoversContent(facts({}), card)).toBe(false);
  });

  it('shows the worker panel only while a worker is in and the host says it is visible', () => {
    expect(workerPanelShown(facts({ mode: 'on', panelVisible: true }))).toBe(true);
    expect(workerPanelShown(facts({ mode: 'on', panelVisible: false }))).toBe(false);
    expect(workerPanelShown(facts({ mode: 'pinEntry', panelVisible: true }))).toBe(false);
  });
});
