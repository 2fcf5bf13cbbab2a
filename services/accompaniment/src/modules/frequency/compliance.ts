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
 * moved in requires nothing. Each window is pro rata of the days it covers in the month: in a month
 * that is over, rounded up (any part of a contact is owed); in the month in progress, only the days
 * up to `today` count, rounded down (a contact is owed once its whole share of days has passed),
 * and a month to come owes nothing. `today` is an SQL expression placed after `wanted` (its
 * parameter comes after the CTE's); `null` counts every day of the month, as for a past period.
 * `counted_to` is the last day counted: the month's last, or `today` within it.
 */
export function complianceSql(wanted: string, today = 'null'): string {
  const firstDayOf = (phase: string) => `(select min((pc.at at time zone '${AGENCY_TIME_ZONE}')::date)
      from "${SCHEMA}"."phase_change" pc where pc.accompaniment_id = a.id and pc.to_phase = '${phase}')`;
  return `
with wanted as (${wanted}), dated as (
  select w.*, (w.month_start + interval '1 month' - interval '1 day')::date as month_end,
         ${today}::date as today
  from wanted w
), base as (
  -- LEAST ignores a null today: the whole month counts.
  select a.id, w.month_start, least(w.month_end, w.today) as month_end,
         coalesce(w.today between w.month_start and w.month_end, false) as in_progress, w.month_end - w.month_start + 1 as month_days,
         a.end_date, a.integration_contacts_per_week as per_week, a.integration_weeks as weeks,
         a.monthly_in_person_meetings as monthly,
         ${firstDayOf('INTEGRATION')} as move_in, ${firstDayOf('FOLLOW_UP')} as follow_up
  from dated w join "${SCHEMA}"."accompaniment" a on a.id = w.id
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
         case when f_to >= f_from then f_to - f_from + 1 else 0 end as f_days
  from windows w
), owed as (
  select d.*, d.i_days * d.per_week / 7.0 as i_owed, d.f_days * d.monthly / d.month_days::numeric as f_owed
  from days d
)
select d.id, to_char(d.month_start, 'YYYY-MM') as month, d.in_progress, d.month_end as counted_to,
       (case when d.in_progress then floor(d.i_owed) + floor(d.f_owed)
             else ceil(d.i_owed) + ceil(d.f_owed) end)::int as required,
       (select count(*) from "${SCHEMA}"."contact" c
         where c.accompaniment_id = d.id and c.outcome = 'MET'
           and ((c.date >= d.i_from and c.date <= d.i_to)
             or (c.kind in ('HOME_VISIT', 'OFFICE') and c.date >= d.f_from and c.date <= d.f_to)))::int as done
from owed d`;
}

const PAIRS = complianceSql('select * from unnest(?::uuid[], ?::date[]) as p(id, month_start)', '?');

interface Row {
  id: string;
  month: string;
  in_progress: boolean;
  required: number;
  done: number;
}

const toCompliance = (row: Pick<Row, 'month' | 'in_progress' | 'required' | 'done'>): ContactCompliance => ({
  month: row.month,
  inProgress: row.in_progress,
  required: row.required,
  done: row.done,
  shortfall: Math.max(0, row.required - row.done),
});

/** Compliance keyed by `accompanimentId:YYYY-MM` as of `today` (the agency's), one SQL statement per batch. */
export function complianceLoader(em: EntityManager, today: string) {
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
            today,
          ])
      : [];
    const found = new Map(rows.map((row) => [`${row.id}:${row.month}`, row]));
    return pairs.map((p) =>
      toCompliance(
        found.get(`${p.id}:${p.month}`) ?? {
          month: p.month,
          in_progress: today.slice(0, 7) === p.month,
          required: 0,
          done: 0,
        },
      ),
    );
  });
}

/**
 * Running accompaniments short of their schedule in the month starting `start`, as of `today`, as a
 * subquery for `id: { $in: … }`.
 */
export function belowFrequency(start: string, today: string) {
  const sql = complianceSql(
    `select a.id, ?::date as month_start from "${SCHEMA}"."accompaniment" a where a.phase <> 'ENDED'`,
    '?',
  );
  return raw(`(select id from (${sql}) compliance where required > done)`, [start, today]);
}
