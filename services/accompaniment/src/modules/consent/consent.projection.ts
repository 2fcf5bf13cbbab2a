import type { DemoPlan } from '@ash/demo';
import { type EventEnvelope, insertInChunks } from '@ash/kit';
import { type EntityManager, raw } from '@mikro-orm/core';
import { ConsentProjection } from './consent.entity';

const TABLE = '"accompaniment"."consent"';

/**
 * The households that consented to share their data with the association, as a SQL subquery for
 * `householdId: { $in: … }`: a scope built on it filters in the database itself.
 */
export function consentedHouseholds() {
  return raw(`(select household_id from ${TABLE} where consent)`);
}

/** `ConsentChanged`: keeps the projection in step; an event older than the row changes nothing. */
export async function applyConsentChanged(
  em: EntityManager,
  event: EventEnvelope<'ConsentChanged'>,
): Promise<void> {
  await em.getConnection().execute(
    `insert into ${TABLE} as c (household_id, consent, changed_at) values (?, ?, ?)
     on conflict (household_id) do update set consent = excluded.consent, changed_at = excluded.changed_at
     where c.changed_at <= excluded.changed_at`,
    [event.payload.householdId, event.payload.consentToShare, event.occurredAt],
    'run',
    em.getTransactionContext(),
  );
}

/** The demo households' consent, as the households subgraph seeds it. */
export async function seedConsent(em: EntityManager, plan: DemoPlan): Promise<void> {
  await insertInChunks(
    em,
    ConsentProjection,
    plan.households.map((h) => ({
      householdId: h.id,
      consent: h.consentToShareDate !== null,
      changedAt: new Date(),
    })),
  );
}
