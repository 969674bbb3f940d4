import type { MultiChoiceQuestion } from '../../../shared/content/assessment-model';

/**
 * The choices of a multi-choice question after the client ticks or unticks `optionId`.
 * "None of these" cannot be combined: ticking it clears the others, and ticking another
 * option clears it. The result follows the question's option order, as the machine stores it.
 */
export function toggleChoice(question: MultiChoiceQuestion, chosen: readonly string[], optionId: string, checked: boolean): string[] {
  if (!question.options.includes(optionId)) return question.options.filter((id) => chosen.includes(id));
  let next: readonly string[];
  if (!checked) next = chosen.filter((id) => id !== optionId);
  else if (optionId === question.exclusive) next = [optionId];
  else next = [...chosen.filter((id) => id !== question.exclusive), optionId];
  return question.options.filter((id) => next.includes(id));
}
