import type { DemoPlan } from '@ash/demo';
import { type EventEnvelope, insertInChunks, projectLatest, SEEDED_BEFORE_ANY_EVENT } from '@ash/kit';
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
  await projectLatest(
    em,
    TABLE,
    'consent',
    event.payload.householdId,
    event.payload.consentToShare,
    event.occurredAt,
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
      changedAt: SEEDED_BEFORE_ANY_EVENT,
    })),
  );
}
