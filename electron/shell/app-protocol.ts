/**
 * The `app://kiosk/` scheme that serves the built UI (out/renderer) to the UI view. A custom
 * privileged scheme instead of file:// gives the UI a real origin, a Content-Security-Policy
 * header and no reach into the rest of the disk.
 */
import { extname, resolve, sep } from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'kiosk';
export const UI_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * Privileges for `protocol.registerSchemesAsPrivileged`, called before the app is ready.
 * `corsEnabled` stays off on purpose: it would let other origins (the e-services) read our files.
 */
export const APP_SCHEME_PRIVILEGES = [
  {
    scheme: APP_SCHEME,
    privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: false, bypassCSP: false },
  },
];

/**
 * Strict CSP for the UI: our own files only, no eval, no plugins, no frames, no forms posting
 * elsewhere. Inline styles are allowed because React's `style` props need them.
 */
export const UI_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  // blob: for the document viewer's images (the client's own downloads, from the session folder).
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** True for URLs of our own UI (app://kiosk/…), parsed with WHATWG URL, never by prefix. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}

/**
 * The file under `root` that an app:// request asks for, or null when the request is not for
 * app://kiosk or would leave `root` (`..`, percent-encoded dots or separators, NUL bytes,
 * backslashes, absolute paths). A directory request (`/`) means its index.html.
 */
export function resolveAppFile(root: string, requestUrl: string): string | null {
  if (!isAppUrl(requestUrl)) return null;
  const { pathname } = new URL(requestUrl);
  const segments: string[] = [];
  for (const raw of pathname.split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    // Anything that could act as a separator or a parent step once decoded is refused outright.
    if (segment === '.' || segment === '..' || /[/\\\0:]/.test(segment)) return null;
    if (segment !== '') segments.push(segment);
  }
  if (pathname.endsWith('/') || segments.length === 0) segments.push('index.html');
  const base = resolve(root);
  const file = resolve(base, ...segments);
  // Defence in depth: whatever the segments were, the result must stay inside the root.
  return file.startsWith(base + sep) ? file : null;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export interface AppProtocolDeps {
  /** The built renderer folder (out/renderer). */
  readonly root: string;
  readonly readFile: (file: string) => Promise<Uint8Array>;
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' } });
}

/** The handler for `protocol.handle('app', …)`: read-only, GET and HEAD only, never outside root. */
export function createAppProtocolHandler(deps: AppProtocolDeps): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'method not allowed');
    const file = resolveAppFile(deps.root, request.url);
    if (file === null) return plain(404, 'not found');
    let body: Uint8Array;
    try {
      body = await deps.readFile(file);
    } catch {
      return plain(404, 'not found');
    }
    const headers: Record<string, string> = {
      'Content-Type': contentTypeFor(file),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
      // On every response, not just HTML: a document can also be reached as an SVG or a JSON file.
      'Content-Security-Policy': UI_CONTENT_SECURITY_POLICY,
    };
    // A copy with its own ArrayBuffer: a Node Buffer may sit on a shared pool, which Response does not take.
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
  };
}
