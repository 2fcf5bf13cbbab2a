import { Check, Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { StaffRole } from './staff.enums';

/**
 * A person who may follow households (a support worker) or be their social referent (social
 * management), by the user id their tokens carry: an accompaniment names only active ones.
 */
@ObjectType({ description: 'A support worker or social manager who follows households' })
@Entity({ tableName: 'staff_member' })
@Check({ name: 'staff_member_name_present', expression: "btrim(name) <> ''" })
export class StaffMember {
  @Field(() => ID, { description: 'The user id their tokens carry' })
  @PrimaryKey({ type: 'text' })
  userId: string;

  @Field()
  @Property({ type: 'text' })
  name: string;

  @Field(() => StaffRole)
  @Enum({ items: () => StaffRole })
  role: StaffRole;

  @Field()
  @Property({ type: 'text' })
  organisation: string;

  @Field({ description: 'Whether new accompaniments may name them' })
  @Property({ type: 'boolean', default: true })
  active: boolean = true;
}
