import { AGENCY_TIME_ZONE } from '@ash/kit';
import { SCHEMA } from '../../orm';
import { AccompanimentPhase } from '../accompaniment/accompaniment.enums';
import { AlertStatus } from '../alert/alert.enums';
import { complianceSql } from '../frequency/compliance';
import { caseloadCondition } from './caseload.scope';
import { CaseloadOrder, CaseloadPriority, SortDirection } from './caseload.types';

/** Days ahead within which a contact due counts as "due soon". */
export const DUE_SOON_DAYS = 7;

/**
 * What needs doing first, the first that holds (its rank orders PRIORITY):
 * 1. an alert still NEW after its triage deadline ("as soon as possible" is already past);
 * 2. a contact overdue: the next contact the schedule owes was due today or before, i.e. the
 *    accompaniment is below its frequency this month (as the follow-up view counts it);
 * 3. an alert still NEW, within its deadline: to triage;
 * 4. the integration weeks since the move-in are over and the accompaniment is still in
 *    INTEGRATION: review them and move it to FOLLOW_UP;
 * 5. a contact due within `DUE_SOON_DAYS` days;
 * 6. nothing soon.
 */
export const PRIORITY_RANK: readonly CaseloadPriority[] = [
  CaseloadPriority.ALERT_TRIAGE_OVERDUE,
  CaseloadPriority.CONTACT_OVERDUE,
  CaseloadPriority.ALERT_TO_TRIAGE,
  CaseloadPriority.PHASE_REVIEW_DUE,
  CaseloadPriority.CONTACT_DUE_SOON,
  CaseloadPriority.NONE,
];

const rank = (priority: CaseloadPriority) => PRIORITY_RANK.indexOf(priority) + 1;

const PRIORITY_SQL = `case
    when r.overdue_alerts > 0 then ${rank(CaseloadPriority.ALERT_TRIAGE_OVERDUE)}
    when r.next_due <= p.today then ${rank(CaseloadPriority.CONTACT_OVERDUE)}
    when r.new_alerts > 0 then ${rank(CaseloadPriority.ALERT_TO_TRIAGE)}
    when r.phase = '${AccompanimentPhase.INTEGRATION}' and r.move_in + r.integration_weeks * 7 <= p.today
      then ${rank(CaseloadPriority.PHASE_REVIEW_DUE)}
    when r.next_due <= p.today + ${DUE_SOON_DAYS} then ${rank(CaseloadPriority.CONTACT_DUE_SOON)}
    else ${rank(CaseloadPriority.NONE)} end`;

/** A sort key of the keyset: an SQL expression on the row, the type of its cursor value, its direction. */
interface SortKey {
  column: string;
  type: 'date' | 'int';
  descending: boolean;
}

// Nulls take a value at the end they mean (columns of \`entries\`), so the keyset compares plain
// values: no contact owed is the latest due, never met the earliest contact.
const NEXT_DUE_KEY = 'next_due_key';
const LAST_CONTACT_KEY = 'last_contact_key';

/** The keys of an order, then ties by the next contact due (earliest first), then by id. */
export function sortKeys(order: CaseloadOrder, direction: SortDirection): SortKey[] {
  const descending = direction === SortDirection.DESC;
  const nextDue: SortKey = { column: NEXT_DUE_KEY, type: 'date', descending: false };
  const primary: Record<CaseloadOrder, SortKey> = {
    [CaseloadOrder.PRIORITY]: { column: 'priority_rank', type: 'int', descending },
    [CaseloadOrder.NEXT_CONTACT_DUE]: { ...nextDue, descending },
    [CaseloadOrder.LAST_CONTACT]: { column: LAST_CONTACT_KEY, type: 'date', descending },
    [CaseloadOrder.OPEN_ALERTS]: { column: 'open_alerts', type: 'int', descending },
    [CaseloadOrder.PHASE]: { column: 'phase_rank', type: 'int', descending },
  };
  return order === CaseloadOrder.NEXT_CONTACT_DUE ? [primary[order]] : [primary[order], nextDue];
}

/**
 * After the row whose keys are the cursor's values: `(k1 > v1) or (k1 = v1 and k2 > v2) … or (all
 * equal and id > last id)`, each key in its own direction. Takes the values, then the id, as parameters.
 */
function keysetCondition(keys: SortKey[]): string {
  const parts = [...keys, { column: 'id', type: 'uuid', descending: false }].map((key, i, all) => {
    const equal = all.slice(0, i).map((k) => `${k.column} = ?::${k.type}`);
    return [...equal, `${key.column} ${key.descending ? '<' : '>'} ?::${key.type}`].join(' and ');
  });
  return `(${parts.map((part) => `(${part})`).join(' or ')})`;
}

