import { type EventEnvelope, stamp } from '@ash/kit';
import { type EntityManager, LockMode } from '@mikro-orm/core';
import { Dwelling } from './dwelling.entity';
import { DwellingStatus } from './dwelling.enums';

/**
 * A commission allocated the dwelling: it is OFFERED to that household. A dwelling no longer
 * available (let meanwhile, under works) is left as it is and the fact logged: retrying cannot
 * change it, social management settles it with the commission.
 */
export async function onApplicationAllocated(
  em: EntityManager,
  event: EventEnvelope<'ApplicationAllocated'>,
): Promise<void> {
  const { dwellingId, householdId } = event.payload;
  const dwelling = await em.findOne(Dwelling, { id: dwellingId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!dwelling) {
    console.warn(`[housing] ApplicationAllocated ${event.id}: unknown dwelling ${dwellingId}`);
    return;
  }
  if (dwelling.status === DwellingStatus.OFFERED && dwelling.offeredToHouseholdId === householdId) return;
  if (dwelling.status !== DwellingStatus.VACANT && dwelling.status !== DwellingStatus.NOTICE_GIVEN) {
    console.warn(
      `[housing] ApplicationAllocated ${event.id}: dwelling ${dwelling.reference} is ${dwelling.status}, not offered`,
    );
    return;
  }
  dwelling.status = DwellingStatus.OFFERED;
  dwelling.offeredToHouseholdId = householdId;
  stamp(dwelling, { userId: event.actor });
}
