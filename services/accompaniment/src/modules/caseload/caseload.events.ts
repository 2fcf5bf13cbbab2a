import { type Actor, emitEvent } from '@ash/kit';
import type { EntityManager } from '@mikro-orm/core';
import { Accompaniment } from '../accompaniment/accompaniment.entity';
import { AccompanimentPhase } from '../accompaniment/accompaniment.enums';

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
