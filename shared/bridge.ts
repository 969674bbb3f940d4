/**
 * The contract between the UI renderer and its host (Electron main, or the browser host).
 * Every command (renderer → host, request/response) and event (host → renderer) is declared
 * here with a zod schema; hosts validate every payload against it, and the preload exposes
 * exactly one named function per command.
 */
import { z } from 'zod';
import { AccessibilityPrefsSchema } from './content/accessibility';
import { GOAL_IDS, NEED_CATEGORIES, ROUTE_KINDS } from './content/assessment-model';
import { LanguageSchema, LocalizedTextSchema } from './content/languages';
import { ASSIST_OUTCOMES, COMMUNICATION_STYLES } from './content/worker-guidance';

/** Why a navigation was refused; the UI turns the code into a plain explanation. */
export const BLOCK_REASONS = ['unparsable', 'not-https', 'credentials', 'not-allowed', 'certificate'] as const;
export const BlockReasonSchema = z.enum(BLOCK_REASONS);
export type BlockReason = z.infer<typeof BlockReasonSchema>;

export const SESSION_PHASES = ['wiping', 'verifying', 'welcome', 'active', 'ending', 'outOfService'] as const;
export const SessionPhaseSchema = z.enum(SESSION_PHASES);
export type SessionPhase = z.infer<typeof SessionPhaseSchema>;

/**
 * What the host keeps of a self-assessment: ids only, never free text, in memory for the
 * client session (assist mode and anonymous statistics read it later).
 */
export const AssessmentSummarySchema = z
  .object({
    route: z.enum(ROUTE_KINDS),
    withStaff: z.boolean(),
    goal: z.enum(GOAL_IDS).nullable(),
    level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).nullable(),
    needCategory: z.enum(NEED_CATEGORIES).nullable(),
    referralId: z
      .string()
      .regex(/^[A-Za-z0-9-]{1,40}$/)
      .nullable(),
  })
  .strict();
export type AssessmentSummary = z.infer<typeof AssessmentSummarySchema>;

/** The worker's assist mode as the UI sees it (shared/machines/assist.ts assistView); nothing secret. */
export const AssistViewSchema = z.object({
  mode: z.enum(['off', 'pinEntry', 'checking', 'on']),
  pinError: z
    .object({
      reason: z.enum(['wrong', 'locked', 'no-pin', 'unavailable']),
      attemptsLeft: z.number().int().nullable(),
      lockedUntil: z.number().nullable(),
    })
    .nullable(),
  helpRequested: z.boolean(),
  privacyMoment: z.boolean(),
  panelVisible: z.boolean(),
  shareConsent: z.enum(['unasked', 'shared', 'declined']),
  style: z.enum(COMMUNICATION_STYLES).nullable(),
  anchors: z.object({ midpointMinutes: z.number().int(), goalMinutes: z.number().int() }).nullable(),
  joinedAt: z.number().nullable(),
  temporaryHosts: z.array(z.string()),
  assistUsed: z.boolean(),
  lastOutcome: z.enum(ASSIST_OUTCOMES).nullable(),
  referral: z.string().nullable(),
});
export type AssistViewState = z.infer<typeof AssistViewSchema>;

/** Assist mode when no client session is open: nobody in, nothing asked, nothing recorded. */
export const ASSIST_VIEW_OFF: AssistViewState = {
  mode: 'off',
  pinError: null,
  helpRequested: false,
  privacyMoment: false,
  panelVisible: false,
  shareConsent: 'unasked',
  style: null,
  anchors: null,
  joinedAt: null,
  temporaryHosts: [],
  assistUsed: false,
  lastOutcome: null,
  referral: null,
};

const CategoryCountsSchema = z.array(z.object({ key: z.union([z.string(), z.number(), z.null()]), sessions: z.number().int() }));
/** The staff report: anonymous counts only (electron/services/stats/report.ts). */
export const StaffReportSchema = z.object({
  from: z.string(),
  to: z.string(),
  total: z.number().int(),
  perDay: z.array(z.object({ day: z.string(), sessions: z.number().int() })),
  byHour: CategoryCountsSchema,
  byDuration: CategoryCountsSchema,
  byLanguage: CategoryCountsSchema,
  byLevel: CategoryCountsSchema,
  byNeed: CategoryCountsSchema,
  byGoal: CategoryCountsSchema,
  byRoute: CategoryCountsSchema,
  byOutcome: CategoryCountsSchema,
  byReferral: CategoryCountsSchema,
  accessibility: CategoryCountsSchema,
  assist: z.object({ assisted: z.number().int(), total: z.number().int(), share: z.number() }),
});
export type StaffReport = z.infer<typeof StaffReportSchema>;

const DocumentIdSchema = z.string().regex(/^doc-\d{1,6}$/, 'a document id such as doc-1');

/** Why a file did not become one of the client's documents (the UI explains each). */
export const DOCUMENT_NOTICES = ['not-a-document', 'too-large', 'too-many', 'unreadable', 'inbox-unavailable', 'print-failed'] as const;

