import { LocalDate } from '@ash/kit';
import type { RuleCode } from '@ash/matching';
import { Directive, Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Dwelling } from '../dwelling/dwelling.entity';
import { Contingent, DwellingStatus, Typology } from '../dwelling/dwelling.enums';

/** The rules of DESIGN.md ("Matching rules"), as @ash/matching names them. */
export enum MatchRule {
  AVAILABILITY = 'AVAILABILITY',
  TYPOLOGY_FOR_SIZE = 'TYPOLOGY_FOR_SIZE',
  WANTED_TYPOLOGY = 'WANTED_TYPOLOGY',
  WANTED_COMMUNE = 'WANTED_COMMUNE',
  EFFORT_RATE = 'EFFORT_RATE',
  MAX_RENT = 'MAX_RENT',
  CONTINGENT = 'CONTINGENT',
  STEP_FREE_ACCESS = 'STEP_FREE_ACCESS',
}
registerEnumType(MatchRule, {
  name: 'MatchRule',
  description: 'A rule a dwelling must pass to match a household',
});

// Fails to compile if the enum and the rules' codes drift apart.
type SameCodes = [RuleCode] extends [`${MatchRule}`]
  ? [`${MatchRule}`] extends [RuleCode]
    ? true
    : false
  : false;
const _sameCodes: SameCodes = true;

@ObjectType({ description: 'A dwelling that matches a household, ranked, with why' })
export class DwellingMatch {
  @Field(() => Dwelling)
  dwelling: Dwelling;

  @Field(() => Int, { description: 'Ranking, 0–100: typology fit, affordability, availability, low rent' })
  score: number;

  @Field(() => [String], { description: 'The rules that make the match, with their figures (in French)' })
  reasons: string[];
}

@ObjectType({ description: 'The verdict of one matching rule for a household and a dwelling' })
export class RuleCheck {
  @Field(() => MatchRule)
  rule: MatchRule;

  @Field()
  passed: boolean;

  @Field({ description: 'Why, with the figures (in French)' })
  detail: string;
}

@ObjectType({ description: 'What proposed settings would change for the households awaiting a dwelling' })
export class MatchingImpact {
  @Field(() => Int, { description: 'Households awaiting a dwelling' })
  householdsConsidered: number;

  @Field(() => Int, {
    description: 'Households with no match now and at least one with the proposed settings',
  })
  householdsGaining: number;

  @Field(() => Int, { description: 'Households with a match now and none with the proposed settings' })
  householdsLosing: number;

  @Field(() => Int, { description: 'Household–dwelling matches now' })
  matchesBefore: number;

  @Field(() => Int, { description: 'Household–dwelling matches with the proposed settings' })
  matchesAfter: number;
}

/**
 * A dwelling as matching sees it, with the rule settings in force: the households subgraph requires
 * it to rank candidates for the dwelling with the same rules and settings as housing.
 */
@ObjectType({ description: 'A dwelling as matching sees it, with the settings of the rules' })
@Directive('@shareable')
export class DwellingMatchingProfile {
  @Field(() => Typology)
  typology: Typology;

  @Field(() => Int)
  rentCents: number;

  @Field(() => Int)
  serviceChargesCents: number;

  @Field(() => Contingent)
  contingent: Contingent;

  @Field(() => Boolean)
  stepFreeAccess: boolean;

  @Field(() => String)
  commune: string;

  @Field(() => DwellingStatus)
  status: DwellingStatus;

  @Field(() => LocalDate, { nullable: true, description: 'Null for a vacant dwelling means now' })
  availableFrom: string | null;

  @Field(() => Boolean)
  lowRent: boolean;

  @Field(() => Float, { description: 'Highest effort rate after housing benefit (0.30 = 30 %)' })
  effortRateCeiling: number;

  @Field(() => Int, { description: 'How far ahead a dwelling may become available, in days' })
  horizonDays: number;

  @Field(() => [[Typology]], { description: 'Typologies that fit each household size, preferred first' })
  typologiesBySize: Typology[][];
}
