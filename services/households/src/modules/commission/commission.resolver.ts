import { connectionOf, NotFoundError, PageArgs, PERSON_DATA_READERS, requireRole } from '@ash/kit';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { HouseholdsContext } from '../../context';
import { Application } from '../application/application.entity';
import { Dwelling } from '../dwelling/dwelling.reference';
import { Candidacy, Commission } from './commission.entity';
import {
  CreateCommissionInput,
  PlaceDwellingOnCommissionInput,
  RecordCommissionDecisionInput,
} from './commission.input';
import { CommissionService } from './commission.service';

const CommissionConnection = connectionOf(Commission);

@Resolver(() => Commission)
export class CommissionResolver {
  @Query(() => CommissionConnection, { description: 'Sessions, latest first' })
  commissions(@Ctx() ctx: HouseholdsContext, @Args() page: PageArgs) {
    return new CommissionService(ctx.em, ctx.calendar).list(ctx.actor, page);
  }

  @Query(() => Commission)
  async commission(@Ctx() ctx: HouseholdsContext, @Arg('id', () => ID) id: string) {
    requireRole(ctx.actor, PERSON_DATA_READERS);
    const commission = await ctx.loaders.commission.load(id);
    if (!commission) throw new NotFoundError('Commission', id);
    return commission;
  }

  @FieldResolver(() => [Candidacy], { description: 'By dwelling, then rank' })
  candidacies(@Root() commission: Commission, @Ctx() ctx: HouseholdsContext) {
    return ctx.loaders.candidaciesByCommission.load(commission.id);
  }

  @Mutation(() => Commission, { description: 'Plans a session of the allocation committee' })
  createCommission(
    @Ctx() ctx: HouseholdsContext,
    @Arg('input', () => CreateCommissionInput) input: CreateCommissionInput,
  ) {
    return new CommissionService(ctx.em, ctx.calendar).create(ctx.actor, input);
  }

  @Mutation(() => Commission, {
    description: 'Puts a dwelling on a planned session with its ranked candidates, who become SCHEDULED',
  })
  placeDwellingOnCommission(
    @Ctx() ctx: HouseholdsContext,
    @Arg('input', () => PlaceDwellingOnCommissionInput) input: PlaceDwellingOnCommissionInput,
  ) {
    return new CommissionService(ctx.em, ctx.calendar).placeDwelling(ctx.actor, input);
  }

  @Mutation(() => Candidacy, {
    description: 'Records the decision of the session for one candidate on one dwelling, with its reason',
  })
  recordCommissionDecision(
    @Ctx() ctx: HouseholdsContext,
    @Arg('input', () => RecordCommissionDecisionInput) input: RecordCommissionDecisionInput,
  ) {
    return new CommissionService(ctx.em, ctx.calendar).recordDecision(ctx.actor, input);
  }
}

@Resolver(() => Candidacy)
export class CandidacyResolver {
  @FieldResolver(() => Commission)
  commission(@Root() candidacy: Candidacy, @Ctx() ctx: HouseholdsContext) {
    return ctx.loaders.commission.load(candidacy.commission.id);
  }

  @FieldResolver(() => Dwelling, {
    nullable: true,
    description: 'Null, with an error at this path, when the housing subgraph cannot give it',
  })
  dwelling(@Root() candidacy: Candidacy): Dwelling {
    return { id: candidacy.dwellingId };
  }

  @FieldResolver(() => Application)
  application(@Root() candidacy: Candidacy, @Ctx() ctx: HouseholdsContext) {
    return ctx.loaders.application.load(candidacy.application.id);
  }
}

export const commissionReference = {
  __resolveReference: (ref: Pick<Commission, 'id'>, ctx: HouseholdsContext) => {
    requireRole(ctx.actor, PERSON_DATA_READERS);
    return ctx.loaders.commission.load(ref.id);
  },
};

export const candidacyReference = {
  __resolveReference: (ref: Pick<Candidacy, 'id'>, ctx: HouseholdsContext) => {
    requireRole(ctx.actor, PERSON_DATA_READERS);
    return ctx.loaders.candidacy.load(ref.id);
  },
};
