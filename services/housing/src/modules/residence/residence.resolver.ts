import { connectionOf, NotFoundError, PageArgs } from '@ash/kit';
import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { HousingContext } from '../../context';
import { Residence } from './residence.entity';
import { CreateResidenceInput, ResidenceFilter } from './residence.input';
import { ResidenceService } from './residence.service';

const ResidenceConnection = connectionOf(Residence);

@Resolver(() => Residence)
export class ResidenceResolver {
  @Query(() => ResidenceConnection)
  residences(
    @Ctx() ctx: HousingContext,
    @Args() page: PageArgs,
    @Arg('filter', () => ResidenceFilter, { nullable: true }) filter?: ResidenceFilter,
  ) {
    return new ResidenceService(ctx.em).list(filter, page);
  }

  @Query(() => Residence)
  async residence(@Ctx() ctx: HousingContext, @Arg('id', () => ID) id: string) {
    const residence = await ctx.loaders.residence.load(id);
    if (!residence) throw new NotFoundError('Residence', id);
    return residence;
  }

  @Mutation(() => Residence)
  createResidence(
    @Ctx() ctx: HousingContext,
    @Arg('input', () => CreateResidenceInput) input: CreateResidenceInput,
  ) {
    return new ResidenceService(ctx.em).create(ctx.actor, input);
  }
}

/** Federation: other subgraphs reference a residence by id; batched per request. */
export const residenceReference = {
  __resolveReference: (ref: Pick<Residence, 'id'>, ctx: HousingContext) => ctx.loaders.residence.load(ref.id),
};
