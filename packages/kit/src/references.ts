import { Entity, type EntityManager, PrimaryKey, Property } from '@mikro-orm/core';
import { BadUserInputError } from './errors';
import type { EventEnvelope, EventHandlers } from './events';
import { isUuid } from './loaders';

/** The entities of other subgraphs that writes here may name. */
export type ReferenceKind = 'Household' | 'Convention' | 'Dwelling';

/**
 * An entity of another subgraph that this one may reference in its writes, as its owner announced it
 * (a domain event, or the seed): subgraphs never ask each other whether an id exists. A retired one
 * (an erased household) stays readable where it is referenced, but no new write may name it.
 */
@Entity({ tableName: 'known_reference' })
export class KnownReference {
  @PrimaryKey({ type: 'text' })
  kind: ReferenceKind;

  @PrimaryKey({ type: 'uuid' })
  id: string;

  @Property({ type: 'timestamptz', nullable: true })
  retiredAt: Date | null = null;
}

const TABLE = (em: EntityManager) => `"${em.config.get('schema')}"."known_reference"`;

/** Records that `kind` `id` exists (idempotent), in the caller's transaction. */
export async function knowReference(em: EntityManager, kind: ReferenceKind, id: string): Promise<void> {
  await em
    .getConnection()
    .execute(
      `insert into ${TABLE(em)} (kind, id) values (?, ?) on conflict do nothing`,
      [kind, id],
      'run',
      em.getTransactionContext(),
    );
}

/** Records that `kind` `id` may no longer be named by a write (it stays known), in the caller's transaction. */
export async function retireReference(
  em: EntityManager,
  kind: ReferenceKind,
  id: string,
  at: Date,
): Promise<void> {
  await em.getConnection().execute(
    `insert into ${TABLE(em)} (kind, id, retired_at) values (?, ?, ?)
       on conflict (kind, id) do update set retired_at = coalesce(${TABLE(em)}.retired_at, excluded.retired_at)`,
    [kind, id, at],
    'run',
    em.getTransactionContext(),
  );
}

const NAMES: Record<ReferenceKind, string> = {
  Household: 'household',
  Convention: 'convention',
  Dwelling: 'dwelling',
};

/**
 * BAD_USER_INPUT unless `kind` `id` is known here and not retired. Its owner announces a new one by
 * an event, so one created a moment ago may not be known yet: the message says so.
 */
export async function assertKnownReference(
  em: EntityManager,
  kind: ReferenceKind,
  id: string,
  field: string,
): Promise<void> {
  const found = isUuid(id) ? await em.findOne(KnownReference, { kind, id }, { fields: ['retiredAt'] }) : null;
  if (!found) {
    throw new BadUserInputError(
      `Unknown ${NAMES[kind]} ${id} (one created a moment ago is known here within seconds)`,
      { field, reason: 'UNKNOWN_REFERENCE' },
    );
  }
  if (found.retiredAt) {
    throw new BadUserInputError(`The ${NAMES[kind]} ${id} was erased: nothing more may be recorded for it`, {
      field,
      reason: 'RETIRED_REFERENCE',
    });
  }
}

/** The handlers that keep `known_reference` from the owners' events; each subgraph takes those it consumes. */
export const referenceHandlers = {
  HouseholdRegistered: (em: EntityManager, event: EventEnvelope<'HouseholdRegistered'>) =>
    knowReference(em, 'Household', event.payload.householdId),
  ConventionCreated: (em: EntityManager, event: EventEnvelope<'ConventionCreated'>) =>
    knowReference(em, 'Convention', event.payload.conventionId),
  DwellingCreated: (em: EntityManager, event: EventEnvelope<'DwellingCreated'>) =>
    knowReference(em, 'Dwelling', event.payload.dwellingId),
} satisfies EventHandlers;

/** The seed's part: every id of `kind` the demo plan holds, known from the start. */
export async function seedReferences(
  em: EntityManager,
  kind: ReferenceKind,
  ids: readonly string[],
): Promise<void> {
  for (let i = 0; i < ids.length; i += 1000) {
    const chunk = ids.slice(i, i + 1000);
    await em
      .getConnection()
      .execute(
        `insert into ${TABLE(em)} (kind, id) select ?, unnest(?::uuid[]) on conflict do nothing`,
        [kind, `{${chunk.join(',')}}`],
        'run',
        em.getTransactionContext(),
      );
  }
}
