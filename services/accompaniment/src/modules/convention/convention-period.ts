import type { DemoPlan } from '@ash/demo';
import { BadUserInputError, type EventEnvelope, insertInChunks, referenceHandlers } from '@ash/kit';
import { Entity, type EntityManager, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The years each convention covers, as financing announced them (`ConventionCreated`): an
 * accompaniment belongs to a convention whose period covers its start.
 */
@Entity({ tableName: 'convention_period' })
export class ConventionPeriod {
  @PrimaryKey({ type: 'uuid' })
  conventionId: string;

  @Property({ type: 'int' })
  startYear: number;

  @Property({ type: 'int' })
  endYear: number;
}

/** `ConventionCreated`: the convention may be named, and its years are kept. */
export async function onConventionCreated(
  em: EntityManager,
  event: EventEnvelope<'ConventionCreated'>,
): Promise<void> {
  await referenceHandlers.ConventionCreated(em, event);
  const { conventionId, startYear, endYear } = event.payload;
  await em.getConnection().execute(
    `insert into "accompaniment"."convention_period" (convention_id, start_year, end_year) values (?, ?, ?)
       on conflict (convention_id) do update set start_year = excluded.start_year, end_year = excluded.end_year`,
    [conventionId, startYear, endYear],
    'run',
    em.getTransactionContext(),
  );
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
