import { AuditedEntity, LocalDate } from '@ash/kit';
import { Check, Collection, Entity, Enum, Index, OneToMany, Property } from '@mikro-orm/core';
import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { Application } from '../application/application.entity';
import { TargetPublic } from './household.enums';
import { Person } from './person.entity';

@ObjectType({ description: 'A household applying for or living in a dwelling' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'household' })
@Index({ properties: ['targetPublic'] })
@Index({ properties: ['singleParent'] })
@Index({ properties: ['dalo'] })
// The header's search by reference (GIN trigram, migration Migration20261205033000).
@Index({
  name: 'household_search_reference_index',
  expression:
    'create index "household_search_reference_index" on "households"."household" using gin ("households".search_code(reference) public.gin_trgm_ops)',
})
@Index({
  name: 'household_search_reference_prefix_index',
  expression:
    'create index "household_search_reference_prefix_index" on "households"."household" ("households".search_code(reference) collate "C")',
})
@Check({ name: 'household_resources_non_negative', expression: 'monthly_resources_cents >= 0' })
@Check({ name: 'household_benefit_non_negative', expression: 'housing_benefit_cents >= 0' })
@Check({ name: 'household_erasure_complete', expression: '(erased_at is null) = (erased_by is null)' })
export class Household extends AuditedEntity {
  @Field(() => String, { description: "The household's file reference" })
  @Property({ type: 'text', unique: true })
  reference: string;

  @OneToMany(
    () => Person,
    (person) => person.household,
  )
  members = new Collection<Person>(this);

  @OneToMany(
    () => Application,
    (application) => application.household,
  )
  applications = new Collection<Application>(this);

  @Field(() => Boolean, { description: 'One adult bringing up children alone' })
  @Property({ type: 'boolean', default: false })
  singleParent: boolean = false;

  @Field(() => Int, { description: 'Monthly resources, in cents' })
  @Property({ type: 'integer' })
  monthlyResourcesCents: number;

  @Field(() => Int, { description: 'Monthly housing benefit (APL), in cents' })
  @Property({ type: 'integer', default: 0 })
  housingBenefitCents: number = 0;

  @Field(() => TargetPublic, { nullable: true, description: 'Public of the programme, if any' })
  @Enum({ items: () => TargetPublic, nullable: true })
  targetPublic: TargetPublic | null = null;

  @Field(() => Boolean, { description: 'Recognised priority under the enforceable right to housing (DALO)' })
  @Property({ type: 'boolean', default: false })
  dalo: boolean = false;

  @Field(() => Boolean, { description: 'Eligible under the collective agreements' })
  @Property({ type: 'boolean', default: false })
  collectiveAgreement: boolean = false;

  @Field(() => Boolean, { description: 'Priority of the departmental plan (PDALPD)' })
  @Property({ type: 'boolean', default: false })
  pdalpd: boolean = false;

  @Field(() => Boolean, { description: 'Needs a dwelling reachable without steps' })
  @Property({ type: 'boolean', default: false })
  stepFreeAccessNeed: boolean = false;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'When the household agreed to share its data with the association (null: no consent)',
  })
  @Property({ type: 'date', nullable: true })
  consentToShareDate: string | null = null;

  /** When the household was anonymised (right to erasure or retention); null while it is not. */
  @Property({ type: 'timestamptz', nullable: true })
  erasedAt: Date | null = null;

  /** Who erased it: a user id, or `retention-job`. */
  @Property({ type: 'text', nullable: true })
  erasedBy: string | null = null;

  /** Why it was erased (the request, or the retention rule): never a person's data. */
  @Property({ type: 'text', nullable: true })
  erasureReason: string | null = null;
}
