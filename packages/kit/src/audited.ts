import { randomUUID } from 'node:crypto';
import { PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { Actor } from './actor';
import { ConflictError } from './errors';

/**
 * Base of every entity: a UUID key and who created and last changed the row, and when.
 * The database keeps the timestamps in `timestamptz`.
 */
@ObjectType()
export abstract class AuditedEntity {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => Date)
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'text' })
  createdBy: string;

  @Field(() => Date)
  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Property({ type: 'text' })
  updatedBy: string;

  /**
   * Optimistic locking: one more with every change of the row. A change sent with the version the
   * sender read is refused (CONFLICT) when someone else changed the row since: never a lost update.
   */
  @Field(() => Int, { description: 'Changes with every change: send the one you read back with a change' })
  @Property({ version: true, default: 1 })
  version: number = 1;
}

/** The fields every audited entity has, for the access policies. */
export const AUDITED_FIELDS = ['id', 'createdAt', 'updatedAt', 'version'] as const;

/** Stamps a new or changed entity with the acting user. */
export function stamp<T extends AuditedEntity>(entity: T, actor: Pick<Actor, 'userId'>): T {
  if (!entity.createdBy) entity.createdBy = actor.userId;
  entity.updatedBy = actor.userId;
  entity.updatedAt = new Date();
  return entity;
}

/**
 * CONFLICT when the row changed since the caller read it at `version` (two managers, two tabs): the
 * change is refused rather than written over the other one. Call it on the row locked for the change.
 */
export function assertUnchangedSince(
  entity: AuditedEntity,
  version: number | null | undefined,
  what: string,
): void {
  if (version === null || version === undefined || version === entity.version) return;
  throw new ConflictError(
    `${what} changed since you read it (version ${version}, now ${entity.version}): read it again`,
    {
      version: entity.version,
      reason: 'STALE_VERSION',
    },
  );
}
