/**
 * The last guard before a log line reaches disk. The KioskLog contract says events are codes
 * and details are hosts, counts or flags; this makes it true even when a caller slips: URLs
 * shrink to their host, and anything that looks like personal data (an e-mail address, a
 * Finnish personal identity code, a phone number) is replaced with [removed].
 */
import { describeHost } from '../../../shared/policy/navigation';

export type LogValue = string | number | boolean;
export type LogDetail = Readonly<Record<string, LogValue>>;

export const REMOVED = '[removed]';
/** Long enough for a host and a message, short enough that no page text fits. */
export const MAX_VALUE_LENGTH = 200;

const EVENT_CODE = /^[a-z][a-z0-9._:-]{0,63}$/i;
const DETAIL_KEY = /^[a-z][a-z0-9_.-]{0,39}$/i;
/** The fields every entry has; a detail may not overwrite them. */
const RESERVED_KEYS = new Set(['t', 'level', 'event']);
/** Keys whose value is an address by its very name: kept as a host or not at all. */
const ADDRESS_KEYS = /^(url|uri|href|src|link|location|referr?er|address|target|destination)$/i;

/** Inline content (data:, javascript:) may hold spaces and anything else: removed to the end of the value. */
const INLINE_CONTENT = /\b(?:data|javascript|vbscript):.*$/gis;
/** Schemes whose "URL" names a person or a local file rather than a site: mailto:, file: … */
const CONTENT_SCHEMES = /\b(?:mailto|tel|sms|blob|view-source|about|chrome|file|filesystem):\S+/gi;
/** scheme://… up to the next space or quote. */
const SCHEME_URLS = /\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>]*/gi;
/** www.kela.fi/asiointi?x=1 without a scheme: the host stays, the path and query go. */
const BARE_URLS = /\b((?:[a-z0-9-]+\.)+[a-z]{2,63}(?::\d{1,5})?)[/?#][^\s"'<>]*/gi;
const EMAILS = /[^\s@"'<>()]+@[^\s@"'<>()]+\.[a-z]{2,}/gi;
/** Henkilötunnus: DDMMYY, a century sign, three digits and a check character. */
const PERSONAL_IDENTITY_CODES = /\b\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]\b/gi;
/** Phone and card numbers: nine or more digits, possibly spaced. */
const LONG_NUMBERS = /\+?\d(?:[ ]?\d){8,}/g;

function hostOrRemoved(url: string): string {
  const host = describeHost(url);
  return host === null || host === '' ? REMOVED : host;
}

/** A URL inside a sentence: its host, and the sentence's punctuation after it kept. */
function hostInText(url: string): string {
  const punctuation = /[.,;:!?)\]]+$/.exec(url)?.[0] ?? '';
  return `${hostOrRemoved(url.slice(0, url.length - punctuation.length))}${punctuation}`;
}

export function scrubText(value: string): string {
  const cleaned = value
    .replace(INLINE_CONTENT, REMOVED)
    .replace(CONTENT_SCHEMES, REMOVED)
    .replace(SCHEME_URLS, hostInText)
    .replace(BARE_URLS, (_match, host: string) => host.toLowerCase())
    .replace(EMAILS, REMOVED)
    .replace(PERSONAL_IDENTITY_CODES, REMOVED)
    .replace(LONG_NUMBERS, REMOVED);
  return cleaned.length > MAX_VALUE_LENGTH ? `${cleaned.slice(0, MAX_VALUE_LENGTH - 1)}…` : cleaned;
}

function scrubAddress(value: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(value)) return hostOrRemoved(value);
  // A bare host (or host:port) is what the contract asks for; anything more is not kept.
  return /^(?:[a-z0-9-]+\.)*[a-z0-9-]+(?::\d{1,5})?$/i.test(value) ? value.toLowerCase() : REMOVED;
}

/** An event name is a code; anything else is logged as `invalid-event`, never verbatim. */
export function scrubEvent(event: string): string {
  return typeof event === 'string' && EVENT_CODE.test(event) ? event : 'invalid-event';
}

export function scrubDetail(detail: LogDetail | undefined): Record<string, LogValue> {
  const out: Record<string, LogValue> = {};
  if (detail === undefined || detail === null) return out;
  for (const [key, value] of Object.entries(detail)) {
    if (!DETAIL_KEY.test(key)) continue;
    const name = RESERVED_KEYS.has(key) ? `detail.${key}` : key;
    if (typeof value === 'boolean') out[name] = value;
    else if (typeof value === 'number') out[name] = Number.isFinite(value) ? value : String(value);
    else if (typeof value === 'string') out[name] = ADDRESS_KEYS.test(key) ? scrubAddress(value) : scrubText(value);
    // Objects and other types break the contract: dropped rather than stringified.
  }
  return out;
}

/**
 * One log line (without the newline): JSON with the time, the level, and the event and details
 * scrubbed. Every KioskLog writes its lines through this, so none can skip the scrub.
 */
export function logLine(at: Date, level: 'info' | 'warn', event: string, detail: LogDetail | undefined): string {
  return JSON.stringify({ t: at.toISOString(), level, event: scrubEvent(event), ...scrubDetail(detail) });
}
