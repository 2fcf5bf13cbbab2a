import { readSubgraphConfig, type SubgraphConfig } from '@ash/kit';

/** Settings of the households subgraph beyond what every subgraph reads. */
export interface HouseholdsSettings {
  /** Days after which an application in shared review or ready for commission counts as stalled. */
  stalledAfterDays: number;
}

export type HouseholdsConfig = SubgraphConfig & HouseholdsSettings;

export const DEFAULT_STALLED_AFTER_DAYS = 21;

/** The only place the households subgraph reads its environment. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): HouseholdsConfig {
  const raw = env.HOUSEHOLDS_STALLED_AFTER_DAYS;
  const stalledAfterDays = raw === undefined || raw === '' ? DEFAULT_STALLED_AFTER_DAYS : Number(raw);
  if (!Number.isInteger(stalledAfterDays) || stalledAfterDays < 1 || stalledAfterDays > 3650) {
    throw new Error(`HOUSEHOLDS_STALLED_AFTER_DAYS is not a number of days (1 to 3650): ${raw}`);
  }
  return { ...readSubgraphConfig('HOUSEHOLDS', 4002, env), stalledAfterDays };
}
