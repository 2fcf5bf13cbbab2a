import { connectionOf, NotFoundError, PageArgs, PERSON_DATA_READERS, requireRole } from '@ash/kit';
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { HouseholdsContext } from '../../context';
import { Application } from '../application/application.entity';
import { Dwelling } from '../dwelling/dwelling.reference';
import { Candidacy, Commission } from './commission.entity';
import { CommissionService } from './commission.service';

const CommissionConnection = connectionOf(Commission);

@Resolver(() => Commission)
export class CommissionResolver {
  @Query(() => CommissionConnection, { description: 'Sessions, latest first' })
  commissions(@Ctx() ctx: HouseholdsContext, @Args() page: PageArgs) {
    return new CommissionService(ctx.em).list(ctx.actor, page);
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
}

@Resolver(() => Candidacy)
export class CandidacyResolver {
  @FieldResolver(() => Commission)
  commission(@Root() candidacy: Candidacy, @Ctx() ctx: HouseholdsContext) {
    return ctx.loaders.commission.load(candidacy.commission.id);
  }

  @FieldResolver(() => Dwelling)
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
