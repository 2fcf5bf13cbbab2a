import { randomUUID } from 'node:crypto';
import { PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import type { Actor } from './actor';

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
}

/** Stamps a new or changed entity with the acting user. */
export function stamp<T extends AuditedEntity>(entity: T, actor: Pick<Actor, 'userId'>): T {
  if (!entity.createdBy) entity.createdBy = actor.userId;
  entity.updatedBy = actor.userId;
  entity.updatedAt = new Date();
  return entity;
}
