import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum AuditAction {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  DELETE = 'DELETE',
  READ = 'READ',
}
registerEnumType(AuditAction, {
  name: 'AuditAction',
  description: 'A write, or a read of a sensitive field',
});

/**
 * One line of the audit trail: who did what to which entity, from any subgraph. Append-only: the
 * database refuses UPDATE and DELETE on this table (trigger), and the API has no way to change it.
 */
@ObjectType({ description: 'Who read or changed what, when, in which subgraph' })
@Entity({ tableName: 'audit_log' })
@Index({ properties: ['entityId', 'at'] })
export class AuditEntry {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  at: Date;

  @Field()
  @Property({ type: 'text' })
  subgraph: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  requestId: string | null = null;

  @Field()
  @Property({ type: 'text' })
  userId: string;

  @Field()
  @Property({ type: 'text' })
  role: string;

  @Field(() => AuditAction)
  @Enum({ items: () => AuditAction })
  action: AuditAction;

  @Field()
  @Property({ type: 'text' })
  entityType: string;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  entityId: string;

  @Field(() => [String], { description: 'Fields written, or sensitive fields read' })
  @Property({ type: 'text[]' })
  fields: string[];

  /** The domain event that carried it (a redelivery adds nothing). */
  @Property({ type: 'uuid' })
  eventId: string;
}
