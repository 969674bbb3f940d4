import { describe, expect, it } from 'vitest';
import { AssessmentSummarySchema } from '../../../shared/bridge';
import { ROUTE_KINDS, routeFor, type AssessmentAnswers, type RouteKind } from '../../../shared/content/assessment-model';
import { toSummary } from './summary';

/** Answers that lead to each route (the record type makes a new route kind fail to compile here). */
const FIXTURES: { readonly [R in RouteKind]: AssessmentAnswers } = {
  goAhead: { goal: 'benefit', level: '1', unsure: ['none'], strongAuth: 'yes', ease: ['none'] },
  askStaff: { goal: 'messages', level: '3', strongAuth: 'yes' },
  authority: { goal: 'tax', level: '2', unsure: ['service', 'confidence'], strongAuth: 'yes', ease: ['biggerText'] },
  learning: { goal: 'learn', level: '2' },
  identification: { goal: 'immigration', strongAuth: 'unknown' },
  onBehalf: { goal: 'health', level: '4', strongAuth: 'no' },
};

describe('toSummary', () => {
  for (const route of ROUTE_KINDS) {
    it(`gives a summary the host accepts for the ${route} route`, () => {
      const answers = FIXTURES[route];
      const result = routeFor(answers);
      expect(result.route).toBe(route);
      const summary = toSummary(result, answers.goal ?? null);
      expect(AssessmentSummarySchema.parse(summary)).toEqual(summary);
      expect(summary.route).toBe(route);
      expect(summary.withStaff).toBe(result.withStaff);
      expect(summary.level).toBe(result.level);
      expect(summary.needCategory).toBe(result.needCategory);
      expect(summary.referralId).toBe(result.referralId);
    });
  }

  it('carries the referral of the authority route', () => {
    const summary = toSummary(routeFor(FIXTURES.authority), 'tax');
    expect(summary).toMatchObject({ route: 'authority', referralId: 'vero', goal: 'tax', level: 2, needCategory: 'service' });
  });

  it('keeps the chosen goal when it names no service', () => {
    expect(toSummary(routeFor(FIXTURES.learning), 'learn').goal).toBe('learn');
    expect(toSummary(routeFor({ goal: 'other' }), 'other').goal).toBe('other');
  });

  it('is all nulls for a client who skipped every question', () => {
    const summary = toSummary(routeFor({}), null);
    expect(AssessmentSummarySchema.parse(summary)).toEqual({
      route: 'goAhead',
      withStaff: false,
      goal: null,
      level: null,
      needCategory: null,
      referralId: null,
    });
  });

  it('holds ids only, never the ease wishes or other answers', () => {
    const summary = toSummary(routeFor(FIXTURES.authority), 'tax');
    expect(Object.keys(summary).sort()).toEqual(['goal', 'level', 'needCategory', 'referralId', 'route', 'withStaff']);
  });
});
