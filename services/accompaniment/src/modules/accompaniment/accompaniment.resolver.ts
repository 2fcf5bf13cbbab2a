import {
  BadUserInputError,
  connectionOf,
  MAX_PAGE_SIZE,
  NotFoundError,
  PageArgs,
  PERSON_DATA_READERS,
  requireRole,
} from '@ash/kit';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AccompanimentContext } from '../../context';
import { Alert } from '../alert/alert.entity';
import { CommitteeDecision } from '../committee/committee.entity';
import { Contact } from '../contact/contact.entity';
import { Convention } from '../convention/convention.reference';
import { Diagnostic } from '../diagnostic/diagnostic.entity';
import { Household } from '../household/household.reference';
import { Review } from '../review/review.entity';
import { Accompaniment, PhaseChange } from './accompaniment.entity';
import { AccompanimentFilter, MoveAccompanimentArgs, OpenAccompanimentInput } from './accompaniment.input';
import { AccompanimentService } from './accompaniment.service';
import { carryOverAccompaniments } from './carry-over';

export const AccompanimentConnection = connectionOf(Accompaniment);
const DEFAULT_CONTACTS = 50;

@Resolver(() => Accompaniment)
export class AccompanimentResolver {
  @Query(() => AccompanimentConnection, {
    description: 'Accompaniments, latest start first; a support worker sees their own caseload',
  })
  accompaniments(
    @Ctx() ctx: AccompanimentContext,
    @Args() page: PageArgs,
    @Arg('filter', () => AccompanimentFilter, { nullable: true }) filter?: AccompanimentFilter,
  ) {
    return new AccompanimentService(ctx.em, ctx.calendar).list(ctx.actor, filter, page);
  }

  @Query(() => Accompaniment)
  async accompaniment(@Ctx() ctx: AccompanimentContext, @Arg('id', () => ID) id: string) {
    requireRole(ctx.actor, PERSON_DATA_READERS);
    const accompaniment = await ctx.loaders.accompaniment.load(id);
    if (!accompaniment) throw new NotFoundError('Accompaniment', id);
    return accompaniment;
  }

  @FieldResolver(() => Household, {
    nullable: true,
    description: 'Null, with an error at this path, when the households subgraph cannot give it',
  })
  household(@Root() accompaniment: Accompaniment): Household {
    return { id: accompaniment.householdId };
  }

  @FieldResolver(() => Convention, {
    nullable: true,
    description:
      'The convention that funds it; null, with an error, when the financing subgraph cannot give it',
  })
  convention(@Root() accompaniment: Accompaniment): Convention {
    return { id: accompaniment.conventionId };
  }

  @FieldResolver(() => [PhaseChange], { description: 'Every phase move, oldest first' })
  phaseChanges(@Root() accompaniment: Accompaniment, @Ctx() ctx: AccompanimentContext) {
    return ctx.loaders.phaseChangesByAccompaniment.load(accompaniment.id);
  }

  @FieldResolver(() => [Contact], { description: 'Latest contacts first' })
  contacts(
    @Root() accompaniment: Accompaniment,
    @Ctx() ctx: AccompanimentContext,
    @Arg('first', () => Int, {
      nullable: true,
      defaultValue: DEFAULT_CONTACTS,
      description: `How many, 1 to ${MAX_PAGE_SIZE}`,
    })
    first: number | null,
  ) {
    const size = first ?? DEFAULT_CONTACTS;
    if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
      throw new BadUserInputError(`first must be between 1 and ${MAX_PAGE_SIZE}`, { argument: 'first' });
    }
    return ctx.loaders.latestContacts(size).load(accompaniment.id);
  }

  @FieldResolver(() => [Diagnostic], { nullable: true, description: 'Latest first' })
  diagnostics(@Root() accompaniment: Accompaniment, @Ctx() ctx: AccompanimentContext) {
    return ctx.loaders.diagnosticsByAccompaniment.load(accompaniment.id);
  }

  @FieldResolver(() => [Review], { nullable: true, description: 'Latest first' })
  reviews(@Root() accompaniment: Accompaniment, @Ctx() ctx: AccompanimentContext) {
    return ctx.loaders.reviewsByAccompaniment.load(accompaniment.id);
  }

  @FieldResolver(() => [Alert], { description: 'Latest raised first' })
  alerts(@Root() accompaniment: Accompaniment, @Ctx() ctx: AccompanimentContext) {
    return ctx.loaders.alertsByAccompaniment.load(accompaniment.id);
  }

  @FieldResolver(() => [CommitteeDecision], {
    nullable: true,
    description: 'Follow-up committee decisions about it',
  })
  committeeDecisions(@Root() accompaniment: Accompaniment, @Ctx() ctx: AccompanimentContext) {
    return ctx.loaders.decisionsByAccompaniment.load(accompaniment.id);
  }

  @Mutation(() => Accompaniment)
  openAccompaniment(
    @Ctx() ctx: AccompanimentContext,
    @Arg('input', () => OpenAccompanimentInput) input: OpenAccompanimentInput,
  ) {
    return new AccompanimentService(ctx.em, ctx.calendar).open(ctx.actor, input);
  }

  @Mutation(() => [Accompaniment], {
    description:
      'Carries the accompaniments still running when a convention has ended over to the next one (starting the year after): each ends on its last day (CARRIED_OVER) and goes on from the next one’s first day; returns the new ones',
  })
  carryOverAccompaniments(
    @Ctx() ctx: AccompanimentContext,
    @Arg('fromConventionId', () => ID) fromConventionId: string,
    @Arg('toConventionId', () => ID) toConventionId: string,
  ) {
    return carryOverAccompaniments(ctx.em, ctx.calendar, ctx.actor, fromConventionId, toConventionId);
  }

  @Mutation(() => Accompaniment, { description: 'Ending requires endReason and outcome' })
  moveAccompaniment(@Ctx() ctx: AccompanimentContext, @Args() { id, to, ...options }: MoveAccompanimentArgs) {
    return new AccompanimentService(ctx.em, ctx.calendar).move(ctx.actor, id, to, options);
  }
}

@Resolver(() => Household)
export class HouseholdAccompanimentResolver {
  // Nullable (like Dwelling.candidates): some readers of the household may not read it here (an
  // integrator without accompaniment:read); refused, it nulls itself, not the household nor the list.
  @FieldResolver(() => [Accompaniment], { nullable: true, description: 'Latest start first' })
  accompaniments(@Root() household: Household, @Ctx() ctx: AccompanimentContext) {
    requireRole(ctx.actor, PERSON_DATA_READERS);
    return ctx.loaders.accompanimentsByHousehold.load(household.id);
  }

  @FieldResolver(() => [Alert], { nullable: true, description: 'Alerts not CLOSED, latest raised first' })
  openAlerts(@Root() household: Household, @Ctx() ctx: AccompanimentContext) {
    requireRole(ctx.actor, PERSON_DATA_READERS);
    return ctx.loaders.openAlertsByHousehold.load(household.id);
  }
}

export const accompanimentReference = {
  __resolveReference: (ref: Pick<Accompaniment, 'id'>, ctx: AccompanimentContext) => {
    requireRole(ctx.actor, PERSON_DATA_READERS);
    return ctx.loaders.accompaniment.load(ref.id);
  },
};
