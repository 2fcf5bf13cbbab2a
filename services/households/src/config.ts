import { readSubgraphConfig, type SubgraphConfig } from '@ash/kit';

/** Settings of the households subgraph beyond what every subgraph reads. */
export interface HouseholdsSettings {
  /** Days after which an application in shared review or ready for commission counts as stalled. */
  stalledAfterDays: number;
}

export type HouseholdsConfig = SubgraphConfig &
  HouseholdsSettings & {
    /** Years of inactivity after which the retention job erases a household. */
    retentionYears: number;
    /**
     * Whether the daily retention job runs (HOUSEHOLDS_RETENTION_JOB, `on` by default, `off` stops
     * it). It never erases a household with a running lease (tenancy projection, from housing's
     * `TenancyChanged`) or a running accompaniment (caseload projection, from `CaseloadChanged`),
     * however long its file has not changed.
     */
    retentionJob: boolean;
  };

export const DEFAULT_STALLED_AFTER_DAYS = 21;
export const DEFAULT_RETENTION_YEARS = 5;

function integerSetting(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number) {
  const raw = env[name];
  const value = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} is not a whole number from ${min} to ${max}: ${raw}`);
  }
  return value;
}

function onOff(env: NodeJS.ProcessEnv, name: string, fallback: 'on' | 'off'): boolean {
  const raw = (env[name] || fallback).toLowerCase();
  if (raw !== 'on' && raw !== 'off') throw new Error(`${name} is on or off: ${env[name]}`);
  return raw === 'on';
}

/** The only place the households subgraph reads its environment. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): HouseholdsConfig {
  return {
    ...readSubgraphConfig('HOUSEHOLDS', 4002, env),
    stalledAfterDays: integerSetting(
      env,
      'HOUSEHOLDS_STALLED_AFTER_DAYS',
      DEFAULT_STALLED_AFTER_DAYS,
      1,
      3650,
    ),
    retentionYears: integerSetting(env, 'HOUSEHOLDS_RETENTION_YEARS', DEFAULT_RETENTION_YEARS, 1, 100),
    retentionJob: onOff(env, 'HOUSEHOLDS_RETENTION_JOB', 'on'),
  };
}
