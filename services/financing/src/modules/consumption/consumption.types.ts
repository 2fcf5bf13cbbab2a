import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { Funder } from '../funder/funder.entity';

/**
 * Measure-months of a convention in a year. The accompaniment subgraph owns and resolves it;
 * financing declares the same value type to `@requires` it, so its fields are `@external` here.
 */
@ObjectType({ description: 'Measure-months of a convention in a year: households supported each month' })
export class MeasureMonthCount {
  @Field(() => Int)
  @Directive('@external')
  year: number;

  @Field(() => Int, { description: 'Sum of byMonth: the measure-months of the year' })
  @Directive('@external')
  total: number;

  @Field(() => [Int], {
    description:
      'January to December: distinct households with an accompaniment running some day of the month',
  })
  @Directive('@external')
  byMonth: number[];
}

/** The `@requires` selection of `Convention.consumption`: every field of `MeasureMonthCount`. */
export const MEASURE_MONTHS_SELECTION = 'measureMonthsByYear { year total byMonth }';

@ObjectType({ description: "A funder's share of a convention's year, against what was consumed" })
export class FunderShare {
  @Field(() => Funder)
  funder: Funder;

  @Field(() => Int, { description: 'Share of the annual cost, in percent' })
  sharePercent: number;

  @Field(() => Int, { description: 'In cents' })
  plannedCents: number;

  @Field(() => Int, { description: 'In cents' })
  requestedCents: number;

  @Field(() => Int, { nullable: true, description: 'In cents; null until granted' })
  grantedCents: number | null;

  @Field(() => Int, { nullable: true, description: 'In cents; null until paid' })
  paidCents: number | null;

  @Field(() => Int, {
    description: 'This share of the consumed cost (consumedCents × sharePercent), in cents',
  })
  dueCents: number;

  @Field({ description: 'Granted less than planned (a share not granted yet counts as nothing granted)' })
  underGranted: boolean;
}

@ObjectType({ description: 'Measure-months consumed by a convention in a year, against its plan' })
export class ConventionConsumption {
  @Field(() => Int)
  year: number;

  @Field(() => Int, { description: 'Planned households × 12' })
  plannedMeasureMonths: number;

  @Field(() => Int, { description: 'The annual cost, in cents' })
  plannedCostCents: number;

  @Field(() => Int, { description: 'Cost of one measure-month, in cents' })
  unitCostCents: number;

  @Field(() => Int, { description: "The year's measure-months: households supported, month by month" })
  consumedMeasureMonths: number;

  @Field(() => Int, { description: 'consumedMeasureMonths × unitCostCents' })
  consumedCents: number;

  @Field(() => Int, {
    description:
      "At the current pace to the year's end (this year); what was consumed (past year); 0 (future year)",
  })
  projectedMeasureMonths: number;

  @Field(() => Int, {
    description:
      'Households the convention can still take this year: measure-months left after the projection, per month left',
  })
  freePlaces: number;

  @Field(() => [FunderShare], { description: "The year's funding lines, largest share first" })
  shares: FunderShare[];
}
