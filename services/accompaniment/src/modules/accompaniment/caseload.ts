import { type Actor, emitEvent, Role } from '@ash/kit';
import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { consentedHouseholds } from '../consent/consent.projection';
import { Accompaniment } from './accompaniment.entity';
import { AccompanimentPhase } from './accompaniment.enums';

/**
 * A support worker only sees and works on their own caseload: the accompaniments they are assigned
 * to, of households that consented to share their data with the association (withdrawing consent
 * hides them again). Other roles allowed to read see every accompaniment. The scope is a filter, so
 * it is applied in the SQL itself, and an accompaniment outside it is simply not found (its
 * existence does not leak).
 */
export function accompanimentScope(actor: Actor): FilterQuery<Accompaniment> {
  // Under `$and`, so a loader adding its own `householdId` condition keeps this one.
  return actor.role === Role.SupportWorker
    ? { $and: [{ supportWorkerId: actor.userId }, { householdId: { $in: consentedHouseholds() } }] }
    : {};
}

/** Scope of rows hanging off an accompaniment (contacts, diagnostics, reviews, alerts). */
export function childScope(actor: Actor): { accompaniment?: FilterQuery<Accompaniment> } {
  return actor.role === Role.SupportWorker ? { accompaniment: accompanimentScope(actor) } : {};
}

/**
 * Tells the other subgraphs who may now reach the household (`CaseloadChanged`): the workers of its
 * running accompaniments, read after the caller's changes, in the caller's transaction.
 */
export async function emitCaseloadChanged(
  em: EntityManager,
  householdId: string,
  actor: Pick<Actor, 'userId'>,
): Promise<void> {
  await em.flush();
  const running = await em.find(
    Accompaniment,
    { householdId, phase: { $ne: AccompanimentPhase.ENDED } },
    { fields: ['supportWorkerId'], orderBy: { supportWorkerId: 'asc' } },
  );
  const supportWorkerIds = [...new Set(running.map((a) => a.supportWorkerId))];
  emitEvent(em, 'CaseloadChanged', { householdId, supportWorkerIds }, actor.userId);
}
