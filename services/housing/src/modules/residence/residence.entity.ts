import { AuditedEntity } from '@ash/kit';
import { Entity, Index, Property } from '@mikro-orm/core';
import { Directive, Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A building or group of buildings of the landlord' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'residence' })
@Index({ properties: ['commune'] })
export class Residence extends AuditedEntity {
  @Field()
  @Property({ type: 'text', unique: true })
  name: string;

  @Field()
  @Property({ type: 'text' })
  address: string;

  @Field()
  @Property({ type: 'text' })
  postalCode: string;

  @Field()
  @Property({ type: 'text' })
  commune: string;

  @Field({ description: 'Neighbourhood, e.g. "Bd d\'Orléans, Rouen"' })
  @Property({ type: 'text' })
  district: string;

  @Field({ description: 'In a priority district of the city policy (QPV)' })
  @Property({ type: 'boolean', default: false })
  priorityDistrict: boolean = false;
}
