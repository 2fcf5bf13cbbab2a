import { Arg, Ctx, Directive, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { FinancingContext } from '../../context';
import { Convention } from '../convention/convention.entity';
import { ConsumptionService } from './consumption.service';
import { ConventionConsumption, MEASURE_MONTHS_SELECTION } from './consumption.types';

@Resolver(() => Convention)
export class ConventionConsumptionResolver {
  /** An aggregate (no person's data): every role that reads conventions reads it. */
  @FieldResolver(() => ConventionConsumption, {
    nullable: true,
    description:
      'Measure-months consumed in one of the convention years, projection, free places and shares; null, with BAD_USER_INPUT at this path, for a year the convention does not cover',
  })
  @Directive(`@requires(fields: "${MEASURE_MONTHS_SELECTION}")`)
  consumption(
    @Root() convention: Convention,
    @Ctx() ctx: FinancingContext,
    @Arg('year', () => Int) year: number,
  ) {
    return new ConsumptionService(ctx).of(convention, year);
  }
}
