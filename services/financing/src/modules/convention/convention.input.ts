import { IsInt, IsOptional, Length, Max, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;
/** Upper bound of any amount (10 million euros), well inside a 32-bit integer of cents. */
export const MAX_CENTS = 1_000_000_000;

@InputType()
export class CreateConventionInput {
  @Field()
  @Length(2, 200)
  programme: string;

  @Field()
  @Length(2, 200)
  name: string;

  @Field({ description: 'Who carries the project (the landlord)' })
  @Length(2, 200)
  holder: string;

  @Field({ description: 'The support association' })
  @Length(2, 200)
  partner: string;

  @Field(() => Int)
  @IsInt()
  @Min(MIN_YEAR)
  @Max(MAX_YEAR)
  startYear: number;

  @Field(() => Int, { description: 'Last year covered, at least startYear' })
  @IsInt()
  @Min(MIN_YEAR)
  @Max(MAX_YEAR)
  endYear: number;

  @Field(() => Int)
  @IsInt()
  @Min(1, { message: 'plannedHouseholdsPerYear must be positive' })
  @Max(100_000)
  plannedHouseholdsPerYear: number;

  @Field(() => Int, { description: 'In cents' })
  @IsInt()
  @Min(1, { message: 'annualCostCents must be positive' })
  @Max(MAX_CENTS)
  annualCostCents: number;
}

@InputType()
export class ConventionFilter {
  @Field(() => Int, { nullable: true, description: 'Only conventions covering this year' })
  @IsOptional()
  @IsInt()
  @Min(MIN_YEAR)
  @Max(MAX_YEAR)
  activeInYear?: number;

  @Field({ nullable: true, description: 'Exact name of the holder' })
  @IsOptional()
  @Length(1, 200)
  holder?: string;
}