/** The client's documents of this session: names for the client's eyes, in memory, wiped. */
export const DocumentsViewSchema = z.object({
  items: z.array(
    z.object({
      id: DocumentIdSchema,
      name: z.string(),
      kind: z.enum(['pdf', 'image']),
      source: z.enum(['download', 'usb', 'scanner']),
      bytes: z.number().int().nonnegative(),
    }),
  ),
  /** The document open in the viewer, if any. */
  viewing: DocumentIdSchema.nullable(),
  /** An e-service asked for a file: the in-kiosk picker is up. */
  picker: z.object({ multiple: z.boolean() }).nullable(),
  notice: z.object({ reason: z.enum(DOCUMENT_NOTICES), host: z.string().nullable() }).nullable(),
  /** Which inbox folders the service point has (config documents). */
  inbox: z.object({ usb: z.boolean(), scanner: z.boolean() }),
  /** Whether a Print action is offered (config printer.enabled). */
  printer: z.boolean(),
});
export type DocumentsView = z.infer<typeof DocumentsViewSchema>;

const DaySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

export const SnapshotSchema = z.object({
  /** Grows with every change of the rest: the UI never replaces a snapshot with an older one. */
  revision: z.number().int().nonnegative(),
  session: z.object({
    phase: SessionPhaseSchema,
    language: LanguageSchema,
    /** Seconds left in the idle warning, or null when no warning is shown. */
    idleSecondsLeft: z.number().int().nonnegative().nullable(),
    /** Seconds left before an unanswered "end session?" confirmation ends the session. */
    endSecondsLeft: z.number().int().nonnegative().nullable(),
  }),
  content: z.object({
    /** Host of the page shown, never the full URL; null when the home tiles are shown. */
    host: z.string().nullable(),
    canGoBack: z.boolean(),
    canGoForward: z.boolean(),
    loading: z.boolean(),
  }),
  /** The last refused navigation, until the client dismisses the notice. */
  blocked: z.object({ host: z.string().nullable(), reason: BlockReasonSchema }).nullable(),
  /** The current client's choices, held by the host in memory and reset at every wipe. */
  client: z.object({
    ethicsAcknowledged: z.boolean(),
    /** null: not answered (yet); 'skipped': the client chose not to. */
    assessment: z.union([AssessmentSummarySchema, z.literal('skipped')]).nullable(),
    accessibility: AccessibilityPrefsSchema,
  }),
  /** Assist mode of the current client session; everything off outside a session. */
  assist: AssistViewSchema,
  /** The referral directory of this service point (config), for the worker panel and cards. */
  referrals: z.array(z.object({ id: z.string(), kind: z.string(), name: LocalizedTextSchema, web: z.string().nullable(), visit: z.boolean(), phone: z.string().optional() })),
  /** Configuration problems for staff to see (the kiosk runs on the last good configuration). */
  configProblems: z.array(z.string()),
  /** The key combination that opens the staff PIN pad (config assist.shortcut). */
  staffShortcut: z.string(),
  services: z.array(
    z.object({ id: z.string(), name: LocalizedTextSchema, description: LocalizedTextSchema, host: z.string() }),
  ),
  languages: z.array(LanguageSchema),
  documents: DocumentsViewSchema,
});
export type Snapshot = z.infer<typeof SnapshotSchema>;

const Empty = z.object({}).strict();
const Nothing = z.void();

/** Where the content surface sits, in CSS pixels of the UI view. */
export const ContentLayoutSchema = z
  .object({
    bounds: z
      .object({
        x: z.number().int().min(0).max(20000),
        y: z.number().int().min(0).max(20000),
        width: z.number().int().min(0).max(20000),
        height: z.number().int().min(0).max(20000),
      })
      .strict(),
    /** False while the home tiles or an overlay cover the content. */
    visible: z.boolean(),
  })
  .strict();
export type ContentLayout = z.infer<typeof ContentLayoutSchema>;

