export interface StartOptions {
  readonly browserHost: boolean;
  readonly build: boolean;
  readonly passThrough: string[];
}

export function parseStartArgs(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): StartOptions;

export function findElectronBinary(
  root: string,
  fileExists?: (path: string) => boolean,
  readText?: (path: string) => string,
): string | null;
