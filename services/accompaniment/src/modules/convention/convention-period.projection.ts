import type { DemoPlan } from '@ash/demo';
import { BadUserInputError, type EventEnvelope, insertInChunks, referenceHandlers } from '@ash/kit';
import type { EntityManager } from '@mikro-orm/core';
import { ConventionPeriod } from './convention-period.entity';

/**
 * `ConventionCreated`: the convention may be named, and its years and capacity are kept (an older
 * announcement, without the capacity, leaves a known one as it is).
 */
export async function onConventionCreated(
  em: EntityManager,
  event: EventEnvelope<'ConventionCreated'>,
): Promise<void> {
  await referenceHandlers.ConventionCreated(em, event);
  const { conventionId, startYear, endYear, plannedHouseholdsPerYear } = event.payload;
  const known = await em.findOne(ConventionPeriod, { conventionId });
  const plannedHouseholds = plannedHouseholdsPerYear ?? known?.plannedHouseholds ?? null;
  await em.upsert(ConventionPeriod, { conventionId, startYear, endYear, plannedHouseholds });
}

/**
 * BAD_USER_INPUT when `date` (YYYY-MM-DD) falls outside the years of the convention. A convention
 * whose years were not announced yet is not judged here (its existence is checked on its own).
 */
export async function assertWithinConvention(
  em: EntityManager,
  conventionId: string,
  date: string,
): Promise<void> {
  const period = await em.findOne(ConventionPeriod, { conventionId });
  if (!period) return;
  const year = Number(date.slice(0, 4));
  if (year < period.startYear || year > period.endYear) {
    throw new BadUserInputError(
      `The convention covers ${period.startYear} to ${period.endYear}: an accompaniment starting on ${date} belongs to another one`,
      { argument: 'startDate' },
    );
  }
}

/** The convention's capacity (households funded at once), null when financing has not announced it. */
export async function capacityOf(em: EntityManager, conventionId: string): Promise<number | null> {
  return (await em.findOne(ConventionPeriod, { conventionId }))?.plannedHouseholds ?? null;
}

/** The demo conventions' years and capacity, as financing's seed announces them. */
export async function seedConventionPeriods(em: EntityManager, plan: DemoPlan): Promise<void> {
  await insertInChunks(
    em,
    ConventionPeriod,
    plan.conventions.map((c) => ({
      conventionId: c.id,
      startYear: c.startYear,
      endYear: c.endYear,
      plannedHouseholds: c.plannedHouseholdsPerYear,
    })),
  );
}
