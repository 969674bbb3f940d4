import { describe, expect, it } from 'vitest';
import type { AssessmentSummary } from '../../../shared/bridge';
import { DEFAULT_PREFS } from '../../../shared/content/accessibility';
import { DEFAULT_REFERRALS, type Referral } from '../../../shared/content/referrals';
import { accessibilityBit } from './support-event';
import { inferredOutcome, localDayAndHour, supportEventFor, type SessionFacts } from './support-event-for';

const HELSINKI = 'Europe/Helsinki';
/** 2025-03-04 08:30 UTC = 10:30 in Helsinki (EET, UTC+2). */
const START = Date.UTC(2025, 2, 4, 8, 30);
const MIN = 60_000;

const SUMMARY: AssessmentSummary = {
  route: 'authority',
  withStaff: false,
  goal: 'benefit',
  level: 2,
  needCategory: 'service',
  referralId: 'kela',
};

const FACTS: SessionFacts = {
  startedAt: START,
  language: 'fi-plain',
  assessment: SUMMARY,
  accessibility: DEFAULT_PREFS,
  assistUsed: false,
  endedBy: 'client',
};

describe('supportEventFor', () => {
  it('builds the event from the session facts', () => {
    expect(supportEventFor(FACTS, START + 7 * MIN, { timeZone: HELSINKI })).toEqual({
      day: '2025-03-04',
      hour: 10,
      durationBucket: '5-15min',
      language: 'fi-plain',
      level: 2,
      needCategory: 'service',
      goal: 'benefit',
      route: 'authority',
      accessibility: 0,
      assistUsed: false,
      outcome: 'selfService',
      referralCategory: null,
    });
  });

  it('takes day and hour from the start, in the service point’s time zone', () => {
    // 23:10 UTC on 31 December is already 01:10 on New Year's Day in Helsinki.
    const lateUtc = Date.UTC(2024, 11, 31, 23, 10);
    const event = supportEventFor({ ...FACTS, startedAt: lateUtc }, lateUtc + 90 * MIN, { timeZone: HELSINKI });
    expect(event).toMatchObject({ day: '2025-01-01', hour: 1, durationBucket: '>60min' });
    expect(localDayAndHour(lateUtc, 'UTC')).toEqual({ day: '2024-12-31', hour: 23 });
    // Summer time: 2025-07-01 21:00 UTC is midnight (hour 0) in Helsinki (EEST, UTC+3).
    expect(localDayAndHour(Date.UTC(2025, 6, 1, 21, 0), HELSINKI)).toEqual({ day: '2025-07-02', hour: 0 });
  });

  it('leaves the assessment fields empty when it was skipped or never reached', () => {
    for (const assessment of ['skipped', null] as const) {
      expect(supportEventFor({ ...FACTS, assessment }, START + MIN, { timeZone: HELSINKI })).toMatchObject({
        level: null,
        needCategory: null,
        goal: null,
        route: null,
        durationBucket: '<2min',
      });
    }
  });

  it('counts the accessibility features in force at the end and those used before', () => {
    const event = supportEventFor(
      { ...FACTS, accessibility: { ...DEFAULT_PREFS, textScale: 2 }, accessibilityUsed: accessibilityBit('readAloud') },
      START + MIN,
      { timeZone: HELSINKI },
    );
    expect(event.accessibility).toBe(accessibilityBit('textScale') | accessibilityBit('readAloud'));
  });

  it('maps a referral id to its category, in the service point’s own directory when given', () => {
    expect(supportEventFor({ ...FACTS, referralId: 'seniorSurf' }, START + MIN).referralCategory).toBe('learning');
    expect(supportEventFor({ ...FACTS, referralId: 'unknownPlace' }, START + MIN).referralCategory).toBeNull();
    const ownDirectory: Referral[] = [...DEFAULT_REFERRALS, { id: 'espooLibrary', kind: 'learning', name: { fi: 'Sello', sv: 'Sello', en: 'Sello' }, web: null, visit: true }];
    expect(supportEventFor({ ...FACTS, referralId: 'espooLibrary' }, START + MIN, { directory: ownDirectory }).referralCategory).toBe('learning');
  });

  it('keeps an outcome someone recorded', () => {
    expect(supportEventFor({ ...FACTS, endedBy: 'idle', outcome: 'notResolved' }, START + MIN).outcome).toBe('notResolved');
  });

  it('treats a clock that went backwards as a short session', () => {
    expect(supportEventFor(FACTS, START - 10 * MIN).durationBucket).toBe('<2min');
  });

  it('refuses facts that cannot make a valid event', () => {
    expect(() => supportEventFor({ ...FACTS, language: 'de' as never }, START + MIN)).toThrow(/language/);
  });
});

describe('inferredOutcome', () => {
  it.each([
    ['idle', false, null, 'abandoned'],
    ['idle', true, null, 'helped'],
    ['idle', true, 'authority', 'referred'],
    ['idle', false, 'authority', 'abandoned'],
    ['client', false, null, 'selfService'],
    ['client', true, null, 'helped'],
    ['client', false, 'learning', 'referred'],
    ['crash', false, null, 'selfService'],
  ] as const)('ended by %s, assist %s, referral %s: %s', (endedBy, assistUsed, referral, outcome) => {
    expect(inferredOutcome({ endedBy, assistUsed }, referral)).toBe(outcome);
  });
});
