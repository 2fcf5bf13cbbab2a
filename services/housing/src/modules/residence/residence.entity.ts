import { AuditedEntity } from '@ash/kit';
import { Entity, Index, Property } from '@mikro-orm/core';
import { Directive, Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A building or group of buildings of the landlord' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'residence' })
@Index({ properties: ['commune'] })
// The header's search by address (GIN trigram, migration Migration20261205033000).
@Index({
  name: 'residence_search_address_index',
  expression: `create index "residence_search_address_index" on "housing"."residence" using gin ("housing".search_text(name || ' ' || address || ' ' || postal_code || ' ' || commune) public.gin_trgm_ops)`,
})
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
