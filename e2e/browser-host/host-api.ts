/**
 * The browser host's command endpoint, without the socket: the sender check, then name and
 * payload validation, then dispatch to the kiosk core. Kept apart from the HTTP plumbing so
 * every answer can be unit-tested.
 */
import { timingSafeEqual } from 'node:crypto';
import { BridgeValidationError, isCommandName, type CommandName } from '../../shared/bridge';
import { HOST_PATHS, type FrameBlockedReport } from './host-messages';

export interface HostApiContext {
  /** The UI server's own origin, e.g. `http://127.0.0.1:41234`. */
  readonly origin: string;
  readonly token: string;
  readonly dispatch: (name: CommandName, payload: unknown) => Promise<unknown>;
  readonly onFrameBlocked: (report: FrameBlockedReport) => void;
}

export interface ApiRequest {
  readonly method: string;
  readonly path: string;
  readonly origin: string | undefined;
  readonly token: string | undefined;
  readonly contentType: string | undefined;
  readonly body: string;
}

export interface ApiResponse {
  readonly status: number;
  /** Serialised as JSON; undefined means an empty body. */
  readonly body?: { readonly ok: true; readonly value?: unknown } | { readonly ok: false; readonly error: string };
}

/** Compares secrets in constant time, so the token cannot be guessed byte by byte. */
export function sameSecret(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Only the UI page itself may command the host: its own origin and this start's token. */
export function senderAllowed(req: Pick<ApiRequest, 'origin' | 'token'>, ctx: Pick<HostApiContext, 'origin' | 'token'>): boolean {
  return req.origin === ctx.origin && sameSecret(req.token, ctx.token);
}

function fail(status: number, error: string): ApiResponse {
  return { status, body: { ok: false, error } };
}

function parseJson(body: string): { ok: true; value: unknown } | { ok: false } {
  if (body.trim() === '') return { ok: true, value: {} };
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch {
    return { ok: false };
  }
}

/** Names echoed in errors are cut down to harmless characters. */
function printable(name: string): string {
  return name.replace(/[^A-Za-z0-9_-]/g, '?').slice(0, 40);
}

export async function handleApiRequest(req: ApiRequest, ctx: HostApiContext): Promise<ApiResponse> {
  if (!senderAllowed(req, ctx)) return fail(403, 'forbidden');
  if (req.method !== 'POST') return fail(405, 'use POST');
  if (!(req.contentType ?? '').toLowerCase().startsWith('application/json')) return fail(415, 'send application/json');
  const json = parseJson(req.body);
  if (!json.ok) return fail(400, 'the body is not valid JSON');

  if (req.path === HOST_PATHS.frameBlocked) {
    const blockedUri = (json.value as { blockedUri?: unknown } | null)?.blockedUri;
    if (typeof blockedUri !== 'string' || blockedUri.length > 2048) return fail(400, 'blockedUri must be a string');
    ctx.onFrameBlocked({ blockedUri });
    return { status: 204 };
  }

  if (!req.path.startsWith(HOST_PATHS.commandPrefix)) return fail(404, 'not found');
  const name = req.path.slice(HOST_PATHS.commandPrefix.length);
  if (!isCommandName(name)) return fail(404, `unknown command ${printable(name)}`);
  try {
    const value = await ctx.dispatch(name, json.value);
    return { status: 200, body: value === undefined ? { ok: true } : { ok: true, value } };
  } catch (error) {
    if (error instanceof BridgeValidationError) return fail(400, error.message);
    return fail(500, error instanceof Error ? error.message : 'command failed');
  }
}
