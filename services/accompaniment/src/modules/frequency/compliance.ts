import { AGENCY_TIME_ZONE, BadUserInputError, isUuid } from '@ash/kit';
import { raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { SCHEMA } from '../../orm';
import type { ContactCompliance } from './frequency.entity';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** First day (YYYY-MM-DD) of a "YYYY-MM" month, or BAD_USER_INPUT. */
export function monthStart(month: string): string {
  const match = MONTH.exec(month);
  if (!match || Number(match[1]) < 2000 || Number(match[1]) > 2100) {
    throw new BadUserInputError('month must be YYYY-MM (2000 to 2100)', { argument: 'month' });
  }
  return `${month}-01`;
}

/**
 * Required and done contacts of (accompaniment, month) pairs given by `wanted` (a CTE yielding
 * `id`, `month_start`). The integration window runs `integration_weeks` from the move-in (its
 * INTEGRATION phase change, agency date): contacts of any kind, met; the follow-up window starts
 * after it (or at the FOLLOW_UP phase change when there was no move-in, as in tenancy
 * sustainment): in-person meetings, met. Both stop at the end date; an accompaniment that never
 * moved in requires nothing. Each window is pro rata of the days it covers in the month, rounded up.
 */
export function complianceSql(wanted: string): string {
  const firstDayOf = (phase: string) => `(select min((pc.at at time zone '${AGENCY_TIME_ZONE}')::date)
      from "${SCHEMA}"."phase_change" pc where pc.accompaniment_id = a.id and pc.to_phase = '${phase}')`;
  return `
with wanted as (${wanted}), base as (
  select a.id, w.month_start, (w.month_start + interval '1 month' - interval '1 day')::date as month_end,
         a.end_date, a.integration_contacts_per_week as per_week, a.integration_weeks as weeks,
         a.monthly_in_person_meetings as monthly,
         ${firstDayOf('INTEGRATION')} as move_in, ${firstDayOf('FOLLOW_UP')} as follow_up
  from wanted w join "${SCHEMA}"."accompaniment" a on a.id = w.id
), windows as (
  select b.*,
         case when move_in is not null then greatest(move_in, month_start) end as i_from,
         case when move_in is not null then least(move_in + weeks * 7 - 1, end_date, month_end) end as i_to,
         greatest(coalesce(move_in + weeks * 7, follow_up), month_start) as f_from,
         case when coalesce(move_in, follow_up) is not null then least(end_date, month_end) end as f_to
  from base b
), days as (
  select w.*,
         case when i_to >= i_from then i_to - i_from + 1 else 0 end as i_days,
         case when f_to >= f_from then f_to - f_from + 1 else 0 end as f_days,
         month_end - month_start + 1 as month_days
  from windows w
)
select d.id, to_char(d.month_start, 'YYYY-MM') as month,
       (ceil(d.i_days * d.per_week / 7.0) + ceil(d.f_days * d.monthly / d.month_days::numeric))::int as required,
       (select count(*) from "${SCHEMA}"."contact" c
         where c.accompaniment_id = d.id and c.outcome = 'MET'
           and ((c.date >= d.i_from and c.date <= d.i_to)
             or (c.kind in ('HOME_VISIT', 'OFFICE') and c.date >= d.f_from and c.date <= d.f_to)))::int as done
from days d`;
}

const PAIRS = complianceSql('select * from unnest(?::uuid[], ?::date[]) as p(id, month_start)');

interface Row {
  id: string;
  month: string;
  required: number;
  done: number;
}

const toCompliance = (row: Pick<Row, 'month' | 'required' | 'done'>): ContactCompliance => ({
  month: row.month,
  required: row.required,
  done: row.done,
  shortfall: Math.max(0, row.required - row.done),
});

/** Compliance keyed by `accompanimentId:YYYY-MM`, one SQL statement per batch. */
export function complianceLoader(em: EntityManager) {
  return new DataLoader<string, ContactCompliance>(async (keys) => {
    const pairs = keys.map((key) => {
      const [id, month] = key.split(':');
      return { id: id.toLowerCase(), month };
    });
    const wanted = pairs.filter((p) => isUuid(p.id));
    const rows: Row[] = wanted.length
      ? await em
          .getConnection()
          .execute(PAIRS, [
            `{${wanted.map((p) => p.id).join(',')}}`,
            `{${wanted.map((p) => monthStart(p.month)).join(',')}}`,
          ])
      : [];
    const found = new Map(rows.map((row) => [`${row.id}:${row.month}`, row]));
    return pairs.map((p) =>
      toCompliance(found.get(`${p.id}:${p.month}`) ?? { month: p.month, required: 0, done: 0 }),
    );
  });
}

/** Running accompaniments short of their schedule in the month starting `start`, as a subquery for `id: { $in: … }`. */
export function belowFrequency(start: string) {
  const sql = complianceSql(
    `select a.id, ?::date as month_start from "${SCHEMA}"."accompaniment" a where a.phase <> 'ENDED'`,
  );
  return raw(`(select id from (${sql}) compliance where required > done)`, [start]);
}
