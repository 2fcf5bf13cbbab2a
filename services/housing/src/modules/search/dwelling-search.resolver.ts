import { SEARCH_DEFAULT_RESULTS } from '@ash/kit';
import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { HousingContext } from '../../context';
import { Dwelling } from '../dwelling/dwelling.entity';
import { DwellingSearchService } from './dwelling-search.service';

@Resolver()
export class DwellingSearchResolver {
  @Query(() => [Dwelling], {
    description:
      "The header's search: dwellings by reference or by their residence's address (name, street, postal code, commune), accents and case ignored, best first (an exact reference first). Readable as the `dwellings` list. `text`: 2 to 100 characters; `first`: 1 to 20 (BAD_USER_INPUT otherwise).",
  })
  searchDwellings(
    @Ctx() ctx: HousingContext,
    @Arg('text', () => String) text: string,
    @Arg('first', () => Int, { nullable: true, defaultValue: SEARCH_DEFAULT_RESULTS }) first: number,
  ) {
    return new DwellingSearchService(ctx.em).search(text, first);
  }
}
