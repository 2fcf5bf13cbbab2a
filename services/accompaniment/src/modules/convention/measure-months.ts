import { type IsoDate, isUuid } from '@ash/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { SCHEMA } from '../../orm';
import type { MeasureMonthCount } from './convention.reference';

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

/**
 * A household followed some day of a month is a measure-month, once, whatever the number of its
 * accompaniments. A month counts whole from the first day a household is followed in it, and only
 * the days up to today count: a month to come has consumed nothing. The projection counts, for the
 * months to come, the households followed today whose accompaniment has not ended before the month.
 * Both come from one join: an accompaniment started by today (and by the month's last day) and not
 * ended before the month's first day; the consumed count keeps the months begun by today.
 */
const COUNTS = `count(distinct a.household_id) filter (where months.first_day <= ?::date)::int as households,
       count(distinct a.household_id)::int as projected`;
const FOLLOWED = `a.start_date <= least(months.last_day, ?::date)
 and (a.end_date is null or a.end_date >= months.first_day)`;

/** For each (convention, year) asked in a request, one SQL statement per batch. */
const SQL = `
with wanted as (
  select distinct convention_id, year from unnest(?::uuid[], ?::int[]) as w(convention_id, year)
), months as (
  select wanted.convention_id, wanted.year, m.month,
         make_date(wanted.year, m.month, 1) as first_day,
         (make_date(wanted.year, m.month, 1) + interval '1 month' - interval '1 day')::date as last_day
  from wanted cross join generate_series(1, 12) as m(month)
)
select months.convention_id, months.year, months.month, ${COUNTS}
from months
left join "${SCHEMA}"."accompaniment" a
  on a.convention_id = months.convention_id
 and ${FOLLOWED}
group by months.convention_id, months.year, months.month`;

interface MonthRow {
  convention_id: string;
  year: number;
  month: number;
  households: number;
  projected: number;
}

/** Twelve months of rows (absent months count zero) as a year's count. */
function yearCount(year: number, rows: readonly MonthRow[]): MeasureMonthCount {
  const byMonth = new Array<number>(12).fill(0);
  const projectedByMonth = new Array<number>(12).fill(0);
  for (const row of rows) {
    byMonth[row.month - 1] = row.households;
    projectedByMonth[row.month - 1] = row.projected;
  }
  const sum = (values: number[]) => values.reduce((total, n) => total + n, 0);
  return { year, byMonth, total: sum(byMonth), projectedByMonth, projectedTotal: sum(projectedByMonth) };
}

/** Per-request loader of measure-months, keyed by `conventionId:year`, as of `today` (the agency's). */
export function measureMonthsLoader(em: EntityManager, today: IsoDate) {
  return new DataLoader<string, MeasureMonthCount>(async (keys) => {
    const pairs = keys.map((key) => {
      const [conventionId, year] = key.split(':');
      return { conventionId: conventionId.toLowerCase(), year: Number(year) };
    });
    // A malformed id matches no accompaniment: it counts zero rather than failing the batch. Ids and
    // years are passed as PostgreSQL array literals (checked uuids and integers).
    const wanted = pairs.filter((p) => isUuid(p.conventionId));
    const rows: MonthRow[] = wanted.length
      ? await em
          .getConnection()
          .execute(SQL, [
            `{${wanted.map((p) => p.conventionId).join(',')}}`,
            `{${wanted.map((p) => p.year).join(',')}}`,
            today,
            today,
          ])
      : [];
    const byKey = new Map<string, MonthRow[]>();
    for (const row of rows) {
      const key = `${row.convention_id}:${row.year}`;
      byKey.set(key, [...(byKey.get(key) ?? []), row]);
    }
    return pairs.map(({ conventionId, year }) => yearCount(year, byKey.get(`${conventionId}:${year}`) ?? []));
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
select months.convention_id, months.year, months.month, ${COUNTS}
from months
left join "${SCHEMA}"."accompaniment" a
  on a.convention_id = months.convention_id
 and ${FOLLOWED}
group by months.convention_id, months.year, months.month
order by months.convention_id, months.year, months.month`;

/**
 * Per-request loader of every year's measure-months of a convention (by id), oldest year first;
 * `today` (the agency's) ends the span of the accompaniments still running.
 */
export function measureMonthsByYearLoader(em: EntityManager, today: IsoDate) {
  return new DataLoader<string, MeasureMonthCount[]>(async (ids) => {
    const wanted = [...new Set(ids.filter(isUuid).map((id) => id.toLowerCase()))];
    const rows: MonthRow[] = wanted.length
      ? await em.getConnection().execute(BY_YEAR_SQL, [`{${wanted.join(',')}}`, today, today, today])
      : [];
    const byConvention = new Map<string, Map<number, MonthRow[]>>();
    for (const row of rows) {
      const years = byConvention.get(row.convention_id) ?? new Map<number, MonthRow[]>();
      years.set(row.year, [...(years.get(row.year) ?? []), row]);
      byConvention.set(row.convention_id, years);
    }
    return ids.map((id) =>
      [...(byConvention.get(id.toLowerCase())?.entries() ?? [])]
        .sort(([a], [b]) => a - b)
        .map(([year, yearRows]) => yearCount(year, yearRows)),
    );
  });
}
