/**
 * The referral directory: where a client is sent onward when support here would exceed the
 * time or the competence of the service point (the "safety valves" of DOMAIN.md).
 *
 * Entries hold proper names and web addresses only, never sentences: what a referral means
 * for the client is said by the renderer from the i18n keys of its `kind`. The list below is
 * the default; a service point edits it through its configuration (regions differ), which is
 * why the schema accepts ids beyond the default ones.
 */
import { z } from 'zod';
import { LocalizedTextSchema } from './languages';

export const REFERRAL_KINDS = ['authority', 'learning', 'identification', 'onBehalf', 'advice'] as const;
export const ReferralKindSchema = z.enum(REFERRAL_KINDS);
export type ReferralKind = z.infer<typeof ReferralKindSchema>;

/** The ids of the default directory; `routeFor` only ever refers to these. */
export const DEFAULT_REFERRAL_IDS = [
  'kela',
  'vero',
  'migri',
  'dvv',
  'wellbeingCounty',
  'kansalaisneuvonta',
  'library',
  'seniorSurf',
  'enter',
  'adultEducation',
  'banks',
  'dvvIdCard',
  'eAuthorizations',
] as const;
export type ReferralId = (typeof DEFAULT_REFERRAL_IDS)[number];

const HOST_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/** A bare host name such as `www.kela.fi`: lower case, at least two labels, no port. */
function isHostName(value: string): boolean {
  const labels = value.split('.');
  return value.length <= 253 && labels.length >= 2 && labels.every((label) => HOST_LABEL.test(label));
}

/**
 * An https address of a public page. Checked by shape rather than with the WHATWG parser so
 * the rule reads the same everywhere: a host name, then optionally a path without spaces,
 * and no credentials, port, query or fragment (a directory entry has no use for them, and a
 * query could carry someone's data).
 */
function isPublicHttpsUrl(value: string): boolean {
  const match = /^https:\/\/([^/?#]+)(\/[^\s?#]*)?$/.exec(value);
  return match?.[1] !== undefined && isHostName(match[1]);
}

export const ReferralWebSchema = z
  .string()
  .max(300)
  .refine((value) => isHostName(value) || isPublicHttpsUrl(value), 'a host name (www.kela.fi) or an https URL of a public page');

/** Digits, spaces, dashes and brackets with an optional leading +; filled in by the service point. */
export const ReferralPhoneSchema = z.string().regex(/^\+?[0-9(][0-9 ()-]{2,29}$/, 'a phone number such as +358 9 000 0000');

export const ReferralSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-zA-Z0-9]{0,39}$/, 'letters and digits, starting with a lower-case letter'),
    kind: ReferralKindSchema,
    /** Proper names: Kela / FPA / Kela. */
    name: LocalizedTextSchema,
    /**
     * Host only or an https URL of a public page; null where the right site depends on the
     * region or on the client (their own bank, their wellbeing services county), until the
     * service point fills it in.
     */
    web: ReferralWebSchema.nullable(),
    /** The client can meet them in person: at this service point or by appointment. */
    visit: z.boolean(),
    /** Never invented here: the service point fills in the number it wants clients to call. */
    phone: ReferralPhoneSchema.optional(),
  })
  .strict();
export type Referral = z.infer<typeof ReferralSchema>;

/** A directory: the ids must be unique, since routes and screens look entries up by id. */
export const ReferralDirectorySchema = z
  .array(ReferralSchema)
  .max(200)
  .refine((list) => new Set(list.map((entry) => entry.id)).size === list.length, 'referral ids must be unique');

/** An entry of the default directory: its id is one `routeFor` may return. */
export type DefaultReferral = Referral & { readonly id: ReferralId };

