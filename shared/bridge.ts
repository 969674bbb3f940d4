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

/** Why a navigation was refused; the UI turns the code into a plain explanation. */
export const BLOCK_REASONS = ['unparsable', 'not-https', 'credentials', 'not-allowed'] as const;
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

export const SnapshotSchema = z.object({
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
  services: z.array(
    z.object({ id: z.string(), name: LocalizedTextSchema, description: LocalizedTextSchema, host: z.string() }),
  ),
  languages: z.array(LanguageSchema),
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
