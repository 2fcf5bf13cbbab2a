import { Check, Entity, Enum, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Organisation } from './organisation.entity';
import { StaffRole } from './staff.enums';

/**
 * A person of the directory, by the user id their tokens carry (the token's subject): support
 * workers and social managers, whom an accompaniment may name (active ones only), and everyone
 * else whose id the records keep (rental managers, evaluators, operators, system actors).
 */
@ObjectType({ description: 'A member of staff in the directory, by the user id their tokens carry' })
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

  @Field({ description: "The organisation's name as recorded" })
  @Property({ type: 'text' })
  organisation: string;

  /** The directory's organisation (exposed as `memberOf`); null for entries recorded before it. */
  @ManyToOne(() => Organisation, { nullable: true, ref: true, fieldName: 'organisation_id' })
  memberOf: Ref<Organisation> | null = null;

  @Field({ description: 'Whether new accompaniments may name them' })
  @Property({ type: 'boolean', default: true })
  active: boolean = true;
}
