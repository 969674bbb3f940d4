import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFS, PREF_KEYS } from '../../../shared/content/accessibility';
import {
  ACCESSIBILITY_FEATURES,
  accessibilityBit,
  accessibilityFeaturesOf,
  accessibilityFlags,
  ALL_ACCESSIBILITY_FLAGS,
  durationBucketFor,
  InvalidSupportEventError,
  parseSupportEvent,
  type SupportEvent,
} from './support-event';

const EVENT: SupportEvent = {
  day: '2025-03-04',
  hour: 13,
  durationBucket: '15-30min',
  language: 'sv',
  level: 3,
  needCategory: 'internet',
  goal: 'tax',
  route: 'askStaff',
  accessibility: 5,
  assistUsed: true,
  outcome: 'helped',
  referralCategory: 'learning',
};

describe('duration buckets', () => {
  it.each([
    [0, '<2min'],
    [119.9, '<2min'],
    [120, '2-5min'],
    [299, '2-5min'],
    [300, '5-15min'],
    [899, '5-15min'],
    [900, '15-30min'],
    [1800, '30-60min'],
    [3599, '30-60min'],
    [3600, '>60min'],
    [86_400, '>60min'],
    [-5, '<2min'],
    [Number.NaN, '<2min'],
  ])('%s s is %s', (seconds, bucket) => expect(durationBucketFor(seconds)).toBe(bucket));
});

describe('accessibility flags', () => {
  it('has a bit for every preference, and only for preferences', () => {
    expect([...ACCESSIBILITY_FEATURES].sort()).toEqual([...PREF_KEYS].sort());
    expect(ALL_ACCESSIBILITY_FLAGS).toBe(0b1_1111_1111);
  });

  it('are empty for the defaults', () => expect(accessibilityFlags(DEFAULT_PREFS)).toBe(0));

  it('mark every preference that differs from its default', () => {
    expect(accessibilityFlags({ ...DEFAULT_PREFS, textScale: 1.5 })).toBe(accessibilityBit('textScale'));
    expect(accessibilityFlags({ ...DEFAULT_PREFS, theme: 'yellowOnBlack', font: 'openDyslexic' })).toBe(
      accessibilityBit('theme') | accessibilityBit('font'),
    );
    const everything = {
      textScale: 2,
      theme: 'darkHighContrast',
      textSpacing: true,
      font: 'atkinson',
      largeCursor: true,
      reducedMotion: true,
      readAloud: true,
      singleTap: true,
      onScreenKeyboard: true,
    } as const;
    expect(accessibilityFlags(everything)).toBe(ALL_ACCESSIBILITY_FLAGS);
  });

  it('give back the features they name, in list order', () => {
    expect(accessibilityFeaturesOf(accessibilityBit('readAloud') | accessibilityBit('textScale'))).toEqual(['textScale', 'readAloud']);
    expect(accessibilityFeaturesOf(0)).toEqual([]);
    expect(accessibilityFeaturesOf(ALL_ACCESSIBILITY_FLAGS)).toEqual([...ACCESSIBILITY_FEATURES]);
  });
});

describe('SupportEventSchema', () => {
  it('accepts a complete event and one with nothing optional given', () => {
    expect(parseSupportEvent(EVENT)).toEqual(EVENT);
    const bare = { ...EVENT, level: null, needCategory: null, goal: null, route: null, referralCategory: null, accessibility: 0 };
    expect(parseSupportEvent(bare)).toEqual(bare);
  });

  it.each([
    ['a date that does not exist', { day: '2025-02-29' }, 'day'],
    ['an hour of 24', { hour: 24 }, 'hour'],
    ['an unknown bucket', { durationBucket: '10min' }, 'durationBucket'],
    ['a level of 5', { level: 5 }, 'level'],
    ['an unknown goal', { goal: 'shopping' }, 'goal'],
    ['flags beyond the features', { accessibility: ALL_ACCESSIBILITY_FLAGS + 1 }, 'accessibility'],
    ['an unknown outcome', { outcome: 'happy' }, 'outcome'],
    ['a referral id instead of a category', { referralCategory: 'kela' }, 'referralCategory'],
    ['an extra field', { clientName: 'Matti' }, '(event)'],
  ])('refuses %s, naming the field but never the value', (_what, change, field) => {
    const attempt = () => parseSupportEvent({ ...EVENT, ...change });
    expect(attempt).toThrow(InvalidSupportEventError);
    expect(attempt).toThrow(field);
    expect(attempt).not.toThrow(/Matti|shopping|happy/);
  });
});
