import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseCommand, type CommandName } from '../../shared/bridge';
import { HOST_PATHS, PAGE_LOAD_PARAM, TOKEN_HEADER, TOKEN_META } from './host-messages';
import { injectPageScript, startUiServer, type UiServer } from './server';

interface Reply {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

function send(server: UiServer, path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  const url = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: url.hostname, port: url.port, path, method: init.method ?? 'GET', headers: init.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}

function command(server: UiServer, name: string, body: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  return send(server, `${HOST_PATHS.commandPrefix}${name}`, {
    method: 'POST',
    headers: { origin: server.origin, [TOKEN_HEADER]: server.token, 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

const INDEX = '<!doctype html><html><head><meta charset="utf-8"><title>t</title><script type="module" src="./assets/app.js"></script></head><body></body></html>';

describe('injectPageScript', () => {
  it('puts the token and the page script before the first script', () => {
    const html = injectPageScript(INDEX, 'abc');
    const injected = html.indexOf(`<meta name="${TOKEN_META}" content="abc"><script src="${HOST_PATHS.pageScript}"></script>`);
    expect(injected).toBeGreaterThan(html.indexOf('<meta charset'));
    expect(injected).toBeLessThan(html.indexOf('./assets/app.js'));
  });

  it('falls back to the end of <head>, and refuses a document with neither', () => {
    expect(injectPageScript('<html><head></head><body></body></html>', 't')).toContain(`</script></head>`);
    expect(() => injectPageScript('<p>nothing</p>', 't')).toThrow(/inject/);
  });
});

describe('startUiServer', () => {
  let dir: string;
  let server: UiServer;
  let dispatched: Array<[CommandName, unknown]>;
  let blocked: string[];

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'vierella-ui-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), INDEX);
    writeFileSync(join(dir, 'assets', 'app.js'), 'console.log("app")');
    writeFileSync(join(tmpdir(), 'vierella-outside.txt'), 'secret');
    dispatched = [];
    blocked = [];
    server = await startUiServer({
      rendererDir: dir,
      frameSources: ['https://www.kela.test:8443', 'https://*.kela.fi'],
      dispatch: async (name, payload) => {
        dispatched.push([name, payload]);
        return name === 'getSnapshot' ? { fake: true } : parseCommand(name, payload) && undefined;
      },
      onFrameBlocked: (report) => blocked.push(report.blockedUri),
    });
  });

  afterEach(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves index.html with the page script injected and the frame-src CSP', async () => {
    const reply = await send(server, '/');
    expect(reply.status).toBe(200);
    expect(reply.body).toContain(`<meta name="${TOKEN_META}" content="${server.token}">`);
    expect(reply.headers['content-security-policy']).toContain("frame-src https://www.kela.test:8443 https://*.kela.fi;");
    expect(reply.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(reply.headers['x-frame-options']).toBeUndefined();
  });

  it('serves the bundled page script, which defines window.kiosk', async () => {
    const reply = await send(server, HOST_PATHS.pageScript);
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toMatch(/^text\/javascript/);
    expect(reply.body).toContain('"kiosk"');
    expect(reply.body).toContain('startSession');
  });

  it('serves assets and nothing outside the renderer folder', async () => {
    expect((await send(server, '/assets/app.js')).body).toBe('console.log("app")');
    expect((await send(server, '/../vierella-outside.txt')).status).toBe(404);
    expect((await send(server, '/%2e%2e/vierella-outside.txt')).status).toBe(404);
    expect((await send(server, '/missing.js')).status).toBe(404);
  });

  it('answers nothing to a request for another host name (DNS rebinding)', async () => {
    const reply = await send(server, '/', { headers: { host: 'www.evil.test' } });
    expect(reply.status).toBe(421);
  });

  it('runs commands from the UI page and answers in JSON', async () => {
    const reply = await command(server, 'getSnapshot', {});
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ ok: true, value: { fake: true } });
    expect(dispatched).toEqual([['getSnapshot', {}]]);
  });

  it('refuses commands from another origin or without the token, over the wire', async () => {
    expect((await command(server, 'confirmEnd', {}, { origin: 'https://www.kela.test:8443' })).status).toBe(403);
    expect((await command(server, 'confirmEnd', {}, { [TOKEN_HEADER]: 'guess' })).status).toBe(403);
    expect(dispatched).toEqual([]);
  });

  it('answers 404 for unknown commands and 400 with the message for bad payloads', async () => {
    expect((await command(server, 'selfDestruct', {})).status).toBe(404);
    const bad = await command(server, 'openService', { serviceId: 42 });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toEqual({ ok: false, error: expect.stringContaining('invalid payload for openService: serviceId') });
  });

  it('refuses oversized bodies', async () => {
    const reply = await command(server, 'reportActivity', { padding: 'x'.repeat(70 * 1024) });
    expect(reply.status).toBe(413);
  });

  it('passes CSP refusals of the content frame on', async () => {
    const reply = await send(server, HOST_PATHS.frameBlocked, {
      method: 'POST',
      headers: { origin: server.origin, [TOKEN_HEADER]: server.token, 'content-type': 'application/json' },
      body: JSON.stringify({ blockedUri: 'https://www.evil.test:8443' }),
    });
    expect(reply.status).toBe(204);
    expect(blocked).toEqual(['https://www.evil.test:8443']);
  });

  it('streams published messages to pages with the token, the latest first on connect', async () => {
    expect((await send(server, `${HOST_PATHS.events}?token=wrong`)).status).toBe(403);
    server.publish({ type: 'content', state: { generation: 1, open: true, bounds: { x: 0, y: 80, width: 100, height: 100 }, visible: false, navigation: null, allow: '' } });

    const url = new URL(server.url);
    const received = await new Promise<string>((resolve, reject) => {
      const req = httpRequest({ host: url.hostname, port: url.port, path: `${HOST_PATHS.events}?token=${server.token}` }, (res) => {
        expect(res.headers['content-type']).toMatch(/^text\/event-stream/);
        let text = '';
        res.on('data', (chunk: Buffer) => {
          text += chunk.toString('utf8');
          if (text.includes('event: content') && !text.includes('"generation":2')) {
            server.publish({ type: 'content', state: { generation: 2, open: false, bounds: { x: 0, y: 0, width: 0, height: 0 }, visible: false, navigation: null, allow: '' } });
          }
          if (text.includes('"generation":2')) {
            req.destroy();
            resolve(text);
          }
        });
      });
      req.on('error', reject);
      req.end();
    });
    expect(received.indexOf('"generation":1')).toBeGreaterThan(-1);
    expect(received.indexOf('"generation":1')).toBeLessThan(received.indexOf('"generation":2'));
  });

  it('tells the host when a UI page loads again, before that page gets the latest state', async () => {
    await server.close();
    let reloads = 0;
    server = await startUiServer({
      rendererDir: dir,
      frameSources: [],
      dispatch: async () => undefined,
      onUiReloaded: () => {
        reloads += 1;
        // The host changes the content state here; the new page must get the changed one.
        server.publish({ type: 'content', state: { generation: 7, open: true, bounds: { x: 0, y: 0, width: 1, height: 1 }, visible: true, navigation: null, allow: '' } });
      },
    });
    const url = new URL(server.url);
    const connect = (load: string) =>
      new Promise<string>((resolve, reject) => {
        const req = httpRequest({ host: url.hostname, port: url.port, path: `${HOST_PATHS.events}?token=${server.token}&${PAGE_LOAD_PARAM}=${load}` }, (res) => {
          res.once('data', (chunk: Buffer) => {
            let text = chunk.toString('utf8');
            res.on('data', (more: Buffer) => (text += more.toString('utf8')));
            setTimeout(() => {
              req.destroy();
              resolve(text);
            }, 50);
          });
        });
        req.on('error', reject);
        req.end();
      });
    await connect('first');
    expect(reloads).toBe(0);
    // The same page reconnecting (the stream dropped) is no reload.
    await connect('first');
    expect(reloads).toBe(0);
    const reloaded = await connect('second');
    expect(reloads).toBe(1);
    expect(reloaded).toContain('"generation":7');
  });
});

