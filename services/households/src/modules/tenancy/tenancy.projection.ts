import type { DemoPlan } from '@ash/demo';
import { type EventEnvelope, insertInChunks, projectLatest, SEEDED_BEFORE_ANY_EVENT } from '@ash/kit';
import type { EntityManager } from '@mikro-orm/core';
import { TenancyProjection } from './tenancy.entity';

const TABLE = '"households"."tenancy"';

/** `TenancyChanged`: keeps the projection in step; an event older than the row changes nothing. */
export async function applyTenancyChanged(
  em: EntityManager,
  event: EventEnvelope<'TenancyChanged'>,
): Promise<void> {
  await projectLatest(
    em,
    TABLE,
    'running_lease',
    event.payload.householdId,
    event.payload.runningLease,
    event.occurredAt,
  );
}

/** The demo tenancies: every household with a lease in the plan, running while one has no end date. */
export async function seedTenancy(em: EntityManager, plan: DemoPlan): Promise<void> {
  const running = new Map<string, boolean>();
  for (const lease of plan.leases) {
    running.set(lease.householdId, (running.get(lease.householdId) ?? false) || lease.endDate === null);
  }
  await insertInChunks(
    em,
    TenancyProjection,
    [...running].map(([householdId, runningLease]) => ({
      householdId,
      runningLease,
      changedAt: SEEDED_BEFORE_ANY_EVENT,
    })),
  );
}
