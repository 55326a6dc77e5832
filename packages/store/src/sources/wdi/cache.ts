import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { z } from 'zod';

/** A response body kept from an earlier fetch, with when it was fetched (ms since epoch). */
export interface CachedResponse {
  readonly url: string;
  readonly body: string;
  readonly fetchedAt: number;
}

/** Where responses are kept between runs. Reads never throw: an unreadable entry is a miss. */
export interface ResponseCache {
  read(url: string): Promise<CachedResponse | undefined>;
  write(entry: CachedResponse): Promise<void>;
}

/** How long a cached response is reused without asking the API again. */
export const WDI_CACHE_MAX_AGE_MS = 24 * 60 * 60 * 1000;

/** `~/.chanye/cache/wdi`. */
export function defaultWdiCacheDir(): string {
  return resolve(join(homedir(), '.chanye', 'cache', 'wdi'));
}

/**
 * The cache key of a URL: its SHA-256 in hex.
 *
 * @example
 * wdiCacheKey('https://api.worldbank.org/v2/country/all/indicator/SP.POP.TOTL?format=json&per_page=1000&page=1').length; // returns 64
 */
export function wdiCacheKey(url: string): string {
  return createHash('sha256').update(url).digest('hex');
}

const EntrySchema = z.object({ url: z.string(), fetchedAt: z.number(), body: z.string() });

/**
 * A cache of one JSON file per URL, `<dir>/<sha256 of url>.json`, holding the URL, the fetch
 * time and the body exactly as received. Files are written to a temporary sibling and renamed,
 * so a crash never leaves half an entry; the URL is checked on read.
 */
export function fileResponseCache(dir: string): ResponseCache {
  return {
    async read(url) {
      try {
        const text = await readFile(join(dir, `${wdiCacheKey(url)}.json`), 'utf8');
        const entry = EntrySchema.safeParse(JSON.parse(text));
        if (!entry.success || entry.data.url !== url) return undefined;
        return entry.data;
      } catch {
        return undefined;
      }
    },
    async write(entry) {
      await mkdir(dir, { recursive: true });
      const path = join(dir, `${wdiCacheKey(entry.url)}.json`);
      const tmp = `${path}.${randomUUID()}.tmp`;
      await writeFile(tmp, JSON.stringify({ url: entry.url, fetchedAt: entry.fetchedAt, body: entry.body }));
      await rename(tmp, path);
    },
  };
}
