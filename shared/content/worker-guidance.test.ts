import { describe, expect, it } from 'vitest';
import { NEED_CATEGORIES } from './assessment-model';
import { LANGUAGES } from './languages';
import {
  allGuidanceKeys,
  ASSIST_OUTCOMES,
  COMMUNICATION_STYLES,
  guidanceKeys,
  isAssistOutcome,
  isCommunicationStyle,
  NEED_GUIDANCE,
  needResponseKeys,
  needSignalKeys,
  PIN_MESSAGE_IDS,
  PRIVACY_MOMENT_IDS,
  strategyStepKeys,
  STYLE_GUIDANCE,
  styleResponseKeys,
  TIME_STRATEGIES,
  TIME_STRATEGY_IDS,
} from './worker-guidance';
import { guidanceMessages, guidanceTexts } from './worker-guidance-texts';

const unique = (list: readonly string[]) => new Set(list).size === list.length;

describe('worker guidance data', () => {
  it.each(NEED_CATEGORIES)('need category %s has 3–5 signals and 3–5 responses, each id once', (category) => {
    const { signals, responses } = NEED_GUIDANCE[category];
    expect(signals.length).toBeGreaterThanOrEqual(3);
    expect(signals.length).toBeLessThanOrEqual(5);
    expect(responses.length).toBeGreaterThanOrEqual(3);
    expect(responses.length).toBeLessThanOrEqual(5);
    expect(unique([...signals, ...responses])).toBe(true);
  });

  it('covers exactly the four need categories of the assessment model', () => {
    expect(Object.keys(NEED_GUIDANCE).sort()).toEqual([...NEED_CATEGORIES].sort());
  });

  it.each(COMMUNICATION_STYLES)('communication style %s has 2–4 responses, each id once', (style) => {
    const { responses } = STYLE_GUIDANCE[style];
    expect(responses.length).toBeGreaterThanOrEqual(2);
    expect(responses.length).toBeLessThanOrEqual(4);
    expect(unique(responses)).toBe(true);
  });

  it('names the five communication styles of the handbook, and recognises only them', () => {
    expect(COMMUNICATION_STYLES).toEqual(['temperamental', 'timid', 'rambling', 'pessimistic', 'passive']);
    expect(Object.keys(STYLE_GUIDANCE).sort()).toEqual([...COMMUNICATION_STYLES].sort());
    for (const style of COMMUNICATION_STYLES) expect(isCommunicationStyle(style)).toBe(true);
    for (const value of ['Timid', 'grumpy', '', null, undefined, 3, ['timid']]) expect(isCommunicationStyle(value)).toBe(false);
  });

  it('has the two time strategies with three steps each', () => {
    expect(TIME_STRATEGY_IDS).toEqual(['timeShort', 'moreTime']);
    for (const strategy of TIME_STRATEGY_IDS) {
      expect(TIME_STRATEGIES[strategy]).toHaveLength(3);
      expect(unique(TIME_STRATEGIES[strategy])).toBe(true);
    }
  });

  it('has the three privacy-moment texts', () => {
    expect(PRIVACY_MOMENT_IDS).toEqual(['clientLogsInThemselves', 'workerLooksAway', 'scamTip']);
  });

  it('lets a worker record the statistics outcomes except the one only the host infers', () => {
    expect(ASSIST_OUTCOMES).toEqual(['selfService', 'helped', 'referred', 'notResolved']);
    for (const outcome of ASSIST_OUTCOMES) expect(isAssistOutcome(outcome)).toBe(true);
    for (const value of ['abandoned', 'Helped', '', null, 1]) expect(isAssistOutcome(value)).toBe(false);
  });
});

