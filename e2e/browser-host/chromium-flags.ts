/**
 * Chromium command-line flags shared by the Playwright config and the preview CLI, so the
 * e2e suite and the demo run the very same browser setup.
 */

/** Every *.test name reaches the fixture server on loopback; nothing else is remapped. */
export const HOST_RESOLVER_RULES = 'MAP *.test 127.0.0.1, MAP kela.test 127.0.0.1';

/** The machine's network is closed: keep Chromium from phoning home and waiting on timeouts. */
export const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

/*
 * No `--disable-features` here on purpose: Playwright already passes one that includes
 * ThirdPartyStoragePartitioning (so the content iframe's storage is keyed by its own origin,
 * as the top-level Electron content view's is), and Chromium keeps only the last occurrence of
 * a switch, so a second list would silently drop Playwright's. The e2e wipe journeys prove
 * the iframe's storage is cleared whatever the keying.
 */

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** All flags; `spki` is the fixture certificate's hash, the only certificate trusted beyond the system's. */
export function chromiumArgs(spki: string | undefined): string[] {
  return [
    ...QUIET_FLAGS,
    `--host-resolver-rules=${HOST_RESOLVER_RULES}`,
    ...(spki ? [`--ignore-certificate-errors-spki-list=${spki}`] : []),
    // A fake camera and microphone for the permission journeys; granting is still up to the kiosk.
    '--use-fake-device-for-media-stream',
  ];
}

/**
 * The e2e global setup starts the fixture sites once and publishes their certificate's SPKI
 * hash here; Playwright workers inherit the environment and read it when they load the config.
 */
export const FIXTURE_SPKI_ENV = 'VIERELLA_FIXTURE_SPKI';
