import type { DemoPlan } from '@ash/demo';
import { type EventEnvelope, insertInChunks, SEEDED_BEFORE_ANY_EVENT } from '@ash/kit';
import { type EntityManager } from '@mikro-orm/core';
import { CaseloadProjection } from './caseload.entity';

const TABLE = '"housing"."caseload"';

function upsert(em: EntityManager, set: string, params: unknown[]) {
  return em.getConnection().execute(
    `insert into ${TABLE} as c (household_id, support_worker_ids, consent, caseload_changed_at, consent_changed_at)
       values (?, array(select jsonb_array_elements_text(?::jsonb)), ?, ?, ?) on conflict (household_id) do update set ${set}`,
    params,
    'run',
    em.getTransactionContext(),
  );
}

/** `CaseloadChanged`: the workers half of the row; an event older than it changes nothing. */
export async function applyCaseloadChanged(
  em: EntityManager,
  event: EventEnvelope<'CaseloadChanged'>,
): Promise<void> {
  const { householdId, supportWorkerIds } = event.payload;
  await upsert(
    em,
    `support_worker_ids = excluded.support_worker_ids, caseload_changed_at = excluded.caseload_changed_at
     where c.caseload_changed_at is null or c.caseload_changed_at <= excluded.caseload_changed_at`,
    [householdId, JSON.stringify(supportWorkerIds), false, event.occurredAt, null],
  );
}

/** `ConsentChanged`: the consent half of the row; an event older than it changes nothing. */
export async function applyConsentChanged(
  em: EntityManager,
  event: EventEnvelope<'ConsentChanged'>,
): Promise<void> {
  const { householdId, consentToShare } = event.payload;
  await upsert(
    em,
    `consent = excluded.consent, consent_changed_at = excluded.consent_changed_at
     where c.consent_changed_at is null or c.consent_changed_at <= excluded.consent_changed_at`,
    [householdId, '[]', consentToShare, null, event.occurredAt],
  );
}

/** The demo plan's caseloads (workers of running accompaniments) and consents. */
export async function seedCaseload(em: EntityManager, plan: DemoPlan): Promise<void> {
  const workers = new Map<string, Set<string>>();
  for (const a of plan.accompaniments) {
    if (a.phase === 'ENDED') continue;
    workers.set(a.householdId, (workers.get(a.householdId) ?? new Set()).add(a.supportWorkerId));
  }
  await insertInChunks(
    em,
    CaseloadProjection,
    plan.households.map((h) => ({
      householdId: h.id,
      supportWorkerIds: [...(workers.get(h.id) ?? [])].sort(),
      consent: h.consentToShareDate !== null,
      caseloadChangedAt: SEEDED_BEFORE_ANY_EVENT,
      consentChangedAt: SEEDED_BEFORE_ANY_EVENT,
    })),
  );
}
