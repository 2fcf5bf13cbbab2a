import { PERSON_DATA_READERS, requireRole } from '@ash/kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AccompanimentContext } from '../../context';
import { Accompaniment } from '../accompaniment/accompaniment.entity';
import { Review } from './review.entity';

@Resolver(() => Review)
export class ReviewResolver {
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
