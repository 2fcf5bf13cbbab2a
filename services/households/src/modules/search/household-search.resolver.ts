import { SEARCH_DEFAULT_RESULTS } from '@ash/kit';
import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { HouseholdsContext } from '../../context';
import { Household } from '../household/household.entity';
import { HouseholdSearchService } from './household-search.service';

@Resolver()
export class HouseholdSearchResolver {
  @Query(() => [Household], {
    description:
      "The header's search: households by a member's name, the household's reference or an application's registration number, accents and case ignored, best first (an exact reference or number first). Within the caller's scope, as the `households` list. `text`: 2 to 100 characters; `first`: 1 to 20 (BAD_USER_INPUT otherwise).",
  })
  searchHouseholds(
    @Ctx() ctx: HouseholdsContext,
    @Arg('text', () => String) text: string,
    @Arg('first', () => Int, { nullable: true, defaultValue: SEARCH_DEFAULT_RESULTS }) first: number,
  ) {
    return new HouseholdSearchService(ctx.em).search(ctx.actor, text, first);
  }
}
