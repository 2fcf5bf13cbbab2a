import { BadUserInputError } from '@ash/kit';
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { AccompanimentContext } from '../../context';
import { Convention, MeasureMonthCount } from './convention.reference';
import { MAX_YEAR, MIN_YEAR } from './measure-months';

// Both nullable: a refused year, or a reader financing lets through and accompaniment does not,
// nulls the field, not the convention nor the list it is in.
@Resolver(() => Convention)
export class ConventionMeasureResolver {
  /** An aggregate (no person's data): every role may read it, evaluators included. */
  @FieldResolver(() => MeasureMonthCount, {
    nullable: true,
    description: 'Households supported each month of the year under this convention (measure-months)',
  })
  measureMonths(
    @Root() convention: Convention,
    @Ctx() ctx: AccompanimentContext,
    @Arg('year', () => Int) year: number,
  ) {
    if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
      throw new BadUserInputError(`year must be between ${MIN_YEAR} and ${MAX_YEAR}`, { argument: 'year' });
    }
    return ctx.loaders.measureMonths.load(`${convention.id}:${year}`);
  }

  /** Every year at once, for financing's `consumption(year)` (a `@requires` cannot pass a year). */
  @FieldResolver(() => [MeasureMonthCount], {
    nullable: true,
    description:
      'Measure-months of every year from the earliest accompaniment of this convention to the latest (or this year)',
  })
  measureMonthsByYear(@Root() convention: Convention, @Ctx() ctx: AccompanimentContext) {
    return ctx.loaders.measureMonthsByYear.load(convention.id);
  }
}
