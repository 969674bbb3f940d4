/**
 * Bundles the scripts the browser host puts into pages (page/) with esbuild into memory. They
 * are never written to out/ and never seen by the renderer build. Bundling (rather than
 * serialising functions) keeps shared/ modules usable in them, one implementation for both hosts.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const cache = new Map<string, Promise<string>>();

function bundle(entry: string): Promise<string> {
  const cached = cache.get(entry);
  if (cached) return cached;
  const built = build({
    entryPoints: [fileURLToPath(new URL(`./page/${entry}`, import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
  }).then((result) => {
    const file = result.outputFiles[0];
    if (!file) throw new Error(`esbuild produced nothing for ${entry}`);
    return file.text;
  });
  cache.set(entry, built);
  built.catch(() => cache.delete(entry));
  return built;
}

/** The UI page's script: window.kiosk, the content iframe, the input guard (page/main.ts). */
export function bundlePageScript(): Promise<string> {
  return bundle('main.ts');
}

/** The init script of every frame inside the UI page: the input guard (page/frame-guard.ts). */
export function bundleFrameGuard(): Promise<string> {
  return bundle('frame-guard.ts');
}
