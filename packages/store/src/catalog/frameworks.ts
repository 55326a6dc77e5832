import { z } from 'zod';
import { ChanyeError } from '@chanye/compute';
import { readValidatedYaml } from './read-yaml.js';
import type { Catalog } from './schema.js';

const SubsystemSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9_]*$/),
  name_en: z.string().min(2),
  name_zh: z.string().min(2),
  indicators: z.array(z.string()).min(1).optional(),
});

const FrameworkSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  name_en: z.string().min(3),
  name_zh: z.string().min(2),
  reference: z.string().min(10),
  /** Take members from the catalogue's `pillars` or `system` field instead of listing them. */
  from_catalog: z.enum(['pillars', 'system']).optional(),
  subsystems: z.array(SubsystemSchema).min(2),
});

const FrameworksFileSchema = z.strictObject({ version: z.literal(1), frameworks: z.array(FrameworkSchema).min(1) });

const GroupsFileSchema = z.strictObject({
  version: z.literal(1),
  groups: z.array(
    z.strictObject({
      id: z.string().regex(/^[a-z][a-z0-9-]*$/),
      name_en: z.string(),
      name_zh: z.string(),
      members: z.array(z.string().regex(/^[A-Z]{3}$/)).min(1),
      reference: z.string().min(10),
    }),
  ),
});

/** A framework with every subsystem's scored indicators resolved against the catalogue. */
export interface Framework {
  readonly id: string;
  readonly name_en: string;
  readonly name_zh: string;
  readonly reference: string;
  readonly subsystems: readonly {
    readonly id: string;
    readonly name_en: string;
    readonly name_zh: string;
    /** Catalogue ids with a positive or negative polarity (neutral indicators are not scored). */
    readonly indicators: readonly string[];
  }[];
}

export type BenchmarkGroup = z.infer<typeof GroupsFileSchema>['groups'][number];

/** Reads `catalog/frameworks.yaml` and resolves each framework's members against `catalog`. */
export function loadFrameworks(path: string, catalog: Catalog): Framework[] {
  const file = readValidatedYaml(path, FrameworksFileSchema, 'frameworks');
  const byId = new Map(catalog.indicators.map((i) => [i.id, i]));
  return file.frameworks.map((framework) => ({
    id: framework.id,
    name_en: framework.name_en,
    name_zh: framework.name_zh,
    reference: framework.reference,
    subsystems: framework.subsystems.map((subsystem) => {
      const members =
        subsystem.indicators ??
        catalog.indicators
          .filter((i) =>
            framework.from_catalog === 'pillars'
              ? (i.pillars as string[]).includes(subsystem.id)
              : i.system === subsystem.id,
          )
          .map((i) => i.id);
      for (const id of members) {
        const indicator = byId.get(id);
        if (!indicator)
          throw new ChanyeError(
            'invalid-input',
            `${path}: ${framework.id}.${subsystem.id} names unknown indicator ${id}`,
          );
      }
      return {
        id: subsystem.id,
        name_en: subsystem.name_en,
        name_zh: subsystem.name_zh,
        indicators: members.filter((id) => byId.get(id)?.polarity !== 'neutral'),
      };
    }),
  }));
}

/** Reads `catalog/benchmark-groups.yaml`. */
export function loadBenchmarkGroups(path: string): BenchmarkGroup[] {
  return readValidatedYaml(path, GroupsFileSchema, 'benchmark groups').groups;
}
