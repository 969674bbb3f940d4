/**
 * The browser host's UI server: plain node:http on loopback. It serves the built renderer
 * (out/renderer) with the page script injected before the app's own script, answers bridge
 * commands (host-api.ts) and streams host events by Server-Sent Events.
 */
import { randomBytes } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import type { CommandName } from '../../shared/bridge';
import { uiContentSecurityPolicy } from './csp';
import { handleApiRequest, sameSecret, type HostApiContext } from './host-api';
import { HOST_PATHS, PAGE_LOAD_PARAM, TOKEN_HEADER, TOKEN_META, type FrameBlockedReport, type HostMessage } from './host-messages';
import { bundlePageScript } from './page-bundle';

export interface UiServerOptions {
  /** The built renderer, normally out/renderer. */
  readonly rendererDir: string;
  readonly dispatch: (name: CommandName, payload: unknown) => Promise<unknown>;
  readonly onFrameBlocked?: (report: FrameBlockedReport) => void;
  /**
   * A UI page loaded again (its events stream carries a load id not seen before, after a first
   * one): called before the new page gets the latest messages, so it can change them.
   */
  readonly onUiReloaded?: () => void;
  /** CSP `frame-src` sources: the content iframe may show these and nothing else (csp.ts). */
  readonly frameSources: readonly string[];
  /** 0 (default) picks a free port. */
  readonly port?: number;
  /** Tests pass a fixed token; otherwise a random one per start. */
  readonly token?: string;
}

export interface UiServer {
  /** e.g. `http://127.0.0.1:41234/` */
  readonly url: string;
  readonly origin: string;
  readonly token: string;
  /** Sends a message to every connected page and remembers it for pages that connect later. */
  publish(message: HostMessage): void;
  close(): Promise<void>;
}

/** Commands are tiny; anything bigger is not from our page script. */
const MAX_BODY_BYTES = 64 * 1024;
const HEARTBEAT_MS = 15_000;
/** Page loads remembered, to tell a reload from a reconnect; a kiosk has one UI page at a time. */
const MAX_PAGE_LOADS = 64;

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

const BASE_HEADERS = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
} as const;

