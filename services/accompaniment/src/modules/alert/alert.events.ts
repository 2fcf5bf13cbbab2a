import type { EventContext, EventEnvelope } from '@ash/kit';
import type { EntityManager } from '@mikro-orm/core';
import type { TriageDays } from '../../config';
import { AlertSign, AlertSource } from './alert.enums';
import { raiseUnlessOpen } from './alert.service';

/** What the support worker reads: the figures stay in their own columns, readable by fewer roles. */
export const ARREARS_DESCRIPTION = 'Impayés ≥ 2 mois';

/**
 * Housing's rent account reached two months of arrears: an ARREARS alert (as from an arrears
 * meeting), unless one is still open for the household.
 */
export function onArrearsReached(triageDays: TriageDays) {
  return async (
    em: EntityManager,
    event: EventEnvelope<'ArrearsReached'>,
    { calendar }: EventContext,
  ): Promise<void> => {
    const { householdId, monthsInArrears, arrearsCents } = event.payload;
    await raiseUnlessOpen(
      em,
      {
        householdId,
        source: AlertSource.ARREARS_MEETING,
        sign: AlertSign.ARREARS,
        description: ARREARS_DESCRIPTION,
        arrearsMonths: monthsInArrears,
        arrearsCents,
      },
      event.actor,
      calendar.now(),
      triageDays,
    );
  };
}
