import { createHash } from 'node:crypto';

/** A rendered response body, ready to send again. */
export interface RenderedBody {
  readonly body: string;
  readonly contentType: string;
  readonly etag: string;
}

export interface ResponseCacheOptions {
  /** Bodies kept at most (default 500). */
  readonly maxEntries?: number;
  /** Characters kept at most over all bodies (default 64 Mi); a larger body is never kept. */
  readonly maxChars?: number;
}

/** A strong ETag of a body: a hash, so equal bodies have equal tags across restarts. */
export function etagOf(body: string): string {
  return `"${createHash('sha1').update(body).digest('base64url')}"`;
}

/**
 * Rendered answers of successful requests, least recently used evicted first, and one
 * computation per key at a time (concurrent identical requests share it). Correct because
 * everything the API reads is fixed while the server runs: the snapshot is read-only Parquet
 * and the user database is attached read-only when the store opens (DuckDB's file lock keeps
 * writers out until the server stops). Errors are never kept. Sizes count a body's length:
 * characters of a string, bytes of a byte array (an answer a worker thread sent).
 */
export class ResponseCache<V extends { readonly body: string | Uint8Array } = RenderedBody> {
  private readonly entries = new Map<string, V>();
  private readonly pending = new Map<string, Promise<V>>();
  private chars = 0;
  private readonly maxEntries: number;
  private readonly maxChars: number;

  constructor(
    options: ResponseCacheOptions = {},
    /** false: compute every request afresh (single flight too is off). */
    private readonly enabled = true,
  ) {
    this.maxEntries = options.maxEntries ?? 500;
    this.maxChars = options.maxChars ?? 64 * 1024 * 1024;
  }

  get size(): number {
    return this.entries.size;
  }

  async get(key: string, render: () => Promise<V>): Promise<V> {
    if (!this.enabled) return render();
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const running = this.pending.get(key);
    if (running) return running;
    const promise = render().finally(() => this.pending.delete(key));
    this.pending.set(key, promise);
    const rendered = await promise;
    this.keep(key, rendered);
    return rendered;
  }

  private keep(key: string, rendered: V): void {
    if (rendered.body.length > this.maxChars / 8 || this.entries.has(key)) return;
    this.entries.set(key, rendered);
    this.chars += rendered.body.length;
    for (const [oldest, body] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.chars <= this.maxChars) break;
      this.entries.delete(oldest);
      this.chars -= body.body.length;
    }
  }
}
