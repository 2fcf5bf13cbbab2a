import { PERSON_DATA_READERS, requireRole } from '@ash/kit';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { AccompanimentContext } from '../../context';
import { Accompaniment } from '../accompaniment/accompaniment.entity';
import { Review } from './review.entity';
import { RecordReviewInput } from './review.input';
import { ReviewService } from './review.service';

@Resolver(() => Review)
export class ReviewResolver {
  @Mutation(() => Review, { description: 'Records an intermediate review (bilan intermédiaire)' })
  recordReview(
    @Ctx() ctx: AccompanimentContext,
    @Arg('input', () => RecordReviewInput) input: RecordReviewInput,
  ) {
    return new ReviewService(ctx.em, ctx.calendar).record(ctx.actor, input);
  }

  @FieldResolver(() => Accompaniment)
  accompaniment(@Root() review: Review, @Ctx() ctx: AccompanimentContext) {
    return ctx.loaders.accompaniment.load(review.accompaniment.id);
  }
}

export const reviewReference = {
  __resolveReference: (ref: Pick<Review, 'id'>, ctx: AccompanimentContext) => {
    requireRole(ctx.actor, PERSON_DATA_READERS);
    return ctx.loaders.review.load(ref.id);
  },
};
