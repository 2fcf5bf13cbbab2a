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

  @Field(() => Int, { description: 'Sum of byMonth: the measure-months consumed up to today' })
  @Directive('@external')
  total: number;

  @Field(() => [Int], {
    description:
      'January to December: distinct households followed some day of the month up to today (a month to come: 0)',
  })
  @Directive('@external')
  byMonth: number[];

  @Field(() => Int, { description: 'Sum of projectedByMonth: the measure-months expected by the year’s end' })
  @Directive('@external')
  projectedTotal: number;

  @Field(() => [Int], {
    description:
      'January to December: byMonth for the months begun, then the households followed today whose accompaniment has not ended before the month',
  })
  @Directive('@external')
  projectedByMonth: number[];
}

/** The `@requires` selection of `Convention.consumption`: every field of `MeasureMonthCount`. */
export const MEASURE_MONTHS_SELECTION =
  'measureMonthsByYear { year total byMonth projectedTotal projectedByMonth }';

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

  @Field(() => Int, {
    description: 'This share of the projected cost (projectedCents × sharePercent), in cents',
  })
  projectedDueCents: number;

  @Field({
    description:
      'Granted less than planned (a share not granted yet, or cancelled, counts as nothing granted)',
  })
  underGranted: boolean;

  @Field({ description: 'Paid more than the consumption makes due so far (dueCents)' })
  overPaid: boolean;
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

  @Field(() => Int, {
    description:
      "The year's measure-months up to today: each household followed some day of a month counts that month once",
  })
  consumedMeasureMonths: number;

  @Field(() => Int, { description: 'consumedMeasureMonths × unitCostCents' })
  consumedCents: number;

  @Field(() => Int, {
    description:
      'Consumed, plus each month to come of the households followed today whose accompaniment has not ended before it (past year: what was consumed)',
  })
  projectedMeasureMonths: number;

  @Field(() => Int, { description: 'projectedMeasureMonths × unitCostCents' })
  projectedCents: number;

  @Field(() => Int, {
    description:
      'Planned simultaneous places (planned households) less the households followed this month, 0 to the plan; a past year has none, a year to come all',
  })
  freePlaces: number;

  @Field(() => [FunderShare], { description: "The year's funding lines, largest share first" })
  shares: FunderShare[];
}
