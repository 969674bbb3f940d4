import type { ExpectationId } from '../../../shared/content/ethics';
import type { QuestionId, RouteKind } from '../../../shared/content/assessment-model';
import type { ReferralKind } from '../../../shared/content/referrals';
import type { IconName } from '../components/Icon';

/** One picture per "what to expect" point, so the list can be taken in at a glance. */
export const EXPECTATION_ICONS: { readonly [E in ExpectationId]: IconName } = {
  staffHelpYouDoItYourself: 'people',
  nobodyAsksForYourCodes: 'lock',
  youLogInYourself: 'login',
  youAreResponsibleForWhatYouSend: 'send',
  staffMaySeeYourDataConfidential: 'eye',
  everythingIsWipedAtTheEnd: 'trash',
};

/**
 * Pictures beside the answer options. The goal tiles must have one (clients recognise a
 * picture before they read); the level options have none, the words matter there.
 */
const OPTION_ICONS: { readonly [Q in QuestionId]?: Readonly<Record<string, IconName>> } = {
  goal: {
    benefit: 'euro',
    messages: 'mail',
    tax: 'receipt',
    immigration: 'passport',
    attachments: 'paperclip',
    health: 'heart',
    learn: 'book',
    other: 'question',
  },
  unsure: { device: 'monitor', internet: 'globe', service: 'form', confidence: 'smile', none: 'check' },
  strongAuth: { yes: 'check', no: 'close', unknown: 'question' },
  ease: { biggerText: 'textSize', readAloud: 'speaker', contrast: 'contrast', none: 'check' },
};

export function optionIcon(questionId: QuestionId, optionId: string): IconName | null {
  return OPTION_ICONS[questionId]?.[optionId] ?? null;
}

export const ROUTE_ICONS: { readonly [R in RouteKind]: IconName } = {
  goAhead: 'arrowRight',
  askStaff: 'people',
  authority: 'building',
  learning: 'book',
  identification: 'idCard',
  onBehalf: 'people',
};

export const REFERRAL_ICONS: { readonly [K in ReferralKind]: IconName } = {
  authority: 'building',
  learning: 'book',
  identification: 'idCard',
  onBehalf: 'people',
  advice: 'question',
};
