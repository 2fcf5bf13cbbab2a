import { isUuid } from '@ash/kit';
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
