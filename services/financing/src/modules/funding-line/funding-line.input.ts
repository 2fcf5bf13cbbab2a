import { IsInt, IsOptional, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { MAX_CENTS, MAX_YEAR, MIN_YEAR } from '../convention/convention.input';
import { FundingStatus } from './funding-line.enums';

@InputType()
export class AddFundingLineInput {
  @Field(() => ID)
  @IsUUID()
  conventionId: string;

  @Field(() => ID)
  @IsUUID()
  funderId: string;

  @Field(() => Int, { description: "One of the convention's years" })
  @IsInt()
  @Min(MIN_YEAR)
  @Max(MAX_YEAR)
  year: number;

  @Field(() => Int, { description: 'Percent of the annual cost; the shares of a year add up to 100 at most' })
  @IsInt()
  @Min(1, { message: 'sharePercent must be positive' })
  @Max(100)
  sharePercent: number;

  @Field(() => Int)
  @IsInt()
  @Min(0, { message: 'plannedCents cannot be negative' })
  @Max(MAX_CENTS)
  plannedCents: number;

  @Field(() => Int)
  @IsInt()
  @Min(0, { message: 'requestedCents cannot be negative' })
  @Max(MAX_CENTS)
  requestedCents: number;
}

@ArgsType()
export class MoveFundingLineArgs {
  @Field(() => ID)
  id: string;

  @Field(() => FundingStatus)
  to: FundingStatus;

  @Field(() => Int, {
    nullable: true,
    description:
      'GRANTED: the granted amount; PAID: the paid amount (at most the granted one); TO_BE_REVIEWED: optionally, the amount to review; in cents',
  })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'amountCents cannot be negative' })
  @Max(MAX_CENTS)
  amountCents?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  note?: string | null;
}

@ArgsType()
export class ReviseFundingLineArgs {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { nullable: true, description: 'The new requested amount, in cents' })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'requestedCents cannot be negative' })
  @Max(MAX_CENTS)
  requestedCents?: number | null;

  @Field(() => Int, { nullable: true, description: 'The new granted amount, in cents (a GRANTED line only)' })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'grantedCents cannot be negative' })
  @Max(MAX_CENTS)
  grantedCents?: number | null;

  @Field({ description: 'Why the amounts change (kept in the history)' })
  @MaxLength(2000)
  reason: string;
}

@ArgsType()
export class CancelFundingLineArgs {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Why the share will not be funded (kept in the history)' })
  @MaxLength(2000)
  reason: string;
}
