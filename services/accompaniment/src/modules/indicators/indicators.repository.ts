import type { EntityManager } from '@mikro-orm/postgresql';
import { SCHEMA } from '../../orm';
import { AccompanimentOutcome } from '../accompaniment/accompaniment.enums';
import { complianceSql } from '../frequency/compliance';

const OUTCOMES = Object.values(AccompanimentOutcome);
/** The target publics the households subgraph knows (its projection here is plain text). */
export const TARGET_PUBLICS = ['SINGLE_PARENT', 'LEAVING_PRISON', 'ISOLATED_TENANT'] as const;
export type TargetPublic = (typeof TARGET_PUBLICS)[number];

/** Aggregates of the accompaniments of a convention running some day of the period: no row leaves SQL. */
const SUPPORT_SQL = `
with a as (
  select acc.*, tp.target_public from "${SCHEMA}"."accompaniment" acc
  left join "${SCHEMA}"."target_public" tp on tp.household_id = acc.household_id
  where convention_id = ?::uuid and start_date <= ?::date and (end_date is null or end_date >= ?::date)
)
select
  count(distinct household_id)::int as supported,
  count(distinct household_id) filter (where kind = 'ACCESS')::int as supported_access,
  count(distinct household_id) filter (where kind = 'TENANCY_SUSTAINMENT')::int as supported_sustainment,
  count(*) filter (where start_date >= ?::date)::int as entries,
  count(*) filter (where end_date <= ?::date)::int as exits,
  coalesce(avg(end_date - start_date) filter (where end_date <= ?::date), 0)::float as average_days,
  ${OUTCOMES.map((o) => `count(*) filter (where end_date <= ?::date and outcome = '${o}')::int as "${o}"`).join(',\n  ')},
  count(*) filter (where move_in_support_worker_present is not null)::int as inspections,
  count(*) filter (where move_in_support_worker_present)::int as inspections_with_support_worker,
  ${TARGET_PUBLICS.map((t) => `count(distinct household_id) filter (where target_public = '${t}')::int as "tp_${t}"`).join(',\n  ')}
from a`;

/**
 * Measure-months of the period: each month it touches, the distinct households with an accompaniment
 * of the convention running some day of that month within the period.
 */
const MEASURE_MONTHS_SQL = `
select coalesce(sum(t.households), 0)::int as measure_months from (
  select m.first_day, count(distinct a.household_id) as households
  from generate_series(date_trunc('month', ?::date), ?::date, interval '1 month') as m(first_day)
  join "${SCHEMA}"."accompaniment" a
    on a.convention_id = ?::uuid
   and a.start_date <= least((m.first_day + interval '1 month' - interval '1 day')::date, ?::date)
   and (a.end_date is null or a.end_date >= greatest(m.first_day::date, ?::date))
  group by m.first_day
) t`;

/**
 * Contact-frequency compliance of the period: each calendar month of the period crossed with the
 * accompaniments of the convention running some day of it (within the period), an
 * accompaniment-month, met when its shortfall is 0 (the computation of `contactCompliance`).
 */
const COMPLIANCE_SQL = `
select count(*)::int as accompaniment_months, count(*) filter (where c.done >= c.required)::int as met
from (${complianceSql(`
  select a.id, m.first_day::date as month_start
  from generate_series(date_trunc('month', ?::date), ?::date, interval '1 month') as m(first_day)
  join "${SCHEMA}"."accompaniment" a
    on a.convention_id = ?::uuid
   and a.start_date <= least((m.first_day + interval '1 month' - interval '1 day')::date, ?::date)
   and (a.end_date is null or a.end_date >= greatest(m.first_day::date, ?::date))`)}) c`;

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
  accompaniment_months: number;
  /** Accompaniment-months with no shortfall. */
  compliance_met: number;
}

/** Three set-based statements per indicator set, whatever the number of accompaniments. */
export async function supportAggregates(
  em: EntityManager,
  conventionId: string,
  from: string,
  to: string,
): Promise<SupportAggregates> {
  const connection = em.getConnection();
  const [row]: (Omit<
    SupportAggregates,
    'measure_months' | 'outcomes' | 'target_publics' | 'accompaniment_months' | 'compliance_met'
  > &
    Record<AccompanimentOutcome | `tp_${TargetPublic}`, number>)[] = await connection.execute(SUPPORT_SQL, [
    conventionId,
    to,
    from,
    from,
    to,
    to,
    ...OUTCOMES.map(() => to),
  ]);
  const [months] = await connection.execute(MEASURE_MONTHS_SQL, [from, to, conventionId, to, from]);
  const [compliance] = await connection.execute(COMPLIANCE_SQL, [from, to, conventionId, to, from]);
  return {
    ...row,
    measure_months: months.measure_months,
    target_publics: Object.fromEntries(TARGET_PUBLICS.map((t) => [t, row[`tp_${t}`]])) as Record<
      TargetPublic,
      number
    >,
    accompaniment_months: compliance.accompaniment_months,
    compliance_met: compliance.met,
    outcomes: Object.fromEntries(OUTCOMES.map((o) => [o, row[o]])) as Record<AccompanimentOutcome, number>,
  };
}
