import { AuditedEntity, LocalDate } from '@ash/kit';
import { Check, Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Directive, Field, Int, ObjectType } from 'type-graphql';
import type { Household } from '../household/household.entity';
import { ApplicationStatus, Typology } from './application.enums';

const OPEN = "status not in ('MOVED_IN', 'WITHDRAWN')";

@ObjectType({ description: 'An application for social housing (demande de logement)' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'application' })
@Index({ properties: ['household'] })
// Stalled applications: a status entered before a cutoff.
@Index({ properties: ['status', 'statusChangedAt'] })
@Index({ properties: ['allocatedDwellingId'] })
@Index({ properties: ['submittedAt', 'id'] })
@Index({
  name: 'application_desired_communes_gin',
  expression:
    'create index "application_desired_communes_gin" on "households"."application" using gin ("desired_communes")',
})
@Index({
  name: 'application_desired_typologies_gin',
  expression:
    'create index "application_desired_typologies_gin" on "households"."application" using gin ("desired_typologies")',
})
// The header's search by registration number (GIN trigram, migration Migration20261205033000).
@Index({
  name: 'application_search_registration_number_index',
  expression:
    'create index "application_search_registration_number_index" on "households"."application" using gin ("households".search_code(registration_number) public.gin_trgm_ops)',
})
@Index({
  name: 'application_search_registration_number_prefix_index',
  expression:
    'create index "application_search_registration_number_prefix_index" on "households"."application" ("households".search_code(registration_number) collate "C")',
})
// A household has at most one open application.
@Index({
  name: 'application_one_open_per_household',
  expression: `create unique index "application_one_open_per_household" on "households"."application" ("household_id") where ${OPEN}`,
})
@Check({ name: 'application_max_rent_non_negative', expression: 'max_rent_cents >= 0' })
@Check({ name: 'application_has_communes', expression: 'cardinality(desired_communes) >= 1' })
@Check({
  name: 'application_typologies_valid',
  expression:
    "cardinality(desired_typologies) >= 1 and desired_typologies <@ array['T1', 'T2', 'T3', 'T4', 'T5', 'T6']::text[]",
})
export class Application extends AuditedEntity {
  @ManyToOne('Household', { ref: true, deleteRule: 'restrict' })
  household: Ref<Household>;

  @Field(() => String, { description: 'National registration number (numéro unique)' })
  @Property({ type: 'text', unique: true })
  registrationNumber: string;

  @Field(() => [Typology])
  @Enum({ items: () => Typology, array: true })
  desiredTypologies: Typology[];

  @Field(() => [String])
  @Property({ type: 'text[]' })
  desiredCommunes: string[];

  @Field(() => Int, { description: 'Highest monthly rent plus charges the household can pay, in cents' })
  @Property({ type: 'integer' })
  maxRentCents: number;

  @Field(() => ApplicationStatus)
  @Enum({ items: () => ApplicationStatus })
  status: ApplicationStatus = ApplicationStatus.RECEIVED;

  @Field(() => LocalDate)
  @Property({ type: 'date' })
  submittedAt: string;

  @Field(() => Date, { description: 'When the status last changed' })
  @Property({ type: 'timestamptz' })
  statusChangedAt: Date;

  @Field(() => Boolean, {
    description: 'A sliding lease (bail glissant) was proposed during the shared review',
  })
  @Property({ type: 'boolean', default: false })
  slidingLeaseProposed: boolean = false;

  /** The dwelling (owned by housing) allocated by the commission, by reference only. */
  @Property({ type: 'uuid', nullable: true })
  allocatedDwellingId: string | null = null;
}

@ObjectType({ description: 'One dated move of an application along its pipeline' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'application_transition' })
@Index({ properties: ['application', 'at'] })
@Check({ name: 'application_transition_moves', expression: '"from" <> "to"' })
export class ApplicationTransition extends AuditedEntity {
  @ManyToOne(() => Application, { ref: true, deleteRule: 'cascade' })
  application: Ref<Application>;

  @Field(() => ApplicationStatus)
  @Enum({ items: () => ApplicationStatus })
  from: ApplicationStatus;

  @Field(() => ApplicationStatus)
  @Enum({ items: () => ApplicationStatus })
  to: ApplicationStatus;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  at: Date;

  @Field(() => String, { description: 'Who made the move (user id)' })
  @Property({ type: 'text' })
  by: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;
}
