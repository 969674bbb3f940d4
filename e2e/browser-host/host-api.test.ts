import { describe, expect, it, vi } from 'vitest';
import { parseCommand, type CommandName } from '../../shared/bridge';
import { handleApiRequest, senderAllowed, type ApiRequest, type HostApiContext } from './host-api';

const ORIGIN = 'http://127.0.0.1:41234';
const TOKEN = 'a'.repeat(64);

/** A dispatch that validates like the core does (shared/bridge.ts) and echoes what it got. */
function context(overrides: Partial<HostApiContext> = {}): HostApiContext {
  return {
    origin: ORIGIN,
    token: TOKEN,
    dispatch: vi.fn(async (name: CommandName, payload: unknown) => ({ ran: name, with: parseCommand(name, payload) })),
    onFrameBlocked: vi.fn(),
    ...overrides,
  };
}

function request(overrides: Partial<ApiRequest> = {}): ApiRequest {
  return {
    method: 'POST',
    path: '/__host/cmd/startSession',
    origin: ORIGIN,
    token: TOKEN,
    contentType: 'application/json',
    body: '{"language":"en"}',
    ...overrides,
  };
}

describe('senderAllowed', () => {
  it('accepts only the own origin with the exact token', () => {
    expect(senderAllowed({ origin: ORIGIN, token: TOKEN }, { origin: ORIGIN, token: TOKEN })).toBe(true);
    expect(senderAllowed({ origin: 'https://www.evil.test:8443', token: TOKEN }, { origin: ORIGIN, token: TOKEN })).toBe(false);
    expect(senderAllowed({ origin: undefined, token: TOKEN }, { origin: ORIGIN, token: TOKEN })).toBe(false);
    expect(senderAllowed({ origin: ORIGIN, token: undefined }, { origin: ORIGIN, token: TOKEN })).toBe(false);
    expect(senderAllowed({ origin: ORIGIN, token: `${TOKEN}a` }, { origin: ORIGIN, token: TOKEN })).toBe(false);
    expect(senderAllowed({ origin: ORIGIN, token: 'b'.repeat(64) }, { origin: ORIGIN, token: TOKEN })).toBe(false);
  });
});

describe('handleApiRequest', () => {
  it('runs a valid command and answers {ok:true,value}', async () => {
    const ctx = context();
    const answer = await handleApiRequest(request(), ctx);
    expect(answer).toEqual({ status: 200, body: { ok: true, value: { ran: 'startSession', with: { language: 'en' } } } });
    expect(ctx.dispatch).toHaveBeenCalledWith('startSession', { language: 'en' });
  });

  it('answers {ok:true} without a value for commands that return nothing', async () => {
    const answer = await handleApiRequest(request(), context({ dispatch: async () => undefined }));
    expect(answer).toEqual({ status: 200, body: { ok: true } });
  });

  it.each([
    ['another origin', { origin: 'https://www.kela.test:8443' }],
    ['no origin', { origin: undefined }],
    ['a wrong token', { token: 'b'.repeat(64) }],
    ['no token', { token: undefined }],
  ])('refuses %s with 403 before looking at the command', async (_label, overrides) => {
    const ctx = context();
    const answer = await handleApiRequest(request({ ...overrides, path: '/__host/cmd/noSuchCommand' }), ctx);
    expect(answer).toEqual({ status: 403, body: { ok: false, error: 'forbidden' } });
    expect(ctx.dispatch).not.toHaveBeenCalled();
  });

  it('answers 404 for an unknown command, naming it harmlessly', async () => {
    const ctx = context();
    const answer = await handleApiRequest(request({ path: '/__host/cmd/format<script>' }), ctx);
    expect(answer).toEqual({ status: 404, body: { ok: false, error: 'unknown command format?script?' } });
    expect(ctx.dispatch).not.toHaveBeenCalled();
  });

  it('does not treat inherited object keys as commands', async () => {
    const answer = await handleApiRequest(request({ path: '/__host/cmd/constructor' }), context());
    expect(answer.status).toBe(404);
  });

  it('answers 400 with the validation message for a bad payload', async () => {
    const answer = await handleApiRequest(request({ body: '{"language":"de"}' }), context());
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({ ok: false, error: expect.stringMatching(/^invalid payload for startSession: language: /) });
  });

  it('answers 400 for extra fields (payloads are strict)', async () => {
    const answer = await handleApiRequest(request({ path: '/__host/cmd/requestEnd', body: '{"now":true}' }), context());
    expect(answer).toMatchObject({ status: 400, body: { ok: false, error: expect.stringContaining('requestEnd') } });
  });

  it('answers 400 for a body that is not JSON', async () => {
    const answer = await handleApiRequest(request({ body: '{language:' }), context());
    expect(answer).toEqual({ status: 400, body: { ok: false, error: 'the body is not valid JSON' } });
  });

  it('treats an empty body as an empty payload', async () => {
    const ctx = context();
    const answer = await handleApiRequest(request({ path: '/__host/cmd/getSnapshot', body: '' }), ctx);
    expect(answer.status).toBe(200);
    expect(ctx.dispatch).toHaveBeenCalledWith('getSnapshot', {});
  });

  it('answers 405 to anything but POST and 415 to anything but JSON', async () => {
    expect((await handleApiRequest(request({ method: 'GET' }), context())).status).toBe(405);
    expect((await handleApiRequest(request({ contentType: 'text/plain' }), context())).status).toBe(415);
    expect((await handleApiRequest(request({ contentType: undefined }), context())).status).toBe(415);
  });

  it('answers 500 with the message when the command itself fails', async () => {
    const answer = await handleApiRequest(
      request(),
      context({
        dispatch: async () => {
          throw new Error('openService needs an active client session (now: welcome)');
        },
      }),
    );
    expect(answer).toEqual({ status: 500, body: { ok: false, error: 'openService needs an active client session (now: welcome)' } });
  });

  it('passes a CSP refusal of the content frame on, and checks the sender for it too', async () => {
    const ctx = context();
    const path = '/__host/internal/frame-blocked';
    const body = '{"blockedUri":"https://www.evil.test:8443"}';
    expect(await handleApiRequest(request({ path, body }), ctx)).toEqual({ status: 204 });
    expect(ctx.onFrameBlocked).toHaveBeenCalledWith({ blockedUri: 'https://www.evil.test:8443' });
    expect((await handleApiRequest(request({ path, body, token: 'x' }), ctx)).status).toBe(403);
    expect((await handleApiRequest(request({ path, body: '{"blockedUri":42}' }), ctx)).status).toBe(400);
    expect(ctx.onFrameBlocked).toHaveBeenCalledTimes(1);
  });

  it('answers 404 outside the command paths', async () => {
    expect((await handleApiRequest(request({ path: '/__host/other' }), context())).status).toBe(404);
  });
});
