import { connectionOf, NotFoundError, PageArgs, PERSON_DATA_READERS, requireRole } from '@ash/kit';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { HouseholdsContext } from '../../context';
import { assertTargetPublicFilter } from '../../policy';
import { Application } from '../application/application.entity';
import { Household } from './household.entity';
import { PersonRole } from './household.enums';
import { HouseholdFilter, RegisterHouseholdInput, UpdateHouseholdInput } from './household.input';
import { HouseholdNeeds } from './household.needs';
import { HouseholdService } from './household.service';
import { Person } from './person.entity';

const HouseholdConnection = connectionOf(Household);

@Resolver(() => Household)
export class HouseholdResolver {
  @Query(() => HouseholdConnection, { description: 'Households, ordered by reference' })
  households(
    @Ctx() ctx: HouseholdsContext,
    @Args() page: PageArgs,
    @Arg('filter', () => HouseholdFilter, { nullable: true }) filter?: HouseholdFilter,
  ) {
    assertTargetPublicFilter(ctx.actor, filter?.targetPublics);
    return new HouseholdService(ctx.em, ctx.calendar).list(ctx.actor, filter, page);
  }

  @Query(() => Household)
  async household(@Ctx() ctx: HouseholdsContext, @Arg('id', () => ID) id: string) {
    requireRole(ctx.actor, PERSON_DATA_READERS);
    const household = await ctx.loaders.household.load(id);
    if (!household) throw new NotFoundError('Household', id);
    return household;
  }

  @FieldResolver(() => [Person], { description: 'Adults first, then children, oldest first' })
  members(@Root() household: Household, @Ctx() ctx: HouseholdsContext) {
    return ctx.loaders.membersByHousehold.load(household.id);
  }

  @FieldResolver(() => Int, { description: 'Number of members' })
  async size(@Root() household: Household, @Ctx() ctx: HouseholdsContext) {
    return (await ctx.loaders.membersByHousehold.load(household.id)).length;
  }

  @FieldResolver(() => Int, { description: 'Number of adult members' })
  async adults(@Root() household: Household, @Ctx() ctx: HouseholdsContext) {
    const members = await ctx.loaders.membersByHousehold.load(household.id);
    return members.filter((m) => m.role === PersonRole.ADULT).length;
  }

  @FieldResolver(() => Int, { description: 'Number of child members' })
  async children(@Root() household: Household, @Ctx() ctx: HouseholdsContext) {
    const members = await ctx.loaders.membersByHousehold.load(household.id);
    return members.filter((m) => m.role === PersonRole.CHILD).length;
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description:
      'One of the programme’s publics (single parent, leaving prison, isolated tenant), without saying which: what rental management needs',
  })
  priorityPublic(@Root() household: Household): boolean {
    return household.targetPublic !== null;
  }

  @FieldResolver(() => Boolean, { description: 'Agreed to share its data with the association' })
  consentToShare(@Root() household: Household): boolean {
    return household.consentToShareDate !== null && household.consentToShareDate !== undefined;
  }

  @FieldResolver(() => [Application], { description: 'Latest first' })
  applications(@Root() household: Household, @Ctx() ctx: HouseholdsContext) {
    return ctx.loaders.applicationsByHousehold.load(household.id);
  }

  @FieldResolver(() => HouseholdNeeds, {
    nullable: true,
    description: 'What matching needs to know; null without an application awaiting a dwelling',
  })
  needs(@Root() household: Household, @Ctx() ctx: HouseholdsContext) {
    return ctx.loaders.needsByHousehold.load(household.id);
  }

  @Mutation(() => Household)
  registerHousehold(
    @Ctx() ctx: HouseholdsContext,
    @Arg('input', () => RegisterHouseholdInput) input: RegisterHouseholdInput,
  ) {
    return new HouseholdService(ctx.em, ctx.calendar).register(ctx.actor, input);
  }

  @Mutation(() => Household)
  updateHousehold(
    @Ctx() ctx: HouseholdsContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateHouseholdInput) input: UpdateHouseholdInput,
  ) {
    return new HouseholdService(ctx.em, ctx.calendar).update(ctx.actor, id, input);
  }
}

/** Federation: other subgraphs reference a household by id; batched per request. */
export const householdReference = {
  __resolveReference: (ref: Pick<Household, 'id'>, ctx: HouseholdsContext) => {
    requireRole(ctx.actor, PERSON_DATA_READERS);
    return ctx.loaders.household.load(ref.id);
  },
};
