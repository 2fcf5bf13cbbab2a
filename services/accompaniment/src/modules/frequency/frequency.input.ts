import { IsInt, Length, Max, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';

@InputType()
export class ContactScheduleInput {
  @Field(() => Int, { description: '0 to 14' })
  @IsInt()
  @Min(0)
  @Max(14)
  integrationContactsPerWeek: number;

  @Field(() => Int, { description: '0 to 52' })
  @IsInt()
  @Min(0)
  @Max(52)
  integrationWeeks: number;

  @Field(() => Int, { description: '0 to 31' })
  @IsInt()
  @Min(0)
  @Max(31)
  monthlyInPersonMeetings: number;

  @Field({ description: 'Why the schedule changes' })
  @Length(1, 500)
  reason: string;
}
