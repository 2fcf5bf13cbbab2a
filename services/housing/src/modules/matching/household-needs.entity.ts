import { Check, Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Housing's own projection of the needs of households awaiting a dwelling, kept from the
 * `HouseholdNeedsChanged` events (housing never reads the households schema). It lets matching run
 * over every awaiting household at once, e.g. to measure the impact of new settings.
 */
@Entity({ tableName: 'household_needs' })
@Check({ name: 'household_needs_size_positive', expression: 'size >= 1' })
@Check({
  name: 'household_needs_amounts_non_negative',
  expression:
    'monthly_resources_cents >= 0 and housing_benefit_cents >= 0 and (max_rent_cents is null or max_rent_cents >= 0)',
})
export class HouseholdNeedsProjection {
  @PrimaryKey({ type: 'uuid' })
  householdId: string;

  @Property({ type: 'integer' })
  size: number;

  @Property({ type: 'integer' })
  monthlyResourcesCents: number;

  @Property({ type: 'integer' })
  housingBenefitCents: number;

  @Property({ type: 'boolean' })
  dalo: boolean;

  @Property({ type: 'boolean' })
  pdalpd: boolean;

  @Property({ type: 'boolean' })
  stepFreeAccessNeed: boolean;

  @Property({ type: 'text[]' })
  desiredTypologies: string[];

  @Property({ type: 'text[]' })
  desiredCommunes: string[];

  @Property({ type: 'integer', nullable: true })
  maxRentCents: number | null = null;

  /** When the households subgraph last changed them (the event's time): older events never win. */
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Date;
}
