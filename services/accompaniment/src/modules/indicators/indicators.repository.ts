import {
  AGENCY_TIME_ZONE,
  type IndicatorPeriod,
  periodsOfYear,
  TREE_PERIODS_SQL,
  treeOfMonths,
  treePeriodsParameter,
} from '@ash/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { SCHEMA } from '../../orm';
import { AccompanimentOutcome } from '../accompaniment/accompaniment.enums';
import { AlertSource } from '../alert/alert.enums';
import { complianceSql } from '../frequency/compliance';

const OUTCOMES = Object.values(AccompanimentOutcome);
export const ALERT_SOURCES = Object.values(AlertSource);
/** The target publics the households subgraph knows (its projection here is plain text). */
export const TARGET_PUBLICS = ['SINGLE_PARENT', 'LEAVING_PRISON', 'ISOLATED_TENANT'] as const;
export type TargetPublic = (typeof TARGET_PUBLICS)[number];

/**
 * Aggregates of the accompaniments of a convention running some day of each period up to today (a
 * period to come has none), a row a period: no row of a person leaves SQL. With them, the alerts
 * raised on those accompaniments in the period up to today, by source, and the days from each to
 * its triage (its first move out of NEW).
 */
const SUPPORT_SQL = `
with p as (${TREE_PERIODS_SQL}), a as (
  select p.i, p.first_day, p.last_day, acc.*, tp.target_public
  from p join "${SCHEMA}"."accompaniment" acc
    on acc.convention_id = ?::uuid and p.first_day <= ?::date and acc.start_date <= least(p.last_day, ?::date)
   and (acc.end_date is null or acc.end_date >= p.first_day)
  left join "${SCHEMA}"."target_public" tp on tp.household_id = acc.household_id
), al as (
  select al.source, (al.raised_at at time zone '${AGENCY_TIME_ZONE}')::date as raised_on,
         extract(epoch from (select min(t.at) from "${SCHEMA}"."alert_transition" t
                             where t.alert_id = al.id and t.from_status = 'NEW') - al.raised_at) / 86400.0 as triage_days
  from "${SCHEMA}"."alert" al join "${SCHEMA}"."accompaniment" acc on acc.id = al.accompaniment_id
  where acc.convention_id = ?::uuid and (al.raised_at at time zone '${AGENCY_TIME_ZONE}')::date <= ?::date
)
select
  p.i,
  count(*) filter (where a.start_date >= p.first_day and a.capacity_override_reason is not null)::int as capacity_overrides,
  (select count(*) from al where al.raised_on between p.first_day and p.last_day)::int as alerts,
  ${ALERT_SOURCES.map((s) => `(select count(*) from al where al.raised_on between p.first_day and p.last_day and al.source = '${s}')::int as "alerts_${s}"`).join(',\n  ')},
  (select count(al.triage_days) from al where al.raised_on between p.first_day and p.last_day)::int as triaged,
  (select coalesce(avg(al.triage_days), 0) from al where al.raised_on between p.first_day and p.last_day)::float as triage_days,
  count(distinct a.household_id)::int as supported,
  count(distinct a.household_id) filter (where a.kind = 'ACCESS')::int as supported_access,
  count(distinct a.household_id) filter (where a.kind = 'TENANCY_SUSTAINMENT')::int as supported_sustainment,
  count(*) filter (where a.start_date >= p.first_day)::int as entries,
  count(*) filter (where a.end_date <= p.last_day)::int as exits,
  coalesce(avg(a.end_date - a.start_date) filter (where a.end_date <= p.last_day), 0)::float as average_days,
  ${OUTCOMES.map((o) => `count(*) filter (where a.end_date <= p.last_day and a.outcome = '${o}')::int as "${o}"`).join(',\n  ')},
  count(*) filter (where a.move_in_support_worker_present is not null)::int as inspections,
  count(*) filter (where a.move_in_support_worker_present)::int as inspections_with_support_worker,
  ${TARGET_PUBLICS.map((t) => `count(distinct a.household_id) filter (where a.target_public = '${t}')::int as "tp_${t}"`).join(',\n  ')}
from p left join a on a.i = p.i
group by p.i, p.first_day, p.last_day
order by p.i`;

/**
 * Each month from `?` to `?` (a year's first and last days) begun by today (`?`, twice) with the
 * convention's accompaniments running some day of it up to today: a month to come has consumed nothing.
 */
const RUNNING_IN_MONTH = `
  from generate_series(?::date, ?::date, interval '1 month') as m(first_day)
  join "${SCHEMA}"."accompaniment" a
    on a.convention_id = ?::uuid
   and m.first_day <= ?::date
   and a.start_date <= least((m.first_day + interval '1 month' - interval '1 day')::date, ?::date)
   and (a.end_date is null or a.end_date >= m.first_day::date)`;