describe('worker guidance keys', () => {
  it('builds keys by the documented convention', () => {
    expect(guidanceKeys.needTitle('device')).toBe('guidance.needs.device.title');
    expect(guidanceKeys.needSignal('internet', 'cannotGoBack')).toBe('guidance.needs.internet.signals.cannotGoBack');
    expect(guidanceKeys.needResponse('confidence', 'creditTheClient')).toBe('guidance.needs.confidence.responses.creditTheClient');
    expect(guidanceKeys.styleTitle('timid')).toBe('guidance.styles.timid.title');
    expect(guidanceKeys.styleDescription('passive')).toBe('guidance.styles.passive.description');
    expect(guidanceKeys.styleResponse('passive', 'pointToGuidelines')).toBe('guidance.styles.passive.responses.pointToGuidelines');
    expect(guidanceKeys.strategyTitle('timeShort')).toBe('guidance.time.timeShort.title');
    expect(guidanceKeys.strategyStep('moreTime', 'addAnchors')).toBe('guidance.time.moreTime.steps.addAnchors');
    expect(guidanceKeys.anchor('midpoint')).toBe('guidance.anchors.midpoint');
    expect(guidanceKeys.anchorTip()).toBe('guidance.anchors.tip');
    expect(guidanceKeys.privacy('scamTip')).toBe('guidance.privacy.scamTip');
    expect(guidanceKeys.pinMessage('noPin')).toBe('guidance.pin.noPin');
    expect(guidanceKeys.outcome('notResolved')).toBe('guidance.outcomes.notResolved');
    expect(guidanceKeys.heading('signals')).toBe('guidance.headings.signals');
  });

  it('lists the keys of each section in display order', () => {
    expect(needSignalKeys('device')).toEqual(NEED_GUIDANCE.device.signals.map((id) => guidanceKeys.needSignal('device', id)));
    expect(needResponseKeys('service')).toEqual(NEED_GUIDANCE.service.responses.map((id) => guidanceKeys.needResponse('service', id)));
    expect(styleResponseKeys('rambling')).toEqual(STYLE_GUIDANCE.rambling.responses.map((id) => guidanceKeys.styleResponse('rambling', id)));
    expect(strategyStepKeys('timeShort')).toEqual(TIME_STRATEGIES.timeShort.map((id) => guidanceKeys.strategyStep('timeShort', id)));
  });

  it('lists every key once, all under guidance.', () => {
    const keys = allGuidanceKeys();
    expect(unique(keys)).toBe(true);
    for (const key of keys) expect(key).toMatch(/^guidance(\.[a-zA-Z]+)+$/);
    for (const category of NEED_CATEGORIES) {
      expect(keys).toEqual(expect.arrayContaining([...needSignalKeys(category), ...needResponseKeys(category)]));
    }
    for (const style of COMMUNICATION_STYLES) expect(keys).toEqual(expect.arrayContaining(styleResponseKeys(style)));
    expect(keys).toEqual(expect.arrayContaining(PIN_MESSAGE_IDS.map(guidanceKeys.pinMessage)));
  });
});

describe('worker guidance texts', () => {
  const keys = [...allGuidanceKeys()].sort();

  it.each(LANGUAGES)('%s has exactly the keys of allGuidanceKeys()', (language) => {
    expect(Object.keys(guidanceTexts[language]).sort()).toEqual(keys);
  });

  it.each(LANGUAGES)('%s texts are short, trimmed and interpolate only where the PIN pad expects', (language) => {
    for (const [key, text] of Object.entries(guidanceTexts[language])) {
      expect(text.trim(), key).toBe(text);
      expect(text.length, key).toBeGreaterThan(0);
      // Read at a glance beside the client: one or two short sentences.
      expect(text.length, key).toBeLessThanOrEqual(120);
      const placeholders = text.match(/\{\{\w+\}\}/g) ?? [];
      const expected: Record<string, string[]> = {
        [guidanceKeys.pinMessage('wrong')]: ['{{attemptsLeft}}'],
        [guidanceKeys.pinMessage('locked')]: ['{{minutes}}'],
      };
      expect(placeholders, key).toEqual(expected[key] ?? []);
    }
  });

  it('is translated: no Finnish or Swedish text is the English one', () => {
    for (const language of ['fi', 'fi-plain', 'sv'] as const) {
      const same = keys.filter((key) => guidanceTexts[language][key] === guidanceTexts.en[key]);
      expect(same, language).toEqual([]);
    }
  });

  it('keeps plain Finnish plainer than standard Finnish', () => {
    const longestSentence = (language: 'fi' | 'fi-plain') =>
      Math.max(...Object.values(guidanceTexts[language]).flatMap((text) => text.split(/[.?!:;]\s/).map((sentence) => sentence.length)));
    const total = (language: 'fi' | 'fi-plain') => Object.values(guidanceTexts[language]).join('').length;
    expect(total('fi-plain')).toBeLessThan(total('fi'));
    expect(longestSentence('fi-plain')).toBeLessThanOrEqual(80);
    expect(longestSentence('fi-plain')).toBeLessThan(longestSentence('fi'));
  });

  it('the tree and the flat texts say the same thing', () => {
    for (const language of LANGUAGES) {
      for (const key of keys) {
        const leaf = key
          .split('.')
          .slice(1)
          .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], guidanceMessages[language]);
        expect(leaf, `${language} ${key}`).toBe(guidanceTexts[language][key]);
      }
    }
  });

  it('the privacy moment says the client logs in and no authority asks for bank codes', () => {
    expect(guidanceTexts.en[guidanceKeys.privacy('clientLogsInThemselves')]).toMatch(/log in yourself/i);
    expect(guidanceTexts.en[guidanceKeys.privacy('scamTip')]).toMatch(/no authority.*bank codes.*text-message.*phone/i);
    expect(guidanceTexts.fi[guidanceKeys.privacy('scamTip')]).toMatch(/pankkitunnuksia.*tekstiviesti.*puhelimessa/);
    expect(guidanceTexts.sv[guidanceKeys.privacy('scamTip')]).toMatch(/bankkoder.*sms.*telefon/);
    expect(guidanceTexts['fi-plain'][guidanceKeys.privacy('scamTip')]).toMatch(/pankkitunnuksia.*tekstiviesti.*puhelimessa/);
  });
});
