import { LocalDate } from '@ash/kit';
import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Application } from '../application/application.entity';
import { Typology } from '../application/application.enums';
import { Contingent, DwellingStatus } from './dwelling.enums';

/**
 * What matching needs to know of a dwelling, with the matching settings in force; housing owns and
 * computes it, households requires it for `Dwelling.candidates`.
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

/** The fields `Dwelling.candidates` requires from housing. */
export const MATCHING_PROFILE_FIELDS =
  'matchingProfile { typology rentCents serviceChargesCents contingent stepFreeAccess commune status availableFrom lowRent effortRateCeiling horizonDays typologiesBySize }';

/** The housing subgraph owns Dwelling; households points at it by id and ranks its candidates. */
@ObjectType()
@Directive('@key(fields: "id")')
export class Dwelling {
  @Field(() => ID)
  id: string;

  @Field(() => DwellingMatchingProfile, { nullable: true })
  @Directive('@external')
  matchingProfile?: DwellingMatchingProfile | null;
}

@ObjectType({ description: 'An application matching a dwelling by every rule, with its ranking and why' })
export class CandidateMatch {
  @Field(() => Application)
  application: Application;

  @Field(() => Int, { description: '0 to 100, higher first' })
  score: number;

  @Field(() => [String], { description: 'The rules that made the match, in French, with their figures' })
  reasons: string[];
}

/** The representation keeps what `@requires` brought (the matching profile). */
export const dwellingReference = {
  __resolveReference: (ref: Pick<Dwelling, 'id' | 'matchingProfile'>): Dwelling => ({
    id: ref.id,
    matchingProfile: ref.matchingProfile ?? null,
  }),
};
