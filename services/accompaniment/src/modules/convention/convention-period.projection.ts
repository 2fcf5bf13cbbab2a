import type { DemoPlan } from '@ash/demo';
import { BadUserInputError, type EventEnvelope, insertInChunks, referenceHandlers } from '@ash/kit';
import type { EntityManager } from '@mikro-orm/core';
import { ConventionPeriod } from './convention-period.entity';

/** `ConventionCreated`: the convention may be named, and its years are kept. */
export async function onConventionCreated(
  em: EntityManager,
  event: EventEnvelope<'ConventionCreated'>,
): Promise<void> {
  await referenceHandlers.ConventionCreated(em, event);
  const { conventionId, startYear, endYear } = event.payload;
  await em.upsert(ConventionPeriod, { conventionId, startYear, endYear });
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

/** The demo conventions' years, as financing's seed announces them. */
export async function seedConventionPeriods(em: EntityManager, plan: DemoPlan): Promise<void> {
  await insertInChunks(
    em,
    ConventionPeriod,
    plan.conventions.map((c) => ({ conventionId: c.id, startYear: c.startYear, endYear: c.endYear })),
  );
}
