import { AuditedEntity, LocalDate } from '@ash/kit';
import { Check, Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Directive, Field, Float, Int, ObjectType } from 'type-graphql';
import { Residence } from '../residence/residence.entity';
import { Contingent, DwellingStatus, FinancingCategory, Typology } from './dwelling.enums';

@ObjectType({ description: 'A dwelling of the landlord' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'dwelling' })
@Index({ properties: ['status', 'typology'] })
@Index({ properties: ['residence'] })
// Matching: the few lettable dwellings, reached through the residences of the wanted communes.
@Index({
  name: 'dwelling_lettable_residence_typology_index',
  expression:
    'create index "dwelling_lettable_residence_typology_index" on "housing"."dwelling" ("residence_id", "typology") where "status" in (\'VACANT\', \'NOTICE_GIVEN\')',
})
// The header's search by reference (GIN trigram, migration Migration20261205033000).
@Index({
  name: 'dwelling_search_reference_index',
  expression:
    'create index "dwelling_search_reference_index" on "housing"."dwelling" using gin ("housing".search_code(reference) public.gin_trgm_ops)',
})
@Index({
  name: 'dwelling_search_reference_prefix_index',
  expression:
    'create index "dwelling_search_reference_prefix_index" on "housing"."dwelling" ("housing".search_code(reference) collate "C")',
})
@Check({ name: 'dwelling_rent_non_negative', expression: 'rent_cents >= 0' })
@Check({ name: 'dwelling_service_charges_non_negative', expression: 'service_charges_cents >= 0' })
@Check({
  name: 'dwelling_surface_positive',
  expression: 'surface_sqm > 0::real and surface_sqm < 1000::real',
})
@Check({
  name: 'dwelling_offered_to_household',
  expression: "status = 'OFFERED' or offered_to_household_id is null",
})
@Check({ name: 'dwelling_floor_range', expression: 'floor >= -3 and floor <= 80' })
export class Dwelling extends AuditedEntity {
  @Field({ description: "The landlord's reference of the dwelling" })
  @Property({ type: 'text', unique: true })
  reference: string;

  @ManyToOne(() => Residence, { ref: true, deleteRule: 'restrict' })
  residence: Ref<Residence>;

  @Field(() => Typology)
  @Enum({ items: () => Typology })
  typology: Typology;

  @Field(() => Float, { description: 'Living area in square metres' })
  // real (float4): ample for surfaces, and its CHECK round-trips through schema comparison.
  @Property({ type: 'real' })
  surfaceSqm: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  floor: number;

  @Field()
  @Property({ type: 'boolean' })
  hasLift: boolean;

  @Field({ description: 'Reachable without steps (wheelchair, pushchair)' })
  @Property({ type: 'boolean' })
  stepFreeAccess: boolean;

  @Field(() => Int, { description: 'Monthly rent, in cents' })
  @Property({ type: 'integer' })
  rentCents: number;

  @Field(() => Int, { description: 'Monthly service charges, in cents' })
  @Property({ type: 'integer' })
  serviceChargesCents: number;

  @Field({ description: 'Service charges include cold water' })
  @Property({ type: 'boolean' })
  chargesIncludeColdWater: boolean;

  @Field({ description: 'Service charges include heating' })
  @Property({ type: 'boolean' })
  chargesIncludeHeating: boolean;

  @Field(() => FinancingCategory)
  @Enum({ items: () => FinancingCategory })
  financingCategory: FinancingCategory;

  @Field({ description: 'Part of the low-rent offer' })
  @Property({ type: 'boolean' })
  lowRent: boolean;

  @Field(() => Contingent)
  @Enum({ items: () => Contingent })
  contingent: Contingent;

  @Field(() => DwellingStatus)
  @Enum({ items: () => DwellingStatus })
  status: DwellingStatus;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'When it can be let (vacant or notice given)',
  })
  @Property({ type: 'date', nullable: true })
  availableFrom: string | null = null;

  /** While OFFERED: the household the commission allocated it to (the only one who may sign). */
  @Property({ type: 'uuid', nullable: true })
  offeredToHouseholdId: string | null = null;
}
