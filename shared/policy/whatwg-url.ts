/**
 * Typed access to the WHATWG `URL` parser from shared/.
 *
 * shared/ compiles without DOM or Node type libraries (see shared/tsconfig.json), so the global
 * `URL` has no declaration here even though every runtime we target (Node, Chromium, Electron)
 * provides it. Declaring it globally would clash with the DOM/Node declarations when the
 * root tsconfig compiles the same files, so this module reads it from `globalThis` through the
 * small read-only view the policy needs.
 */

/** The read-only parts of a parsed WHATWG URL the policy looks at. */
export interface ParsedUrl {
  readonly href: string;
  readonly protocol: string;
  readonly username: string;
  readonly password: string;
  /** Host name plus the port when it is not the scheme's default; ASCII (punycode) for special schemes. */
  readonly host: string;
  readonly hostname: string;
  /** Empty when the port is the scheme's default (443 for https:). */
  readonly port: string;
}

interface UrlConstructor {
  new (input: string): ParsedUrl;
}

const UrlImpl = (globalThis as unknown as { readonly URL: UrlConstructor }).URL;

/** Parses an absolute URL the way browsers do, or returns null when it is not a valid URL. */
export function parseUrl(input: string): ParsedUrl | null {
  try {
    return new UrlImpl(input);
  } catch {
    return null;
  }
}
