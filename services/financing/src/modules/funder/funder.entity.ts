import { AuditedEntity } from '@ash/kit';
import { Entity, Enum, Property } from '@mikro-orm/core';
import { Directive, Field, ObjectType } from 'type-graphql';
import { FunderKind } from './funder.enums';

@ObjectType({ description: 'Who pays a share of a convention (landlord, State, national fund…)' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'funder' })
export class Funder extends AuditedEntity {
  @Field()
  @Property({ type: 'text', unique: true })
  name: string;

  @Field(() => FunderKind)
  @Enum({ items: () => FunderKind })
  kind: FunderKind;
}
