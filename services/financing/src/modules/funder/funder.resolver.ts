import { NotFoundError } from '@ash/kit';
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { FinancingContext } from '../../context';
import { Funder } from './funder.entity';
import { FunderService } from './funder.service';

@Resolver(() => Funder)
export class FunderResolver {
  @Query(() => [Funder], { description: 'Every funder, by name (a short reference list)' })
  funders(@Ctx() ctx: FinancingContext) {
    return new FunderService(ctx.em).list();
  }

  @Query(() => Funder)
  async funder(@Ctx() ctx: FinancingContext, @Arg('id', () => ID) id: string) {
    const funder = await ctx.loaders.funder.load(id);
    if (!funder) throw new NotFoundError('Funder', id);
    return funder;
  }
}

/** Federation: batched per request. */
export const funderReference = {
  __resolveReference: (ref: Pick<Funder, 'id'>, ctx: FinancingContext) => ctx.loaders.funder.load(ref.id),
};
