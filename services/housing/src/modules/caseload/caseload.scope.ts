import { type Actor, Role } from '@ash/kit';
import { type FilterQuery, raw } from '@mikro-orm/core';
import type { Lease } from '../lease/lease.entity';

/*
 * The caseload of a support worker, the one rule every subgraph applies (each in its
 * `modules/caseload/caseload.scope.ts`): the households of the worker's running accompaniments that
 * consented to share their data with the association, both kept here as a projection of
 * accompaniment's CaseloadChanged and households' ConsentChanged. Applied in the SQL itself: outside
 * it a lease is not found, so its existence does not leak. The stock itself is no one's caseload.
 */

const TABLE = '"housing"."caseload"';

/**
 * The households a support worker may reach (their caseload, with consent), as a SQL subquery for
 * `householdId: { $in: … }`: a scope built on it filters in the database itself.
 */
export function caseloadHouseholds(supportWorkerId: string) {
  return raw(`(select household_id from ${TABLE} where consent and ?::text = any(support_worker_ids))`, [
    supportWorkerId,
  ]);
}

/** Scope of leases: a support worker reads only those of their caseload households with consent. */
export function caseloadScope(actor: Actor): FilterQuery<Lease> {
  return actor.role === Role.SupportWorker ? { householdId: { $in: caseloadHouseholds(actor.userId) } } : {};
}
