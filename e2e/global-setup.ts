import { FIXTURE_SPKI_ENV } from './browser-host/chromium-flags';
import { startFixtureServer } from './browser-host/fixtures/server';

/** Starts the fixture sites once for all workers (they listen on the fixed port the fixture config names). */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const fixtures = await startFixtureServer();
  process.env[FIXTURE_SPKI_ENV] = fixtures.spki;
  return () => fixtures.close();
}
