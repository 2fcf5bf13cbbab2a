import type { DemoPlan } from '@ash/demo';
import { type EventEnvelope, insertInChunks, projectLatest, SEEDED_BEFORE_ANY_EVENT } from '@ash/kit';
import type { EntityManager } from '@mikro-orm/core';
import { TargetPublicProjection } from './target-public.entity';

const TABLE = '"accompaniment"."target_public"';

/** `TargetPublicChanged`: keeps the projection in step; an event older than the row changes nothing. */
export async function applyTargetPublicChanged(
  em: EntityManager,
  event: EventEnvelope<'TargetPublicChanged'>,
): Promise<void> {
  await projectLatest(
    em,
    TABLE,
    'target_public',
    event.payload.householdId,
    event.payload.targetPublic,
    event.occurredAt,
  );
}

/** The demo households' target public, as the households subgraph seeds it. */
export async function seedTargetPublic(em: EntityManager, plan: DemoPlan): Promise<void> {
  await insertInChunks(
    em,
    TargetPublicProjection,
    plan.households
      .filter((h) => h.targetPublic !== null)
      .map((h) => ({ householdId: h.id, targetPublic: h.targetPublic, changedAt: SEEDED_BEFORE_ANY_EVENT })),
  );
}
