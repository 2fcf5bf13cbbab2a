import { LocalDate } from '@ash/kit';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsISO8601,
  IsOptional,
  IsUUID,
  Length,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

@InputType()
export class CommitteeDecisionInput {
  @Field(() => ID, {
    nullable: true,
    description: 'The accompaniment it is about; none for a general decision',
  })
  @IsOptional()
  @IsUUID()
  accompanimentId?: string | null;

  @Field()
  @Length(1, 2000)
  decision: string;
}

@InputType({ description: 'A follow-up committee (comité de suivi) and its decisions' })
export class RecordFollowUpCommitteeInput {
  @Field(() => LocalDate, { description: 'Not in the future' })
  @IsISO8601({ strict: true })
  date: string;

  @Field(() => [String], { description: 'Who took part (organisations or functions), at least one' })
  @ArrayNotEmpty()
  @ArrayMaxSize(50)
  @Length(1, 200, { each: true })
  participants: string[];

  @Field(() => [CommitteeDecisionInput], { defaultValue: [] })
  @ArrayMaxSize(100)
  @ValidateNested()
  decisions: CommitteeDecisionInput[];
}
