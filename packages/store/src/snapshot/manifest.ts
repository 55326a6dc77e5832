import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ChanyeError } from '@chanye/compute';

const SourceInfoSchema = z.object({
  id: z.string(),
  name: z.string(),
  publisher: z.string(),
  licence: z.string(),
  vintage: z.string(),
  upstream: z.string(),
  citation: z.string(),
});
export type SourceInfo = z.infer<typeof SourceInfoSchema>;

const ManifestSchema = z.object({
  snapshot: z.literal('chanye-snapshot'),
  schema_version: z.literal(1),
  built_from: z.object({
    shared_manifest_generated_at: z.string(),
    inputs: z.array(z.object({ file: z.string(), sha256: z.string() })),
  }),
  sources: z.array(SourceInfoSchema),
  files: z.array(
    z.object({
      file: z.string(),
      sha256: z.string(),
      bytes: z.number(),
      rows: z.number(),
      description: z.string(),
      sources: z.array(z.string()),
    }),
  ),
});
export type SnapshotManifest = z.infer<typeof ManifestSchema>;

/** Reads and validates `manifest.json` of a snapshot folder. */
export function readManifest(snapshotDir: string): SnapshotManifest {
  const path = join(snapshotDir, 'manifest.json');
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ChanyeError('not-found', `cannot read the data snapshot manifest ${path}: ${(error as Error).message}`);
  }
  const parsed = ManifestSchema.safeParse(raw);
  if (!parsed.success)
    throw new ChanyeError('invalid-input', `${path} is not a Chanye snapshot manifest: ${parsed.error.message}`);
  return parsed.data;
}