export const DEFAULT_REFERRALS: readonly DefaultReferral[] = [
  {
    id: 'kela',
    kind: 'authority',
    name: { fi: 'Kela', sv: 'FPA', en: 'Kela' },
    web: 'https://www.kela.fi/digituki',
    visit: true,
  },
  {
    id: 'vero',
    kind: 'authority',
    name: { fi: 'Verohallinto', sv: 'Skatteförvaltningen', en: 'Finnish Tax Administration' },
    web: 'www.vero.fi',
    visit: true,
  },
  {
    id: 'migri',
    kind: 'authority',
    name: { fi: 'Maahanmuuttovirasto (Migri)', sv: 'Migrationsverket (Migri)', en: 'Finnish Immigration Service (Migri)' },
    web: 'migri.fi',
    visit: true,
  },
  {
    id: 'dvv',
    kind: 'authority',
    name: {
      fi: 'Digi- ja väestötietovirasto (DVV)',
      sv: 'Myndigheten för digitalisering och befolkningsdata (MDB)',
      en: 'Digital and Population Data Services Agency (DVV)',
    },
    web: 'dvv.fi',
    visit: true,
  },
  {
    // Each region has its own county; the generic name stands in until the service point sets its own.
    id: 'wellbeingCounty',
    kind: 'authority',
    name: { fi: 'Hyvinvointialue', sv: 'Välfärdsområdet', en: 'Wellbeing services county' },
    web: null,
    visit: true,
  },
  {
    id: 'kansalaisneuvonta',
    kind: 'advice',
    name: { fi: 'Kansalaisneuvonta', sv: 'Medborgarrådgivningen', en: 'Citizen Advice' },
    web: 'www.kansalaisneuvonta.fi',
    visit: false,
  },
  {
    id: 'library',
    kind: 'learning',
    name: { fi: 'Lähikirjasto', sv: 'Närbiblioteket', en: 'Local library' },
    web: 'www.kirjastot.fi',
    visit: true,
  },
  {
    id: 'seniorSurf',
    kind: 'learning',
    name: { fi: 'SeniorSurf', sv: 'SeniorSurf', en: 'SeniorSurf' },
    web: 'seniorsurf.fi',
    visit: false,
  },
  {
    id: 'enter',
    kind: 'learning',
    name: { fi: 'ENTER ry', sv: 'ENTER rf', en: 'ENTER ry' },
    web: 'www.entersenior.fi',
    visit: false,
  },
  {
    id: 'adultEducation',
    kind: 'learning',
    name: { fi: 'Kansalaisopisto', sv: 'Medborgarinstitutet', en: 'Adult education centre' },
    web: null,
    visit: true,
  },
  {
    // Strong identification is given by the client's own bank; which one is the client's business.
    id: 'banks',
    kind: 'identification',
    name: { fi: 'Oma pankki', sv: 'Din bank', en: 'Your bank' },
    web: null,
    visit: true,
  },
  {
    // The certificate on the identity card (and its PIN codes) is DVV's.
    id: 'dvvIdCard',
    kind: 'identification',
    name: {
      fi: 'Digi- ja väestötietovirasto (DVV)',
      sv: 'Myndigheten för digitalisering och befolkningsdata (MDB)',
      en: 'Digital and Population Data Services Agency (DVV)',
    },
    web: 'dvv.fi',
    visit: true,
  },
  {
    id: 'eAuthorizations',
    kind: 'onBehalf',
    name: { fi: 'Suomi.fi-valtuudet', sv: 'Suomi.fi-fullmakter', en: 'Suomi.fi e-Authorizations' },
    web: 'https://www.suomi.fi/valtuudet',
    visit: true,
  },
];

/** Looks an entry up in a (possibly edited) directory; null when the service point removed it. */
export function findReferral(directory: readonly Referral[], id: string): Referral | null {
  return directory.find((entry) => entry.id === id) ?? null;
}

/** The entries of one kind, in directory order (e.g. every learning place for the "learn" route). */
export function referralsOfKind(directory: readonly Referral[], kind: ReferralKind): Referral[] {
  return directory.filter((entry) => entry.kind === kind);
}

/** The i18n key convention: entries carry names, the kinds carry the explanations. */
export const referralKeys = {
  /** `referrals.kinds.<kind>.title` */
  kindTitle: (kind: ReferralKind): string => `referrals.kinds.${kind}.title`,
  /** `referrals.kinds.<kind>.body`: what being referred there means for the client. */
  kindBody: (kind: ReferralKind): string => `referrals.kinds.${kind}.body`,
  /** `referrals.visit`: shown with entries that can be met in person. */
  visit: (): string => 'referrals.visit',
} as const;

/** Every i18n key this module needs, for the test that checks the resources of every language. */
export function allReferralKeys(): string[] {
  return [...REFERRAL_KINDS.flatMap((kind) => [referralKeys.kindTitle(kind), referralKeys.kindBody(kind)]), referralKeys.visit()];
}