export const commands = {
  getSnapshot: { request: Empty, response: SnapshotSchema },
  startSession: { request: z.object({ language: LanguageSchema }).strict(), response: Nothing },
  setLanguage: { request: z.object({ language: LanguageSchema }).strict(), response: Nothing },
  openService: { request: z.object({ serviceId: z.string().max(40) }).strict(), response: Nothing },
  contentAction: {
    request: z.object({ action: z.enum(['home', 'back', 'forward', 'reload']) }).strict(),
    response: Nothing,
  },
  setContentLayout: { request: ContentLayoutSchema, response: Nothing },
  dismissBlocked: { request: Empty, response: Nothing },
  acknowledgeEthics: { request: Empty, response: Nothing },
  setAssessment: {
    request: z.object({ assessment: z.union([AssessmentSummarySchema, z.literal('skipped')]) }).strict(),
    response: Nothing,
  },
  setAccessibility: { request: z.object({ prefs: AccessibilityPrefsSchema }).strict(), response: Nothing },
  openStaffEntry: { request: Empty, response: Nothing },
  submitPin: { request: z.object({ pin: z.string().regex(/^\d{4,12}$/, '4 to 12 digits') }).strict(), response: Nothing },
  cancelPin: { request: Empty, response: Nothing },
  exitAssist: {
    request: z.object({ outcome: z.enum(ASSIST_OUTCOMES), referralId: z.string().regex(/^[A-Za-z0-9-]{1,40}$/).nullable() }).strict(),
    response: Nothing,
  },
  setCommunicationStyle: { request: z.object({ style: z.enum(COMMUNICATION_STYLES).nullable() }).strict(), response: Nothing },
  setAnchors: {
    request: z.object({ midpointMinutes: z.number().int().min(1).max(239), goalMinutes: z.number().int().min(2).max(240) }).strict(),
    response: Nothing,
  },
  allowHostTemporarily: { request: z.object({ host: z.string().min(1).max(260) }).strict(), response: Nothing },
  setShareConsent: { request: z.object({ share: z.boolean() }).strict(), response: Nothing },
  requestHelp: { request: Empty, response: Nothing },
  cancelHelp: { request: Empty, response: Nothing },
  /** The staff report: only while a worker is in (behind the PIN). */
  getReport: { request: z.object({ from: DaySchema, to: DaySchema }).strict(), response: StaffReportSchema },
  openDocument: { request: z.object({ id: DocumentIdSchema }).strict(), response: Nothing },
  closeDocument: { request: Empty, response: Nothing },
  /** The bytes of one of the session's documents, for the in-kiosk viewer (base64). */
  readDocument: {
    request: z.object({ id: DocumentIdSchema }).strict(),
    response: z.object({ mime: z.string(), data: z.string() }),
  },
  /** Fetch new documents from the USB stick and the scanner folder. */
  refreshInbox: { request: Empty, response: Nothing },
  /** Answer the e-service's file chooser with these documents. */
  chooseDocuments: { request: z.object({ ids: z.array(DocumentIdSchema).min(1).max(20) }).strict(), response: Nothing },
  cancelPicker: { request: Empty, response: Nothing },
  dismissDocumentNotice: { request: Empty, response: Nothing },
  /** Print the page shown or the open document, after the client confirmed, to the configured printer. */
  print: {
    request: z.object({ target: z.enum(['page', 'document']) }).strict(),
    response: z.object({ printed: z.boolean() }),
  },
  reportActivity: { request: Empty, response: Nothing },
  moreTime: { request: Empty, response: Nothing },
  requestEnd: { request: Empty, response: Nothing },
  cancelEnd: { request: Empty, response: Nothing },
  confirmEnd: { request: Empty, response: Nothing },
} as const satisfies Record<string, { request: z.ZodType; response: z.ZodType }>;

export type Commands = typeof commands;
export type CommandName = keyof Commands;
export const COMMAND_NAMES = Object.keys(commands) as CommandName[];
export type CommandRequest<K extends CommandName> = z.input<Commands[K]['request']>;
export type CommandResponse<K extends CommandName> = z.output<Commands[K]['response']>;

export const events = {
  snapshot: SnapshotSchema,
} as const;
export type EventName = keyof typeof events;
export type EventPayload<K extends EventName> = z.output<(typeof events)[K]>;

/** The object the renderer finds at `window.kiosk`, whichever host it runs in. */
export type KioskApi = {
  readonly [K in CommandName]: (payload: CommandRequest<K>) => Promise<CommandResponse<K>>;
} & {
  readonly onSnapshot: (listener: (snapshot: Snapshot) => void) => () => void;
};

/** IPC channel names (Electron) and route names (browser host) derive from these. */
export const commandChannel = (name: CommandName): string => `kiosk:cmd:${name}`;
export const EVENT_CHANNEL_SNAPSHOT = 'kiosk:event:snapshot';

export function isCommandName(name: unknown): name is CommandName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(commands, name);
}

/** Validates a command payload; the error message names the command and the fields at fault. */
export function parseCommand<K extends CommandName>(name: K, payload: unknown): z.output<Commands[K]['request']> {
  const result = commands[name].request.safeParse(payload ?? {});
  if (!result.success) {
    const detail = describeIssues(result.error.issues).join('; ');
    throw new BridgeValidationError(`invalid payload for ${name}: ${detail}`);
  }
  return result.data as z.output<Commands[K]['request']>;
}

/**
 * Lines naming each field at fault. A union ("a summary or 'skipped'") only says "Invalid
 * input"; the branch that got furthest (deepest issue paths) says what is actually wrong.
 */
export function describeIssues(issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[] = []): string[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const depth = (branch: readonly z.core.$ZodIssue[]) => Math.min(...branch.map((i) => i.path.length));
      const deepest = [...issue.errors].sort((a, b) => depth(b) - depth(a))[0] ?? [];
      if (depth(deepest) > 0) return describeIssues(deepest, path);
    }
    return [`${path.map(String).join('.') || '(payload)'}: ${issue.message}`];
  });
}

export class BridgeValidationError extends Error {
  override readonly name = 'BridgeValidationError';
}