/** How many parameters `keysetCondition` takes: each clause repeats the keys before it. */
export function keysetParameters(values: readonly unknown[]): unknown[] {
  return values.flatMap((_, i) => values.slice(0, i + 1));
}

const PHASE_RANK = `case r.phase when '${AccompanimentPhase.PRE_ALLOCATION}' then 1 when '${AccompanimentPhase.INTEGRATION}' then 2 else 3 end`;

/**
 * One statement for a page of a caseload and its total. Parameters, in order: today, the support
 * worker, then (with `after`) the keyset values and id, then the page size plus one.
 *
 * The next contact due is read off the schedule as `compliance` counts it: for each day from the
 * first of this month to the end of the next, the contacts owed as of that day (`complianceSql`
 * with that day as "today"); the next one is due on the first day owing more than were done this
 * month up to today (next month, more than done by then: none yet).
 */
export function caseloadSql(options: { scoped: boolean; keys: SortKey[]; after: boolean }): string {
  const { keys, after } = options;
  const days = `select c.id, date_trunc('month', d)::date as month_start, d::date as as_of
    from caseload c cross join params p
    cross join generate_series(date_trunc('month', p.today), date_trunc('month', p.today) + interval '2 months' - interval '1 day', interval '1 day') d`;
  // A support worker counts the alerts they may read: those of their caseload.
  const alertScope = options.scoped ? 'and al.accompaniment_id in (select id from caseload)' : '';
  const order = [...keys, { column: 'id', descending: false }]
    .map((key) => `${key.column} ${key.descending ? 'desc' : 'asc'}`)
    .join(', ');
  return `
with params as (select ?::date as today),
caseload as (
  select a.* from "${SCHEMA}"."accompaniment" a
  where ${options.scoped ? caseloadCondition('a') : `a.support_worker_id = ? and a.phase <> '${AccompanimentPhase.ENDED}'`}
),
schedule as (${complianceSql(days, 'w.as_of')}),
due as (
  select s.id, min(s.counted_to) as next_due
  from schedule s cross join params p
  join schedule t on t.id = s.id and t.counted_to = p.today
  where s.required > case when s.month = to_char(p.today, 'YYYY-MM') then t.done else s.done end
  group by s.id
),
facts as (
  select c.id, c.household_id, c.phase, c.integration_weeks, d.next_due,
         (select max(ct.date) from "${SCHEMA}"."contact" ct
           where ct.accompaniment_id = c.id and ct.outcome = 'MET' and ct.date <= p.today) as last_contact,
         (select min((pc.at at time zone '${AGENCY_TIME_ZONE}')::date) from "${SCHEMA}"."phase_change" pc
           where pc.accompaniment_id = c.id and pc.to_phase = '${AccompanimentPhase.INTEGRATION}') as move_in,
         al.open_alerts, al.new_alerts, al.overdue_alerts
  from caseload c cross join params p
  left join due d on d.id = c.id
  cross join lateral (
    select count(*)::int as open_alerts,
           (count(*) filter (where al.status = '${AlertStatus.NEW}'))::int as new_alerts,
           (count(*) filter (where al.status = '${AlertStatus.NEW}' and al.triage_deadline < p.today))::int as overdue_alerts
    from "${SCHEMA}"."alert" al
    where al.household_id = c.household_id and al.status <> '${AlertStatus.CLOSED}' ${alertScope}
  ) al
),
entries as (
  select r.*, ${PRIORITY_SQL} as priority_rank, ${PHASE_RANK} as phase_rank,
         coalesce(r.next_due, date '9999-12-31') as ${NEXT_DUE_KEY},
         coalesce(r.last_contact, date '0001-01-01') as ${LAST_CONTACT_KEY}
  from facts r cross join params p
)
select t.total, e.id, e.household_id, e.phase, e.open_alerts, e.overdue_alerts, e.priority_rank,
       e.phase_rank, e.next_due::text as next_due, e.last_contact::text as last_contact,
       e.${NEXT_DUE_KEY}::text as ${NEXT_DUE_KEY}, e.${LAST_CONTACT_KEY}::text as ${LAST_CONTACT_KEY},
       e.next_due <= p.today as contact_overdue
from (select count(*)::int as total from entries) t
cross join params p
left join lateral (
  select * from entries
  ${after ? `where ${keysetCondition(keys)}` : ''}
  order by ${order}
  limit ?
) e on true
order by ${order.replace(/(^|, )/g, '$1e.')}`;
}
