/**
 * Bundles the page script (page/main.ts) with esbuild into memory. It is never written to
 * out/ and never seen by the renderer build.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

let cached: Promise<string> | null = null;

export function bundlePageScript(): Promise<string> {
  cached ??= build({
    entryPoints: [fileURLToPath(new URL('./page/main.ts', import.meta.url))],
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
    if (!file) throw new Error('esbuild produced no page script');
    return file.text;
  });
  cached.catch(() => {
    cached = null;
  });
  return cached;
}
