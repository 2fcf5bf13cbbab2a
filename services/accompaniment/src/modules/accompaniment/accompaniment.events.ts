import { type EventContext, type EventEnvelope, stamp } from '@ash/kit';
import { type EntityManager, LockMode } from '@mikro-orm/core';
import { Accompaniment, PhaseChange } from './accompaniment.entity';
import { AccompanimentPhase } from './accompaniment.enums';

/**
 * The household moved in (move-in inspection recorded by housing): its running accompaniment
 * leaves PRE_ALLOCATION for the integration weeks, when contacts are most frequent. Nothing to do
 * for a household with no accompaniment before allocation.
 */
export async function onMoveInRecorded(
  em: EntityManager,
  event: EventEnvelope<'MoveInRecorded'>,
  { calendar }: EventContext,
): Promise<void> {
  const { householdId, date, socialManagerPresent, supportWorkerPresent } = event.payload;
  const accompaniment = await em.findOne(
    Accompaniment,
    { householdId, phase: AccompanimentPhase.PRE_ALLOCATION },
    { lockMode: LockMode.PESSIMISTIC_WRITE },
  );
  if (!accompaniment) return;
  const present = [socialManagerPresent && 'gestion sociale', supportWorkerPresent && 'association'].filter(
    Boolean,
  );
  accompaniment.phase = AccompanimentPhase.INTEGRATION;
  accompaniment.moveInSupportWorkerPresent = supportWorkerPresent;
  stamp(accompaniment, { userId: event.actor });
  em.persist(
    Object.assign(new PhaseChange(), {
      accompaniment: em.getReference(Accompaniment, accompaniment.id, { wrapped: true }),
      from: AccompanimentPhase.PRE_ALLOCATION,
      to: AccompanimentPhase.INTEGRATION,
      at: calendar.now(),
      by: event.actor,
      note: `État des lieux d’entrée du ${date} (présents : ${present.join(', ') || 'ni la gestion sociale ni l’association'})`,
      createdBy: event.actor,
      updatedBy: event.actor,
    }),
  );
}
