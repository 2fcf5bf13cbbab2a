import { BadUserInputError, connectionOf, NotFoundError, PageArgs } from '@ash/kit';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { FinancingContext } from '../../context';
import { Evaluation } from '../evaluation/evaluation.entity';
import { FundingLine } from '../funding-line/funding-line.entity';
import { Convention } from './convention.entity';
import { ConventionFilter, CreateConventionInput } from './convention.input';
import { ConventionService } from './convention.service';

const ConventionConnection = connectionOf(Convention);

@Resolver(() => Convention)
export class ConventionResolver {
  @Query(() => ConventionConnection, { description: 'Conventions, by start year' })
  async conventions(
    @Ctx() ctx: FinancingContext,
    @Args() page: PageArgs,
    @Arg('filter', () => ConventionFilter, { nullable: true }) filter?: ConventionFilter,
  ) {
    const connection = await new ConventionService(ctx.em).list(filter, page);
    // Funding lines and evaluations of the page point back to these conventions: no query needed.
    for (const { node } of connection.edges) ctx.loaders.convention.prime(node.id, node);
    return connection;
  }

  @Query(() => Convention)
  async convention(@Ctx() ctx: FinancingContext, @Arg('id', () => ID) id: string) {
    const convention = await ctx.loaders.convention.load(id);
    if (!convention) throw new NotFoundError('Convention', id);
    return convention;
  }

  @FieldResolver(() => [FundingLine], { description: 'Funding lines, by year then largest share' })
  async fundingLines(
    @Root() convention: Convention,
    @Ctx() ctx: FinancingContext,
    @Arg('year', () => Int, { nullable: true, description: 'Only this year' }) year?: number | null,
  ) {
    if (year !== null && year !== undefined && !Number.isInteger(year)) {
      throw new BadUserInputError('year must be an integer', { argument: 'year' });
    }
    const lines = await ctx.loaders.fundingLinesByConvention.load(convention.id);
    return year === null || year === undefined ? lines : lines.filter((line) => line.year === year);
  }

  @FieldResolver(() => [Evaluation], { description: "State services' opinions, oldest first" })
  evaluations(@Root() convention: Convention, @Ctx() ctx: FinancingContext) {
    return ctx.loaders.evaluationsByConvention.load(convention.id);
  }

  @Mutation(() => Convention)
  createConvention(
    @Ctx() ctx: FinancingContext,
    @Arg('input', () => CreateConventionInput) input: CreateConventionInput,
  ) {
    return new ConventionService(ctx.em).create(ctx.actor, input);
  }
}

/**
 * Federation: other subgraphs reference a convention by id; batched per request. The measure-months
 * a representation carries (`@requires`) ride on a view of the entity, not on the managed entity.
 */
export const conventionReference = {
  __resolveReference: async (
    ref: Pick<Convention, 'id' | 'measureMonthsByYear'>,
    ctx: FinancingContext,
  ): Promise<Convention | null> => {
    const convention = await ctx.loaders.convention.load(ref.id);
    if (!convention || !ref.measureMonthsByYear) return convention;
    return Object.assign(Object.create(convention) as Convention, {
      measureMonthsByYear: ref.measureMonthsByYear,
    });
  },
};
