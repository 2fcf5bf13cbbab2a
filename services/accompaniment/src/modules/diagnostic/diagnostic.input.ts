import { LocalDate } from '@ash/kit';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsInt,
  IsISO8601,
  IsOptional,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { SupportArea } from './diagnostic.enums';

@InputType()
export class DiagnosticAreaInput {
  @Field(() => SupportArea)
  area: SupportArea;

  @Field()
  @Length(1, 2000)
  needs: string;
}

@InputType()
export class DiagnosticGoalInput {
  @Field()
  @Length(1, 200)
  label: string;

  @Field(() => Int, { nullable: true, description: '0 to 100 (default 0)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  progress?: number;
}

@InputType()
export class RecordDiagnosticInput {
  @Field(() => ID)
  @IsUUID()
  accompanimentId: string;

  @Field(() => LocalDate, { description: 'Not in the future' })
  @IsISO8601({ strict: true })
  date: string;

  @Field(() => [DiagnosticAreaInput], { description: 'At least one area, each at most once' })
  @ArrayNotEmpty()
  @ArrayMaxSize(Object.keys(SupportArea).length)
  @ValidateNested()
  areas: DiagnosticAreaInput[];

  @Field(() => [DiagnosticGoalInput], { defaultValue: [] })
  @ArrayMaxSize(20)
  @ValidateNested()
  goals: DiagnosticGoalInput[];
}
