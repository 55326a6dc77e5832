import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import { ChanyeError } from '@chanye/compute';

/**
 * Reads a YAML data file and validates it against `schema`. A file that cannot be read or
 * parsed, or does not match, fails with the file's path and, for a mismatch, one line per
 * problem naming its place in the file (e.g. `indicators.12.unit: …`).
 *
 * Parsing YAML is the slowest part of opening a store (about 0.2 s for the indicator
 * catalogue), so the build writes each catalogue file's parse as JSON beside it
 * ({@link writeYamlCache}), keyed by the SHA-256 of the text: a file whose text has changed
 * since is parsed again, so an edited catalogue is always read as written.
 */
export function readValidatedYaml<T>(path: string, schema: z.ZodType<T>, what: string): T {
  let raw: unknown;
  try {
    const text = readFileSync(path, 'utf8');
    const cached = readYamlCache(path, text);
    raw = cached === undefined ? parse(text) : cached.value;
  } catch (error) {
    throw new ChanyeError('invalid-input', `cannot read ${what} ${path}: ${(error as Error).message}`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw new ChanyeError(
      'invalid-input',
      `${path} does not match the ${what} schema`,
      parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
    );
  }
  return parsed.data;
}

/** Where the parse of a YAML file is kept: `.cache/<name>.json` in its directory. */
export function yamlCachePath(path: string): string {
  return join(dirname(path), '.cache', `${basename(path)}.json`);
}

interface YamlCache {
  readonly sha256: string;
  readonly value: unknown;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The cached parse of `text`, or undefined when there is none for this exact text. */
export function readYamlCache(path: string, text: string): { value: unknown } | undefined {
  const cachePath = yamlCachePath(path);
  if (!existsSync(cachePath)) return undefined;
  try {
    const cache = JSON.parse(readFileSync(cachePath, 'utf8')) as YamlCache;
    return cache.sha256 === sha256(text) ? { value: cache.value } : undefined;
  } catch {
    return undefined; // an unreadable cache is no cache
  }
}

/** Parses a YAML file and writes its cache (atomically: a temporary file, then a rename). */
export function writeYamlCache(path: string): string {
  const text = readFileSync(path, 'utf8');
  const cachePath = yamlCachePath(path);
  mkdirSync(dirname(cachePath), { recursive: true });
  const cache: YamlCache = { sha256: sha256(text), value: parse(text) };
  writeFileSync(`${cachePath}.tmp`, JSON.stringify(cache));
  renameSync(`${cachePath}.tmp`, cachePath);
  return cachePath;
}
