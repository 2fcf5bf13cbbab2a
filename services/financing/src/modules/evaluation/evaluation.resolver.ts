import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { FinancingContext } from '../../context';
import { Convention } from '../convention/convention.entity';
import { Evaluation } from './evaluation.entity';

@Resolver(() => Evaluation)
export class EvaluationResolver {
  @FieldResolver(() => Convention)
  convention(@Root() evaluation: Evaluation, @Ctx() ctx: FinancingContext) {
    return ctx.loaders.convention.load(evaluation.convention.id);
  }
}

/** Federation: batched per request. */
export const evaluationReference = {
  __resolveReference: (ref: Pick<Evaluation, 'id'>, ctx: FinancingContext) =>
    ctx.loaders.evaluation.load(ref.id),
};
