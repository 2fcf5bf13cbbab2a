import { readSubgraphConfig, type SubgraphConfig } from '@ash/kit';
import { AlertSource } from './modules/alert/alert.enums';
import { MAX_TRIAGE_WORKING_DAYS, TRIAGE_WORKING_DAYS } from './modules/alert/triage';

/** Working days to triage an alert, for each source. */
export type TriageDays = Readonly<Record<AlertSource, number>>;

/** Settings of the accompaniment subgraph beyond what every subgraph reads. */
export interface AccompanimentSettings {
  /** Triage deadline of an alert, in working days, per source (five for every source by default). */
  triageDays: TriageDays;
}

export type AccompanimentConfig = SubgraphConfig & AccompanimentSettings;

export const DEFAULT_TRIAGE_DAYS: TriageDays = Object.freeze(
  Object.fromEntries(Object.values(AlertSource).map((source) => [source, TRIAGE_WORKING_DAYS])) as Record<
    AlertSource,
    number
  >,
);

export const DEFAULT_SETTINGS: AccompanimentSettings = { triageDays: DEFAULT_TRIAGE_DAYS };

/**
 * ACCOMPANIMENT_TRIAGE_DAYS, e.g. `ARREARS_MEETING=3,NEIGHBOUR=5`: the sources named get their own
 * number of working days (1 to 20), the others keep the default five.
 */
export function parseTriageDays(raw: string | undefined): TriageDays {
  const days: Record<AlertSource, number> = { ...DEFAULT_TRIAGE_DAYS };
  const seen = new Set<string>();
  for (const part of (raw ?? '').split(',')) {
    if (!part.trim()) continue;
    const [name, value, ...rest] = part.split('=').map((s) => s.trim());
    if (!Object.hasOwn(AlertSource, name) || rest.length > 0 || value === undefined) {
      throw new Error(`ACCOMPANIMENT_TRIAGE_DAYS: "${part.trim()}" is not SOURCE=days with a known source`);
    }
    const count = Number(value);
    if (!/^\d+$/.test(value) || count < 1 || count > MAX_TRIAGE_WORKING_DAYS) {
      throw new Error(
        `ACCOMPANIMENT_TRIAGE_DAYS: ${name} is not a whole number of working days from 1 to ${MAX_TRIAGE_WORKING_DAYS}: ${value}`,
      );
    }
    if (seen.has(name)) throw new Error(`ACCOMPANIMENT_TRIAGE_DAYS: ${name} is given twice`);
    seen.add(name);
    days[name as AlertSource] = count;
  }
  return Object.freeze(days);
}

/** The only place the accompaniment subgraph reads its environment. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): AccompanimentConfig {
  return {
    ...readSubgraphConfig('ACCOMPANIMENT', 4003, env),
    triageDays: parseTriageDays(env.ACCOMPANIMENT_TRIAGE_DAYS),
  };
}
