import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsInt,
  IsOptional,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { TargetPublic } from '../household/household.enums';
import { MAX_CENTS } from '../household/household.input';
import { ApplicationStatus, Typology } from './application.enums';

@InputType()
export class SubmitApplicationInput {
  @Field(() => ID)
  @IsUUID()
  householdId: string;

  @Field(() => String, { description: 'National registration number (numéro unique)' })
  @Matches(/^[0-9A-Z]{8,24}$/, { message: 'registrationNumber must be 8 to 24 digits or capital letters' })
  registrationNumber: string;

  @Field(() => [Typology])
  @ArrayMinSize(1)
  @ArrayMaxSize(6)
  desiredTypologies: Typology[];

  @Field(() => [String])
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @Length(2, 80, { each: true })
  desiredCommunes: string[];

  @Field(() => Int, { description: 'Highest monthly rent plus charges, in cents' })
  @IsInt()
  @Min(0, { message: 'maxRentCents cannot be negative' })
  @Max(MAX_CENTS)
  maxRentCents: number;
}

@InputType()
export class ApplicationFilter {
  @Field(() => [ApplicationStatus], { nullable: true })
  @IsOptional()
  statuses?: ApplicationStatus[];

  @Field(() => [TargetPublic], { nullable: true, description: "The household's target public" })
  @IsOptional()
  targetPublics?: TargetPublic[];

  @Field(() => [String], { nullable: true, description: 'Wants at least one of these communes' })
  @IsOptional()
  communes?: string[];

  @Field(() => [Typology], { nullable: true, description: 'Wants at least one of these typologies' })
  @IsOptional()
  typologies?: Typology[];

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only stalled applications (see stalledSince); false: none of them',
  })
  @IsOptional()
  @IsBoolean()
  stalled?: boolean | null;
}

export const MAX_NOTE_LENGTH = 2000;

@ArgsType()
export class MoveApplicationArgs {
  @Field(() => ID)
  id: string;

  @Field(() => ApplicationStatus)
  to: ApplicationStatus;

  @Field(() => String, { nullable: true, description: `Why, at most ${MAX_NOTE_LENGTH} characters` })
  @IsOptional()
  @MaxLength(MAX_NOTE_LENGTH)
  note?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The version you read: the move is refused (CONFLICT) if the application changed since',
  })
  @IsOptional()
  @IsInt()
  version?: number | null;
}
