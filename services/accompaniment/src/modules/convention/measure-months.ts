import { type IsoDate, isUuid } from '@ash/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { SCHEMA } from '../../orm';
import type { MeasureMonthCount } from './convention.reference';

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

/**
 * For each (convention, year) asked in a request, one SQL statement per batch: every month of the
 * year crossed with the accompaniments of the convention running some day of that month; a
 * household counts once a month (a measure-month), whatever the number of its accompaniments.
 */
const SQL = `
with wanted as (
  select distinct convention_id, year from unnest(?::uuid[], ?::int[]) as w(convention_id, year)
), months as (
  select wanted.convention_id, wanted.year, m.month,
         make_date(wanted.year, m.month, 1) as first_day,
         (make_date(wanted.year, m.month, 1) + interval '1 month' - interval '1 day')::date as last_day
  from wanted cross join generate_series(1, 12) as m(month)
)
select months.convention_id, months.year, months.month, count(distinct a.household_id)::int as households
from months
left join "${SCHEMA}"."accompaniment" a
  on a.convention_id = months.convention_id
 and a.start_date <= months.last_day
 and (a.end_date is null or a.end_date >= months.first_day)
group by months.convention_id, months.year, months.month`;

/** Per-request loader of measure-months, keyed by `conventionId:year`. */
export function measureMonthsLoader(em: EntityManager) {
  return new DataLoader<string, MeasureMonthCount>(async (keys) => {
    const pairs = keys.map((key) => {
      const [conventionId, year] = key.split(':');
      return { conventionId: conventionId.toLowerCase(), year: Number(year) };
    });
    // A malformed id matches no accompaniment: it counts zero rather than failing the batch. Ids and
    // years are passed as PostgreSQL array literals (checked uuids and integers).
    const wanted = pairs.filter((p) => isUuid(p.conventionId));
    const rows: { convention_id: string; year: number; month: number; households: number }[] = wanted.length
      ? await em
          .getConnection()
          .execute(SQL, [
            `{${wanted.map((p) => p.conventionId).join(',')}}`,
            `{${wanted.map((p) => p.year).join(',')}}`,
          ])
      : [];
    const counts = new Map<string, number[]>();
    for (const row of rows) {
      const key = `${row.convention_id}:${row.year}`;
      const months = counts.get(key) ?? new Array<number>(12).fill(0);
      months[row.month - 1] = row.households;
      counts.set(key, months);
    }
    return pairs.map(({ conventionId, year }) => {
      const byMonth = counts.get(`${conventionId}:${year}`) ?? new Array<number>(12).fill(0);
      return { year, byMonth, total: byMonth.reduce((sum, n) => sum + n, 0) };
    });
  });
}

/**
 * Every year of each convention asked, in one SQL statement per batch: accompaniment does not know
 * the convention's years, so it counts each year from its accompaniments' earliest start to their
 * latest end (today for those still running), twelve months each, as `measureMonthsLoader` does.
 */
const BY_YEAR_SQL = `
with wanted as (
  select distinct convention_id from unnest(?::uuid[]) as w(convention_id)
), spans as (
  select a.convention_id,
         extract(year from min(a.start_date))::int as first_year,
         extract(year from max(coalesce(a.end_date, ?::date)))::int as last_year
  from "${SCHEMA}"."accompaniment" a
  join wanted on wanted.convention_id = a.convention_id
  group by a.convention_id
), months as (
  select spans.convention_id, y.year, m.month,
         make_date(y.year, m.month, 1) as first_day,
         (make_date(y.year, m.month, 1) + interval '1 month' - interval '1 day')::date as last_day
  from spans
  cross join lateral generate_series(spans.first_year, greatest(spans.first_year, spans.last_year)) as y(year)
  cross join generate_series(1, 12) as m(month)
)
select months.convention_id, months.year, months.month, count(distinct a.household_id)::int as households
from months
left join "${SCHEMA}"."accompaniment" a
  on a.convention_id = months.convention_id
 and a.start_date <= months.last_day
 and (a.end_date is null or a.end_date >= months.first_day)
group by months.convention_id, months.year, months.month
order by months.convention_id, months.year, months.month`;

/**
 * Per-request loader of every year's measure-months of a convention (by id), oldest year first;
 * `today` (the agency's) ends the span of the accompaniments still running.
 */
export function measureMonthsByYearLoader(em: EntityManager, today: IsoDate) {
  return new DataLoader<string, MeasureMonthCount[]>(async (ids) => {
    const wanted = [...new Set(ids.filter(isUuid).map((id) => id.toLowerCase()))];
    const rows: { convention_id: string; year: number; month: number; households: number }[] = wanted.length
      ? await em.getConnection().execute(BY_YEAR_SQL, [`{${wanted.join(',')}}`, today])
      : [];
    const byConvention = new Map<string, Map<number, number[]>>();
    for (const row of rows) {
      const years = byConvention.get(row.convention_id) ?? new Map<number, number[]>();
      const months = years.get(row.year) ?? new Array<number>(12).fill(0);
      months[row.month - 1] = row.households;
      years.set(row.year, months);
      byConvention.set(row.convention_id, years);
    }
    return ids.map((id) =>
      [...(byConvention.get(id.toLowerCase())?.entries() ?? [])]
        .sort(([a], [b]) => a - b)
        .map(([year, byMonth]) => ({ year, byMonth, total: byMonth.reduce((sum, n) => sum + n, 0) })),
    );
  });
}
