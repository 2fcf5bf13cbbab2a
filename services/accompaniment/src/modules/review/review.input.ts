import { LocalDate } from '@ash/kit';
import { ArrayMaxSize, IsInt, IsISO8601, IsUUID, Length, Max, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';

@InputType()
export class GoalProgressInput {
  @Field({ description: 'The goal, as the diagnostic names it' })
  @Length(1, 200)
  goal: string;

  @Field(() => Int, { description: '0 to 100 %' })
  @IsInt()
  @Min(0)
  @Max(100)
  progress: number;
}

@InputType({ description: 'An intermediate review (bilan intermédiaire) of an accompaniment' })
export class RecordReviewInput {
  @Field(() => ID)
  @IsUUID()
  accompanimentId: string;

  @Field(() => LocalDate, { description: 'Not in the future, within the accompaniment' })
  @IsISO8601({ strict: true })
  date: string;

  @Field()
  @Length(1, 5000)
  summary: string;

  @Field(() => [GoalProgressInput], { defaultValue: [], description: 'Each goal at most once' })
  @ArrayMaxSize(20)
  @ValidateNested()
  goalProgress: GoalProgressInput[];
}
