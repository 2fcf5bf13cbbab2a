import { Check, Entity, Enum, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { OrganisationKind } from './staff.enums';

/** An organisation of the directory: the landlord, the association, a state service, a partner. */
@ObjectType({ description: 'An organisation whose staff use the platform' })
@Entity({ tableName: 'organisation' })
@Check({ name: 'organisation_name_present', expression: "btrim(name) <> ''" })
export class Organisation {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string;

  @Field()
  @Property({ type: 'text' })
  @Unique({ name: 'organisation_name_unique' })
  name: string;

  @Field(() => OrganisationKind)
  @Enum({ items: () => OrganisationKind })
  kind: OrganisationKind;
}
