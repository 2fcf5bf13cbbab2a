import { BadUserInputError, PERSON_DATA_READERS, requireRole } from '@ash/kit';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { Args, ArgsType, Ctx, Directive, Field, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { HouseholdsContext } from '../../context';
import { Commission } from '../commission/commission.entity';
import { CandidateMatch, Dwelling, MATCHING_PROFILE_FIELDS } from './dwelling.reference';
import { DEFAULT_CANDIDATES, MAX_CANDIDATES } from './dwelling.service';

@ArgsType()
export class CandidatesArgs {
  @Field(() => Int, {
    nullable: true,
    defaultValue: DEFAULT_CANDIDATES,
    description: `How many, 1 to ${MAX_CANDIDATES}`,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_CANDIDATES)
  first?: number | null;
}

@Resolver(() => Dwelling)
export class DwellingResolver {
  @FieldResolver(() => [CandidateMatch], {
    nullable: true,
    description:
      'Applications READY_FOR_COMMISSION that match this dwelling by every rule, best first (then oldest submission)',
  })
  @Directive(`@requires(fields: "${MATCHING_PROFILE_FIELDS}")`)
  candidates(@Root() dwelling: Dwelling, @Ctx() ctx: HouseholdsContext, @Args() { first }: CandidatesArgs) {
    requireRole(ctx.actor, PERSON_DATA_READERS);
    const count = first ?? DEFAULT_CANDIDATES;
    if (!Number.isInteger(count) || count < 1 || count > MAX_CANDIDATES) {
      throw new BadUserInputError(`first must be between 1 and ${MAX_CANDIDATES}`, { argument: 'first' });
    }
    // Housing answers null for a dwelling it cannot profile: nobody to rank.
    if (!dwelling.matchingProfile) return [];
    return ctx.loaders.candidatesByDwelling.load({
      dwellingId: dwelling.id,
      profile: dwelling.matchingProfile,
      first: count,
    });
  }

  @FieldResolver(() => Commission, {
    nullable: true,
    description:
      'The session that has yet to decide for this dwelling, if any: it may go on no other one meanwhile',
  })
  openSession(@Root() dwelling: Dwelling, @Ctx() ctx: HouseholdsContext) {
    return ctx.loaders.openSessionByDwelling.load(dwelling.id);
  }
}
