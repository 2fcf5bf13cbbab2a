import { type Actor, Role } from '@ash/kit';
import type { FilterQuery } from '@mikro-orm/core';
import { caseloadOf } from '../caseload/caseload.projection';
import type { Household } from './household.entity';

/**
 * A support worker reaches only the households of their own caseload (they are the worker of its
 * running accompaniment) that consented to share their data with the association. The scope is a
 * filter, applied in the SQL itself: a household outside it is not found, so its existence does
 * not leak. Other roles allowed to read see every household.
 */
export function householdScope(actor: Actor): FilterQuery<Household> {
  return actor.role === Role.SupportWorker
    ? { consentToShareDate: { $ne: null }, id: { $in: caseloadOf(actor.userId) } }
    : {};
}

/** Scope of rows that belong to a household (members, applications). */
export function ofVisibleHousehold(actor: Actor): { household?: FilterQuery<Household> } {
  return actor.role === Role.SupportWorker ? { household: householdScope(actor) } : {};
}
