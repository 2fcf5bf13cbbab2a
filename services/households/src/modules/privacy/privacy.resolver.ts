import { DATA_SUBJECT_DESK, NotFoundError, requireRole } from '@ash/kit';
import { GraphQLJSON } from 'graphql-scalars';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { HouseholdsContext } from '../../context';
import { eraseHouseholdAs } from './erasure.service';
import { ErasureReceipt, SubjectAccessExport } from './privacy.types';

const exportOf = (householdId: string, ctx: HouseholdsContext): SubjectAccessExport =>
  Object.assign(new SubjectAccessExport(), { householdId, id: householdId, exportedAt: ctx.calendar.now() });

@Resolver(() => SubjectAccessExport)
export class PrivacyResolver {
  @Query(() => SubjectAccessExport, {
    description:
      'Everything every subgraph holds about a household, to give to its members (right of access)',
  })
  async subjectAccessExport(
    @Ctx() ctx: HouseholdsContext,
    @Arg('householdId', () => ID) householdId: string,
  ) {
    requireRole(ctx.actor, DATA_SUBJECT_DESK);
    if (!(await ctx.loaders.household.load(householdId))) throw new NotFoundError('Household', householdId);
    return exportOf(householdId, ctx);
  }

  @FieldResolver(() => GraphQLJSON)
  async households(@Root() subject: SubjectAccessExport, @Ctx() ctx: HouseholdsContext) {
    const data = await ctx.loaders.subjectAccess.load(subject.householdId);
    if (!data) throw new NotFoundError('Household', subject.householdId);
    return data;
  }

  @Mutation(() => ErasureReceipt, {
    description:
      'Anonymises the household everywhere (right to erasure): names, birth dates (year kept), registration numbers, notes; counts and indicators stay',
  })
  eraseHousehold(
    @Ctx() ctx: HouseholdsContext,
    @Arg('householdId', () => ID) householdId: string,
    @Arg('reason', () => String) reason: string,
  ) {
    return eraseHouseholdAs(ctx.em, ctx.calendar, ctx.actor, householdId, reason);
  }
}

/** Federation: the export is an entity keyed by the household id; nothing to load for it. */
export const subjectAccessExportReference = {
  __resolveReference: (ref: Pick<SubjectAccessExport, 'householdId'>, ctx: HouseholdsContext) =>
    exportOf(ref.householdId, ctx),
};
