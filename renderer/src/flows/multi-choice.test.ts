import { describe, expect, it } from 'vitest';
import { ASSESSMENT_QUESTIONS, normalizeAnswer, type MultiChoiceQuestion } from '../../../shared/content/assessment-model';
import { toggleChoice } from './multi-choice';

const unsure = ASSESSMENT_QUESTIONS.find((q): q is Extract<typeof q, { kind: 'multi' }> => q.id === 'unsure') as MultiChoiceQuestion;

describe('toggleChoice', () => {
  it('adds and removes options in question order', () => {
    let chosen = toggleChoice(unsure, [], 'service', true);
    chosen = toggleChoice(unsure, chosen, 'device', true);
    expect(chosen).toEqual(['device', 'service']);
    expect(toggleChoice(unsure, chosen, 'device', false)).toEqual(['service']);
  });

  it('clears the other options when "none" is ticked', () => {
    expect(toggleChoice(unsure, ['device', 'internet'], 'none', true)).toEqual(['none']);
  });

  it('clears "none" when another option is ticked', () => {
    expect(toggleChoice(unsure, ['none'], 'confidence', true)).toEqual(['confidence']);
  });

  it('always gives an answer the machine accepts', () => {
    const sequence: [string, boolean][] = [
      ['device', true],
      ['none', true],
      ['internet', true],
      ['service', true],
      ['internet', false],
      ['none', true],
      ['none', false],
    ];
    let chosen: string[] = [];
    for (const [option, checked] of sequence) {
      chosen = toggleChoice(unsure, chosen, option, checked);
      expect(normalizeAnswer(unsure, chosen), `${option} ${checked}`).toEqual(chosen);
    }
    expect(chosen).toEqual([]);
  });

  it('ignores an option the question does not have', () => {
    expect(toggleChoice(unsure, ['device'], 'biggerText', true)).toEqual(['device']);
  });
});
