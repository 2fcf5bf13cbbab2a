import {
  ArrayMaxSize,
  ArrayNotEmpty,
  ArrayUnique,
  IsDate,
  IsInt,
  IsOptional,
  IsUUID,
  Length,
  MaxLength,
} from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { AlertSign, AlertSource, AlertStatus } from './alert.enums';

@InputType()
export class RaiseAlertInput {
  @Field(() => ID)
  @IsUUID()
  householdId: string;

  @Field(() => ID, { nullable: true, description: 'The accompaniment it concerns, if the household has one' })
  @IsOptional()
  @IsUUID()
  accompanimentId?: string;

  @Field(() => AlertSource)
  source: AlertSource;

  @Field(() => [AlertSign], { description: 'At least one sign' })
  @ArrayNotEmpty()
  @ArrayUnique()
  @ArrayMaxSize(Object.keys(AlertSign).length)
  signs: AlertSign[];

  @Field()
  @Length(1, 4000)
  description: string;

  @Field(() => Date, {
    nullable: true,
    description: 'When it was signalled (default now); not in the future',
  })
  @IsOptional()
  @IsDate()
  raisedAt?: Date;
}

@InputType()
export class AlertFilter {
  @Field(() => [AlertStatus], { nullable: true })
  @IsOptional()
  statuses?: AlertStatus[];

  @Field(() => [AlertSource], { nullable: true })
  @IsOptional()
  sources?: AlertSource[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  householdId?: string;

  @Field({ nullable: true, description: 'true: still NEW after the triage deadline; false: the others' })
  @IsOptional()
  overdue?: boolean;
}

@ArgsType()
export class MoveAlertArgs {
  @Field(() => ID)
  id: string;

  @Field(() => AlertStatus)
  to: AlertStatus;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  note?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The version you read: the move is refused (CONFLICT) if the alert changed since',
  })
  @IsOptional()
  @IsInt()
  version?: number | null;
}
