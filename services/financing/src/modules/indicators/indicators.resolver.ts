import { Indicator } from '@ash/kit';
import { Arg, Ctx, Directive, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { FinancingContext } from '../../context';
import { IndicatorSet, SUPPORT_SELECTION } from './indicator-set.types';
import { IndicatorService } from './indicators.service';

@Resolver(() => IndicatorSet)
export class IndicatorSetResolver {
  @Query(() => IndicatorSet, {
    description:
      'Aggregate indicators of a convention over a calendar month, quarter or year (YYYY-MM-DD, first day to last)',
  })
  indicators(
    @Ctx() ctx: FinancingContext,
    @Arg('conventionId', () => ID) conventionId: string,
    @Arg('from') from: string,
    @Arg('to') to: string,
  ) {
    return new IndicatorService(ctx).set(conventionId, from, to);
  }

  @FieldResolver(() => [Indicator], {
    description:
      'Plan and cost per household of the convention, and the consumed cost per household supported',
  })
  @Directive(`@requires(fields: "${SUPPORT_SELECTION}")`)
  financingIndicators(@Root() set: IndicatorSet, @Ctx() ctx: FinancingContext) {
    return new IndicatorService(ctx).financing(set);
  }
}

export const indicatorSetReference = {
  __resolveReference: (ref: IndicatorSet): IndicatorSet => ({
    conventionId: ref.conventionId,
    from: ref.from,
    to: ref.to,
    // What accompaniment resolved, carried by the representation (`@requires`).
    supportedHouseholds: ref.supportedHouseholds ?? null,
    measureMonths: ref.measureMonths ?? null,
  }),
};
