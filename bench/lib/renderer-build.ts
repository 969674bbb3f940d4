/**
 * The built renderer the browser host serves (out/renderer): its JavaScript size as shipped,
 * gzip-compressed (loaded at start-up, and loaded on demand), and whether the build is older than the sources it came from (a stale
 * build would be measured instead of the code under review).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const RENDERER_OUT = fileURLToPath(new URL('../../out/renderer', import.meta.url));
const SOURCE_DIRS = ['../../renderer', '../../shared'].map((dir) => fileURLToPath(new URL(dir, import.meta.url)));

export interface JsSize {
  readonly files: number;
  readonly rawBytes: number;
  readonly gzipBytes: number;
}

/** What the welcome screen loads (index.html's scripts and module preloads), and what loads only on demand. */
export interface RendererJs {
  readonly startup: JsSize;
  /** Chunks imported later: the document viewer's pdf.js and its worker, when a PDF is opened. */
  readonly onDemand: JsSize;
}

function measure(assets: string, names: readonly string[]): JsSize {
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const name of names) {
    const content = readFileSync(join(assets, name));
    rawBytes += content.length;
    gzipBytes += gzipSync(content, { level: 9 }).length;
  }
  return { files: names.length, rawBytes, gzipBytes };
}

/** Script files index.html names (`<script src>`, `<link rel="modulepreload" href>`), by file name. */
export function startupScripts(indexHtml: string): Set<string> {
  const names = new Set<string>();
  for (const match of indexHtml.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+)"/g)) {
    const name = match[1]?.split('/').pop();
    if (name !== undefined) names.add(name);
  }
  return names;
}

/**
 * Each JavaScript file in out/renderer/assets gzipped at level 9, as a server would send it:
 * split into what start-up loads and what is loaded on demand.
 */
export function rendererJsSize(outDir = RENDERER_OUT): RendererJs {
  const assets = join(outDir, 'assets');
  const files = readdirSync(assets).filter((name) => /\.m?js$/.test(name));
  const atStartup = startupScripts(readFileSync(join(outDir, 'index.html'), 'utf8'));
  const startup = files.filter((name) => atStartup.has(name));
  if (startup.length === 0) throw new Error(`no start-up JavaScript in ${assets}: run npm run build first`);
  return { startup: measure(assets, startup), onDemand: measure(assets, files.filter((name) => !atStartup.has(name))) };
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    const mtime = entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs;
    if (mtime > newest) newest = mtime;
  }
  return newest;
}

export interface BuildFreshness {
  readonly builtAt: string;
  /** True when a file under renderer/ or shared/ changed after the build. */
  readonly stale: boolean;
}

export function rendererBuildFreshness(outDir = RENDERER_OUT): BuildFreshness {
  const built = statSync(join(outDir, 'index.html')).mtimeMs;
  const sources = Math.max(...SOURCE_DIRS.map(newestMtime));
  return { builtAt: new Date(built).toISOString(), stale: sources > built };
}
