/**
 * The content view's back/forward list for one client session, kept by the host in memory
 * (the iframe's own history is shared with the UI page and is never used). Wiped with the
 * session by `clear()`.
 */

/** Bounds the memory one long session can use; the oldest entries go first. */
export const MAX_ENTRIES = 100;

type Pending = { readonly kind: 'traverse'; readonly index: number } | { readonly kind: 'replace' } | null;

export class SessionHistory {
  private entries: string[] = [];
  private index = -1;
  private pending: Pending = null;

  get canGoBack(): boolean {
    return this.index > 0;
  }

  get canGoForward(): boolean {
    return this.index >= 0 && this.index < this.entries.length - 1;
  }

  current(): string | null {
    return this.entries[this.index] ?? null;
  }

  /** A navigation the client or the host started anew (not back/forward/reload). */
  startNew(): void {
    this.pending = null;
  }

  /** Returns the URL to load for "back" and expects it to commit next, or null if there is none. */
  back(): string | null {
    return this.traverse(this.index - 1);
  }

  forward(): string | null {
    return this.traverse(this.index + 1);
  }

  /** Returns the URL to load again in place (reload, or restoring after a refused navigation). */
  reload(): string | null {
    const url = this.current();
    if (url !== null) this.pending = { kind: 'replace' };
    return url;
  }

  /** A main-frame navigation of the content committed at `url`. */
  committed(url: string): void {
    const pending = this.pending;
    this.pending = null;
    if (pending?.kind === 'traverse' && pending.index < this.entries.length) {
      this.index = pending.index;
      this.entries[this.index] = url;
      return;
    }
    if (this.index >= 0 && (pending?.kind === 'replace' || this.entries[this.index] === url)) {
      // A reload, or a navigation to the very same URL, which browsers turn into a replacement.
      this.entries[this.index] = url;
      return;
    }
    this.entries = this.entries.slice(0, this.index + 1);
    this.entries.push(url);
    if (this.entries.length > MAX_ENTRIES) this.entries.splice(0, this.entries.length - MAX_ENTRIES);
    this.index = this.entries.length - 1;
  }

  clear(): void {
    this.entries = [];
    this.index = -1;
    this.pending = null;
  }

  private traverse(target: number): string | null {
    const url = this.entries[target];
    if (target < 0 || url === undefined) return null;
    this.pending = { kind: 'traverse', index: target };
    return url;
  }
}
