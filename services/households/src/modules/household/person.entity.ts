import { AuditedEntity, LocalDate } from '@ash/kit';
import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Directive, Field, ObjectType } from 'type-graphql';
import type { Household } from './household.entity';
import { PersonRole } from './household.enums';

@ObjectType({ description: 'A member of a household' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'person' })
@Index({ properties: ['household'] })
// The header's search by name (GIN trigram, migration Migration20261205033000).
@Index({
  name: 'person_search_name_index',
  expression: `create index "person_search_name_index" on "households"."person" using gin ("households".search_text(first_name || ' ' || last_name) public.gin_trgm_ops)`,
})
// "Not in the future" is the service's rule, on the agency calendar's today (the injected clock): a
// database check against the database server's date would read another clock.
export class Person extends AuditedEntity {
  @ManyToOne('Household', { ref: true, deleteRule: 'cascade' })
  household: Ref<Household>;

  @Field(() => String)
  @Property({ type: 'text' })
  firstName: string;

  @Field(() => String)
  @Property({ type: 'text' })
  lastName: string;

  @Field(() => LocalDate)
  @Property({ type: 'date' })
  birthDate: string;

  @Field(() => PersonRole)
  @Enum({ items: () => PersonRole })
  role: PersonRole;
}
