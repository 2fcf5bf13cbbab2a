import { Arg, Ctx, Directive, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { HousingContext } from '../../context';
import { Household, NEEDS_SELECTION } from '../household/household.reference';
import { MatchingSettingsInput } from './matching.input';
import { MatchingService } from './matching.service';
import { DwellingMatch, MatchingImpact, RuleCheck } from './matching.types';
import { MatchingSettings, MatchingSettingsChange } from './matching-settings.entity';

@Resolver(() => MatchingSettings)
export class MatchingSettingsResolver {
  @Query(() => MatchingSettings, { description: 'The current settings of the matching rules' })
  matchingSettings(@Ctx() ctx: HousingContext) {
    return new MatchingService(ctx).settings(ctx.actor);
  }

  @FieldResolver(() => [MatchingSettingsChange], { description: 'The latest changes, newest first' })
  history(
    @Ctx() ctx: HousingContext,
    @Arg('first', () => Int, { defaultValue: 10, description: 'At most 100' }) first: number,
  ) {
    return new MatchingService(ctx).history(ctx.actor, first);
  }

  @Mutation(() => MatchingSettings, {
    description: 'Social management changes the rules; the change is kept',
  })
  updateMatchingSettings(
    @Ctx() ctx: HousingContext,
    @Arg('input', () => MatchingSettingsInput) input: MatchingSettingsInput,
    @Arg('note', () => String, { nullable: true }) note?: string | null,
  ) {
    return new MatchingService(ctx).updateSettings(ctx.actor, input, note);
  }

  @Query(() => MatchingImpact, {
    description: 'How proposed settings would change the matches of the households awaiting a dwelling',
  })
  matchingImpact(
    @Ctx() ctx: HousingContext,
    @Arg('settings', () => MatchingSettingsInput) settings: MatchingSettingsInput,
  ) {
    return new MatchingService(ctx).impact(ctx.actor, settings);
  }
}

// Both nullable: an integrator may read the household (households:read) without housing:read, and
// an unknown dwelling is NOT_FOUND; either nulls the field, not the household nor its list.
@Resolver(() => Household)
export class HouseholdMatchingResolver {
  @FieldResolver(() => [DwellingMatch], {
    nullable: true,
    description:
      'Best matching vacant or soon vacant dwellings, best first (empty without an open application)',
  })
  @Directive(`@requires(fields: "${NEEDS_SELECTION}")`)
  matchingDwellings(
    @Root() household: Household,
    @Ctx() ctx: HousingContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 3, description: '1 to 20' }) first?:
      | number
      | null,
  ) {
    return new MatchingService(ctx).matchingDwellings(ctx.actor, household, first ?? 3);
  }

  @FieldResolver(() => [RuleCheck], {
    nullable: true,
    description: 'Every matching rule for one dwelling, passed or not, with the figures',
  })
  @Directive(`@requires(fields: "${NEEDS_SELECTION}")`)
  matchCheck(
    @Root() household: Household,
    @Ctx() ctx: HousingContext,
    @Arg('dwellingId', () => ID) dwellingId: string,
  ) {
    return new MatchingService(ctx).matchCheck(ctx.actor, household, dwellingId);
  }
}
