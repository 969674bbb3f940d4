/**
 * The built renderer the browser host serves (out/renderer): its JavaScript size as shipped,
 * gzip-compressed, and whether the build is older than the sources it came from (a stale
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

/** Sum over out/renderer/assets/*.js of each file gzipped at level 9, as a server would send it. */
export function rendererJsSize(outDir = RENDERER_OUT): JsSize {
  const assets = join(outDir, 'assets');
  const files = readdirSync(assets).filter((name) => name.endsWith('.js'));
  if (files.length === 0) throw new Error(`no JavaScript in ${assets}: run npm run build first`);
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const name of files) {
    const content = readFileSync(join(assets, name));
    rawBytes += content.length;
    gzipBytes += gzipSync(content, { level: 9 }).length;
  }
  return { files: files.length, rawBytes, gzipBytes };
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