/**
 * Measure-months of each month of a year: the distinct households with an accompaniment of the
 * convention running some day of that month. A quarter's or the year's are the sum of their months'.
 */
const MEASURE_MONTHS_SQL = `
select to_char(m.first_day, 'YYYY-MM') as month, count(distinct a.household_id)::int as measure_months
${RUNNING_IN_MONTH}
group by m.first_day`;

/**
 * Contact-frequency compliance of each month of a year: the accompaniments of the convention running
 * some day of it, an accompaniment-month each, met when its shortfall is 0 (the computation of
 * `contactCompliance`). A quarter's or the year's are the sum of their months'.
 */
const COMPLIANCE_SQL = `
select c.month, count(*)::int as accompaniment_months, count(*) filter (where c.done >= c.required)::int as met
from (${complianceSql(`select a.id, m.first_day::date as month_start ${RUNNING_IN_MONTH}`, '?')}) c
group by c.month`;

export interface SupportAggregates {
  supported: number;
  supported_access: number;
  supported_sustainment: number;
  entries: number;
  exits: number;
  average_days: number;
  inspections: number;
  inspections_with_support_worker: number;
  measure_months: number;
  outcomes: Record<AccompanimentOutcome, number>;
  /** Households supported by target public. */
  target_publics: Record<TargetPublic, number>;
  /** Accompaniments opened in the period beyond the convention's capacity, by override. */
  capacity_overrides: number;
  /** Alerts raised in the period, in all and by source. */
  alerts: number;
  alert_sources: Record<AlertSource, number>;
  /** Alerts of the period triaged, and their mean days from raising to triage. */
  triaged: number;
  triage_days: number;
  accompaniment_months: number;
  /** Accompaniment-months with no shortfall. */
  compliance_met: number;
}

/** A year's months, `YYYY-MM`, and the value each has in `rows` (0 when absent). */
function byMonth<K extends string>(
  periods: readonly IndicatorPeriod[],
  rows: ({ month: string } & Record<K, number>)[],
  key: K,
) {
  const months = periods.filter((p) => p.kind === 'MONTH').map((p) => p.from.slice(0, 7));
  const found = new Map(rows.map((row) => [row.month, row[key]]));
  return months.map((month) => found.get(month) ?? 0);
}

/**
 * The support aggregates of the 17 periods of a year's tree (tree order, see `periodsOfYear`): three
 * set-based statements, whatever the number of accompaniments or of periods. `today` (the agency's)
 * ends the periods in progress.
 */
export async function supportAggregates(
  em: EntityManager,
  conventionId: string,
  year: number,
  today: string,
): Promise<SupportAggregates[]> {
  const connection = em.getConnection();
  const periods = periodsOfYear(year);
  const rows: (Omit<
    SupportAggregates,
    | 'measure_months'
    | 'outcomes'
    | 'target_publics'
    | 'alert_sources'
    | 'accompaniment_months'
    | 'compliance_met'
  > &
    Record<AccompanimentOutcome | `tp_${TargetPublic}` | `alerts_${AlertSource}`, number> & {
      i: number;
    })[] = await connection.execute(SUPPORT_SQL, [
    treePeriodsParameter(year),
    conventionId,
    today,
    today,
    conventionId,
    today,
  ]);
  const { from, to } = periods[0];
  const months: { month: string; measure_months: number }[] = await connection.execute(MEASURE_MONTHS_SQL, [
    from,
    to,
    conventionId,
    today,
    today,
  ]);
  const compliance: { month: string; accompaniment_months: number; met: number }[] = await connection.execute(
    COMPLIANCE_SQL,
    [from, to, conventionId, today, today, today],
  );
  const measureMonths = treeOfMonths(byMonth(periods, months, 'measure_months'));
  const accompanimentMonths = treeOfMonths(byMonth(periods, compliance, 'accompaniment_months'));
  const met = treeOfMonths(byMonth(periods, compliance, 'met'));
  return periods.map(({ index }) => {
    const { i: _i, ...row } = rows[index];
    return {
      ...row,
      measure_months: measureMonths[index],
      target_publics: Object.fromEntries(TARGET_PUBLICS.map((t) => [t, row[`tp_${t}`]])) as Record<
        TargetPublic,
        number
      >,
      accompaniment_months: accompanimentMonths[index],
      compliance_met: met[index],
      outcomes: Object.fromEntries(OUTCOMES.map((o) => [o, row[o]])) as Record<AccompanimentOutcome, number>,
      alert_sources: Object.fromEntries(ALERT_SOURCES.map((s) => [s, row[`alerts_${s}`]])) as Record<
        AlertSource,
        number
      >,
    };
  });
}
