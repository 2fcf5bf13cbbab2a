import type { DemoPlan } from '@ash/demo';
import { type EventEnvelope, insertInChunks, SEEDED_BEFORE_ANY_EVENT } from '@ash/kit';
import { type EntityManager, raw } from '@mikro-orm/core';
import { CaseloadProjection } from './caseload.entity';

const TABLE = '"households"."caseload"';

/** The households of a support worker's caseload, as SQL taking one parameter, the worker's user id. */
export const CASELOAD_OF_SQL = `(select household_id from ${TABLE} where ?::text = any(support_worker_ids))`;

/** The households of a support worker's caseload, as a SQL subquery for `id: { $in: … }`. */
export function caseloadOf(supportWorkerId: string) {
  return raw(CASELOAD_OF_SQL, [supportWorkerId]);
}

/** `CaseloadChanged`: keeps the projection in step; an event older than the row changes nothing. */
export async function applyCaseloadChanged(
  em: EntityManager,
  event: EventEnvelope<'CaseloadChanged'>,
): Promise<void> {
  await em.getConnection().execute(
    `insert into ${TABLE} as c (household_id, support_worker_ids, changed_at) values (?, array(select jsonb_array_elements_text(?::jsonb)), ?)
     on conflict (household_id) do update
       set support_worker_ids = excluded.support_worker_ids, changed_at = excluded.changed_at
     where c.changed_at <= excluded.changed_at`,
    [event.payload.householdId, JSON.stringify(event.payload.supportWorkerIds), event.occurredAt],
    'run',
    em.getTransactionContext(),
  );
}

/** The demo caseloads: the workers of the running (not ENDED) accompaniments of the plan. */
export async function seedCaseload(em: EntityManager, plan: DemoPlan): Promise<void> {
  const workers = new Map<string, Set<string>>();
  for (const a of plan.accompaniments) {
    if (a.phase === 'ENDED') continue;
    workers.set(a.householdId, (workers.get(a.householdId) ?? new Set()).add(a.supportWorkerId));
  }
  await insertInChunks(
    em,
    CaseloadProjection,
    [...workers].map(([householdId, ids]) => ({
      householdId,
      supportWorkerIds: [...ids].sort(),
      changedAt: SEEDED_BEFORE_ANY_EVENT,
    })),
  );
}
