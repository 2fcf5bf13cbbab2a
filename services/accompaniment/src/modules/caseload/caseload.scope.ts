import { type Actor, Role } from '@ash/kit';
import type { FilterQuery } from '@mikro-orm/core';
import { SCHEMA } from '../../orm';
import type { Accompaniment } from '../accompaniment/accompaniment.entity';
import { AccompanimentPhase } from '../accompaniment/accompaniment.enums';
import { consentedHouseholds } from '../consent/consent.projection';

/*
 * The caseload of a support worker, the one rule every subgraph applies (each in its
 * `modules/caseload/caseload.scope.ts`): the households of the worker's running accompaniments that
 * consented to share their data with the association. An ended accompaniment, a withdrawn consent,
 * and the household is out. Applied in the SQL itself: outside it a row is not found, so its
 * existence does not leak. Other roles allowed to read see every row.
 */

/** The accompaniments a support worker may read and work on. */
export function caseloadScope(actor: Actor): FilterQuery<Accompaniment> {
  // Under `$and`, so a loader adding its own `householdId` condition keeps this one.
  return actor.role === Role.SupportWorker
    ? {
        $and: [
          { supportWorkerId: actor.userId },
          { phase: { $ne: AccompanimentPhase.ENDED } },
          { householdId: { $in: consentedHouseholds() } },
        ],
      }
    : {};
}

/** Scope of rows hanging off an accompaniment (contacts, diagnostics, reviews, alerts). */
export function childScope(actor: Actor): { accompaniment?: FilterQuery<Accompaniment> } {
  return actor.role === Role.SupportWorker ? { accompaniment: caseloadScope(actor) } : {};
}

/**
 * The same rule as a SQL condition on an accompaniment aliased `alias`, for hand-written statements;
 * it takes one parameter, the worker's user id.
 */
export function caseloadCondition(alias: string): string {
  return `${alias}.support_worker_id = ? and ${alias}.phase <> '${AccompanimentPhase.ENDED}'
   and ${alias}.household_id in (select household_id from "${SCHEMA}"."consent" where consent)`;
}
