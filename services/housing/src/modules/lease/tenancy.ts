import { emitEvent } from '@ash/kit';
import type { EntityManager } from '@mikro-orm/core';
import { Lease } from './lease.entity';

/**
 * Tells the households subgraph whether the household holds a running lease (`TenancyChanged`),
 * inside the caller's transaction. Every mutation that may start or end a lease calls it once its
 * changes are made (signLease today; ending a lease later): it flushes them and reads the outcome
 * rather than trusting the caller's intent.
 *
 * A transaction-scoped lock per household serialises these calls: a second change waits until the
 * first commits, so it reads what the first wrote and its event is the newer one (households keeps
 * the newest by `occurredAt`).
 */
export async function emitTenancyChanged(em: EntityManager, householdId: string, actor: string) {
  await em
    .getConnection()
    .execute(
      `select pg_advisory_xact_lock(hashtextextended(?, 0))`,
      [`tenancy:${householdId}`],
      'run',
      em.getTransactionContext(),
    );
  await em.flush();
  const runningLease = (await em.count(Lease, { householdId, endDate: null })) > 0;
  return emitEvent(em, 'TenancyChanged', { householdId, runningLease }, actor);
}
