/**
 * Origins the content touched during a client session, as seen by the browser host's request
 * guard: the content frame's own pages and every frame or subresource inside it. The core only
 * knows the content's main-frame origins; Electron wipes a whole partition, the browser host
 * wipes origin by origin, so it must know them all. Origins only, never paths.
 */
export class OriginLedger {
  private readonly origins = new Set<string>();

  /** Records the origin of an http(s) URL; anything else is ignored. */
  note(url: string): void {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return;
    }
    if (parsed.protocol === 'https:' || parsed.protocol === 'http:') this.origins.add(parsed.origin);
  }

  list(): string[] {
    return [...this.origins];
  }

  /** Forgets origins proven clean; the rest stay for the next attempt. */
  forget(origins: Iterable<string>): void {
    for (const origin of origins) this.origins.delete(origin);
  }
}
