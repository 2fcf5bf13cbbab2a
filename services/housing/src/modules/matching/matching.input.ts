import { IsArray, IsInt, IsNumber } from 'class-validator';
import { Field, Float, InputType, Int } from 'type-graphql';
import { Typology } from '../dwelling/dwelling.enums';

/** Proposed settings of the matching rules; `settingsProblems` (@ash/matching) has the last word. */
@InputType()
export class MatchingSettingsInput {
  @Field(() => Float, { description: 'Highest effort rate after housing benefit, above 0 and at most 1' })
  @IsNumber()
  effortRateCeiling: number;

  @Field(() => Int, { description: 'How far ahead a dwelling may become available, 0–730 days' })
  @IsInt()
  horizonDays: number;

  @Field(() => [[Typology]], {
    description: 'For each household size (1, 2, …, up to 10), the typologies that fit, preferred first',
  })
  @IsArray()
  typologiesBySize: Typology[][];
}
