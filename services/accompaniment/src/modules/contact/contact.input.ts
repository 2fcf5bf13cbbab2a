import { LocalDate } from '@ash/kit';
import { IsISO8601, IsOptional, IsUUID, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { ContactConfiguration, ContactKind, ContactOutcome, ContactPlace, TimeSlot } from './contact.enums';

@InputType()
export class RecordContactInput {
  @Field(() => ID)
  @IsUUID()
  accompanimentId: string;

  @Field(() => LocalDate, { description: 'Not in the future, within the accompaniment' })
  @IsISO8601({ strict: true })
  date: string;

  @Field(() => ContactKind)
  kind: ContactKind;

  @Field(() => ContactConfiguration)
  configuration: ContactConfiguration;

  @Field(() => TimeSlot)
  timeSlot: TimeSlot;

  @Field(() => ContactPlace)
  place: ContactPlace;

  @Field(() => ContactOutcome)
  outcome: ContactOutcome;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 2000)
  note?: string | null;
}
