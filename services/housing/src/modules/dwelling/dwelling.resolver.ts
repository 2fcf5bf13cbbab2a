import { connectionOf, NotFoundError, PageArgs } from '@ash/kit';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { HousingContext } from '../../context';
import { Lease } from '../lease/lease.entity';
import { DwellingMatchingProfile } from '../matching/matching.types';
import { dwellingProfile } from '../matching/profile';
import { Residence } from '../residence/residence.entity';
import { Dwelling } from './dwelling.entity';
import { CreateDwellingInput, DwellingFilter, UpdateDwellingInput } from './dwelling.input';
import { DwellingService } from './dwelling.service';

const DwellingConnection = connectionOf(Dwelling);

@Resolver(() => Dwelling)
export class DwellingResolver {
  @Query(() => DwellingConnection, { description: 'The stock, ordered by reference' })
  dwellings(
    @Ctx() ctx: HousingContext,
    @Args() page: PageArgs,
    @Arg('filter', () => DwellingFilter, { nullable: true }) filter?: DwellingFilter,
  ) {
    return new DwellingService(ctx.em).list(filter, page);
  }

  @Query(() => Dwelling)
  async dwelling(@Ctx() ctx: HousingContext, @Arg('id', () => ID) id: string) {
    const dwelling = await ctx.loaders.dwelling.load(id);
    if (!dwelling) throw new NotFoundError('Dwelling', id);
    return dwelling;
  }

  @FieldResolver(() => Residence)
  residence(@Root() dwelling: Dwelling, @Ctx() ctx: HousingContext) {
    return ctx.loaders.residence.load(dwelling.residence.id);
  }

  @FieldResolver(() => DwellingMatchingProfile, {
    nullable: true,
    description:
      'The dwelling as matching sees it, with the rule settings in force (for Dwelling.candidates)',
  })
  async matchingProfile(@Root() dwelling: Dwelling, @Ctx() ctx: HousingContext) {
    const [residence, rules] = await Promise.all([
      ctx.loaders.residence.load(dwelling.residence.id),
      ctx.matching.rules(),
    ]);
    return { ...dwellingProfile(dwelling, residence?.commune ?? ''), ...rules };
  }

  @FieldResolver(() => Lease, { nullable: true, description: 'The lease running now, if any' })
  async currentLease(@Root() dwelling: Dwelling, @Ctx() ctx: HousingContext) {
    const [lease] = await ctx.loaders.currentLeaseByDwelling.load(dwelling.id);
    return lease ?? null;
  }

  @Mutation(() => Dwelling)
  createDwelling(
    @Ctx() ctx: HousingContext,
    @Arg('input', () => CreateDwellingInput) input: CreateDwellingInput,
  ) {
    return new DwellingService(ctx.em).create(ctx.actor, input);
  }

  @Mutation(() => Dwelling)
  updateDwelling(
    @Ctx() ctx: HousingContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateDwellingInput) input: UpdateDwellingInput,
  ) {
    return new DwellingService(ctx.em).update(ctx.actor, id, input);
  }
}

export const dwellingReference = {
  __resolveReference: (ref: Pick<Dwelling, 'id'>, ctx: HousingContext) => ctx.loaders.dwelling.load(ref.id),
};