/** Puts the token and the page script before the app's first script (or at the end of <head>). */
export function injectPageScript(html: string, token: string): string {
  const tags = `<meta name="${TOKEN_META}" content="${token}"><script src="${HOST_PATHS.pageScript}"></script>`;
  const firstScript = html.search(/<script\b/i);
  const at = firstScript >= 0 ? firstScript : html.search(/<\/head>/i);
  if (at < 0) throw new Error('index.html has neither a <script> nor a </head> to inject the page script before');
  return html.slice(0, at) + tags + html.slice(at);
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) {
        chunks.push(chunk);
        return;
      }
      // Answer at once and let the rest drain into nothing; the connection is closed after.
      req.off('data', onData);
      req.resume();
      resolveBody(null);
    };
    req.on('data', onData);
    req.on('end', () => resolveBody(size <= MAX_BODY_BYTES ? Buffer.concat(chunks).toString('utf8') : null));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { ...BASE_HEADERS, 'content-type': 'application/json; charset=utf-8' });
  res.end(body === undefined ? undefined : JSON.stringify(body));
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { ...BASE_HEADERS, 'content-type': 'text/plain; charset=utf-8' });
  res.end(`${text}\n`);
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export async function startUiServer(options: UiServerOptions): Promise<UiServer> {
  const rendererDir = resolve(options.rendererDir);
  const token = options.token ?? randomBytes(32).toString('hex');
  const csp = uiContentSecurityPolicy(options.frameSources);
  const pageScript = await bundlePageScript();
  const clients = new Set<ServerResponse>();
  const latest = new Map<HostMessage['type'], HostMessage>();
  const pageLoads = new Set<string>();
  let origin = '';
  let hostHeader = '';

  const api: HostApiContext = {
    get origin() {
      return origin;
    },
    token,
    dispatch: options.dispatch,
    onFrameBlocked: (report) => options.onFrameBlocked?.(report),
  };

  function frame(message: HostMessage): string {
    const data = message.type === 'snapshot' ? message.snapshot : message.state;
    return `event: ${message.type}\ndata: ${JSON.stringify(data)}\n\n`;
  }

  function openEvents(req: IncomingMessage, res: ServerResponse, url: URL): void {
    if (!sameSecret(url.searchParams.get('token') ?? undefined, token)) {
      sendText(res, 403, 'forbidden');
      return;
    }
    const load = url.searchParams.get(PAGE_LOAD_PARAM) ?? '';
    if (load !== '' && !pageLoads.has(load)) {
      const reloaded = pageLoads.size > 0;
      if (pageLoads.size >= MAX_PAGE_LOADS) pageLoads.clear();
      pageLoads.add(load);
      if (reloaded) options.onUiReloaded?.();
    }
    res.writeHead(200, { ...BASE_HEADERS, 'content-type': 'text/event-stream; charset=utf-8', connection: 'keep-alive' });
    res.write('retry: 1000\n\n');
    for (const message of latest.values()) res.write(frame(message));
    clients.add(res);
    req.on('close', () => clients.delete(res));
  }

  async function serveStatic(res: ServerResponse, pathname: string, head: boolean): Promise<void> {
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      sendText(res, 400, 'bad path');
      return;
    }
    const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
    const file = resolve(join(rendererDir, relative));
    if (file !== rendererDir && !file.startsWith(rendererDir + sep)) {
      sendText(res, 404, 'not found');
      return;
    }
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) {
      sendText(res, 404, 'not found');
      return;
    }
    const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    if (file === join(rendererDir, 'index.html')) {
      const html = injectPageScript(await readFile(file, 'utf8'), token);
      res.writeHead(200, { ...BASE_HEADERS, 'content-type': type, 'content-security-policy': csp });
      res.end(head ? undefined : html);
      return;
    }
    res.writeHead(200, { ...BASE_HEADERS, 'content-type': type });
    res.end(head ? undefined : await readFile(file));
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // A page on another name that resolves here (DNS rebinding) gets nothing.
    if (req.headers.host !== hostHeader) {
      sendText(res, 421, 'misdirected request');
      return;
    }
    const url = new URL(req.url ?? '/', origin);
    const method = req.method ?? 'GET';

    if (url.pathname.startsWith('/__host/')) {
      if (url.pathname === HOST_PATHS.pageScript && (method === 'GET' || method === 'HEAD')) {
        res.writeHead(200, { ...BASE_HEADERS, 'content-type': 'text/javascript; charset=utf-8' });
        res.end(method === 'HEAD' ? undefined : pageScript);
        return;
      }
      if (url.pathname === HOST_PATHS.events && method === 'GET') {
        openEvents(req, res, url);
        return;
      }
      const body = await readBody(req);
      if (body === null) {
        res.setHeader('connection', 'close');
        sendJson(res, 413, { ok: false, error: 'body too large' });
        return;
      }
      const answer = await handleApiRequest(
        {
          method,
          path: url.pathname,
          origin: single(req.headers.origin),
          token: single(req.headers[TOKEN_HEADER]),
          contentType: single(req.headers['content-type']),
          body,
        },
        api,
      );
      if (answer.status === 204) {
        res.writeHead(204, BASE_HEADERS);
        res.end();
      } else {
        sendJson(res, answer.status, answer.body);
      }
      return;
    }

    if (method !== 'GET' && method !== 'HEAD') {
      sendText(res, 405, 'method not allowed');
      return;
    }
    await serveStatic(res, url.pathname, method === 'HEAD');
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) sendText(res, 500, 'internal error');
      else res.end();
    });
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolveListen();
    });
  });
  const port = (server.address() as AddressInfo).port;
  hostHeader = `127.0.0.1:${port}`;
  origin = `http://${hostHeader}`;

  const heartbeat = setInterval(() => {
    for (const client of clients) client.write(': ping\n\n');
  }, HEARTBEAT_MS);
  heartbeat.unref();

  return {
    url: `${origin}/`,
    origin,
    token,
    publish(message) {
      latest.set(message.type, message);
      const text = frame(message);
      for (const client of clients) client.write(text);
    },
    close: () =>
      new Promise<void>((resolveClose) => {
        clearInterval(heartbeat);
        for (const client of clients) client.end();
        clients.clear();
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}
