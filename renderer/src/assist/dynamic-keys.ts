/**
 * The i18n keys assist mode builds at run time (template literals), listed for the key test:
 * a key family here must match what the components build.
 */
import { LANGUAGES } from '../../../shared/content/languages';
import { SECTIONS } from './ReportScreen';

export const ANCHOR_PHASES = ['beforeMidpoint', 'beforeGoal', 'pastGoal'] as const;

export function allAssistDynamicKeys(): string[] {
  return [
    ...ANCHOR_PHASES.map((phase) => `assist.panel.anchors.phase.${phase}`),
    ...SECTIONS.map(([field]) => `assist.report.sections.${field}`),
    ...LANGUAGES.map((language) => `assist.report.languages.${language}`),
  ];
}
