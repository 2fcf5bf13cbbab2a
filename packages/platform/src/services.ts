import type { DemoPlan } from '@ash/demo';
import { initOrm } from '@ash/kit';

type MikroORM = Awaited<ReturnType<typeof initOrm>>;

/** What the platform needs of a subgraph package. */
export interface SubgraphModule {
  SCHEMA: string;
  /** Tables its migrations fill with reference data (not demo or user data). */
  REFERENCE_TABLES?: string[];
  openOrm(url: string): Promise<MikroORM>;
}

export interface SubgraphEntry {
  name: 'housing' | 'households' | 'accompaniment' | 'financing';
  defaultPort: number;
  /** Environment variable prefix: HOUSING_PORT, HOUSING_DATABASE_URL, HOUSING_URL… */
  envPrefix: string;
  load(): SubgraphModule;
  seed(orm: MikroORM, plan: DemoPlan): Promise<void>;
}

export const SUBGRAPHS: readonly SubgraphEntry[] = [
  {
    name: 'housing',
    defaultPort: 4001,
    envPrefix: 'HOUSING',
    load: () => require('@ash/housing'),
    seed: (orm, plan) => require('@ash/housing').seedHousing(orm, plan),
  },
  {
    name: 'households',
    defaultPort: 4002,
    envPrefix: 'HOUSEHOLDS',
    load: () => require('@ash/households'),
    seed: (orm, plan) => require('@ash/households').seedHouseholds(orm, plan),
  },
  {
    name: 'accompaniment',
    defaultPort: 4003,
    envPrefix: 'ACCOMPANIMENT',
    load: () => require('@ash/accompaniment'),
    seed: (orm, plan) => require('@ash/accompaniment').seedAccompaniment(orm, plan),
  },
  {
    name: 'financing',
    defaultPort: 4004,
    envPrefix: 'FINANCING',
    load: () => require('@ash/financing'),
    seed: (orm, plan) => require('@ash/financing').seedFinancing(orm, plan),
  },
];

/** The database URL of a subgraph: its own variable, else DATABASE_URL, else the fallback. */
export function databaseUrlOf(
  entry: SubgraphEntry,
  env: NodeJS.ProcessEnv,
  fallback?: string,
): string | undefined {
  return env[`${entry.envPrefix}_DATABASE_URL`] ?? env.DATABASE_URL ?? fallback;
}
