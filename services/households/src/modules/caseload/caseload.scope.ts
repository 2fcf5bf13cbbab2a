import { type Actor, Role } from '@ash/kit';
import type { FilterQuery } from '@mikro-orm/core';
import type { Household } from '../household/household.entity';
import { CASELOAD_OF_SQL, caseloadOf } from './caseload.projection';

/*
 * The caseload of a support worker, the one rule every subgraph applies (each in its
 * `modules/caseload/caseload.scope.ts`): the households of the worker's running accompaniments (the
 * caseload projection, kept from accompaniment's CaseloadChanged) that consented to share their data
 * with the association (this subgraph's own consent). Applied in the SQL itself: outside it a
 * household is not found, so its existence does not leak. Other roles allowed to read see every
 * household.
 */

/** The households a support worker may read. */
export function caseloadScope(actor: Actor): FilterQuery<Household> {
  return actor.role === Role.SupportWorker
    ? { consentToShareDate: { $ne: null }, id: { $in: caseloadOf(actor.userId) } }
    : {};
}

/** Scope of rows that belong to a household (members, applications). */
export function ofCaseloadHousehold(actor: Actor): { household?: FilterQuery<Household> } {
  return actor.role === Role.SupportWorker ? { household: caseloadScope(actor) } : {};
}

/**
 * The same rule as `caseloadScope`, as a SQL condition on a household aliased `alias`, for
 * hand-written statements; it takes one parameter, the worker's user id.
 */
export function caseloadCondition(alias: string): string {
  return `${alias}.consent_to_share_date is not null and ${alias}.id in ${CASELOAD_OF_SQL}`;
}
