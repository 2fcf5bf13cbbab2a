import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { FinancingContext } from '../../context';
import { Convention } from '../convention/convention.entity';
import { Evaluation } from './evaluation.entity';
import { EvaluationLevel } from './evaluation.enums';
import { RecordEvaluationInput } from './evaluation.input';
import { EvaluationService, evaluationLevelOf } from './evaluation.service';

@Resolver(() => Evaluation)
export class EvaluationResolver {
  @FieldResolver(() => Convention)
  convention(@Root() evaluation: Evaluation, @Ctx() ctx: FinancingContext) {
    return ctx.loaders.convention.load(evaluation.convention.id);
  }

  @Query(() => EvaluationLevel, {
    nullable: true,
    description:
      "The level at which the caller's organisation gives its opinion (DDCS/DDT: DEPARTMENT, DREAL: REGION); null when it gives none",
  })
  evaluationLevel(@Ctx() ctx: FinancingContext): EvaluationLevel | null {
    return evaluationLevelOf(ctx.actor.organisation) ?? null;
  }

  @Mutation(() => Evaluation, {
    description:
      "An evaluator's opinion on a convention, at the level of their organisation (DDCS/DDT, DREAL)",
  })
  recordEvaluation(
    @Ctx() ctx: FinancingContext,
    @Arg('input', () => RecordEvaluationInput) input: RecordEvaluationInput,
  ) {
    return new EvaluationService(ctx.em, ctx.calendar).record(ctx.actor, input);
  }
}

/** Federation: batched per request. */
export const evaluationReference = {
  __resolveReference: (ref: Pick<Evaluation, 'id'>, ctx: FinancingContext) =>
    ctx.loaders.evaluation.load(ref.id),
};
