import { LocalDate } from '@ash/kit';
import { IsInt, IsUUID, Matches, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';

/** The most a month of rent and charges may be, in cents (a bound against typing errors). */
export const MAX_MONTH_CENTS = 10_000_000;

@InputType({ description: 'What was charged and paid for one month of a lease' })
export class RecordRentPaymentInput {
  @Field(() => ID)
  @IsUUID()
  leaseId: string;

  @Field(() => LocalDate, { description: 'First day of the month (YYYY-MM-01)' })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])-01$/, { message: 'month is the first day of a month (YYYY-MM-01)' })
  month: string;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(MAX_MONTH_CENTS)
  chargedCents: number;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(MAX_MONTH_CENTS)
  paidCents: number;
}
