import { LocalDate } from '@ash/kit';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsInt,
  IsISO8601,
  IsOptional,
  IsUUID,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { CommissionDecision, DecisionReason } from './commission.enums';

/** The law expects three candidates per dwelling, fewer only when demand is insufficient. */
export const CANDIDATES_PER_DWELLING = 3;

@InputType()
export class CreateCommissionInput {
  @Field(() => LocalDate, { description: 'Today or later' })
  @IsISO8601({ strict: true })
  sessionDate: string;
}

@InputType()
export class CandidateInput {
  @Field(() => ID, { description: 'An application READY_FOR_COMMISSION' })
  @IsUUID()
  applicationId: string;

  @Field(() => Int, { description: '1 is the first candidate' })
  @IsInt()
  @Min(1)
  @Max(CANDIDATES_PER_DWELLING)
  rank: number;
}

@InputType()
export class PlaceDwellingOnCommissionInput {
  @Field(() => ID)
  @IsUUID()
  commissionId: string;

  @Field(() => ID, { description: 'A dwelling of the housing subgraph' })
  @IsUUID()
  dwellingId: string;

  @Field(() => [CandidateInput], {
    description: `Exactly ${CANDIDATES_PER_DWELLING}, ranked 1 to ${CANDIDATES_PER_DWELLING}; fewer only with insufficientDemand`,
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(CANDIDATES_PER_DWELLING)
  @ValidateNested({ each: true })
  candidates: CandidateInput[];

  @Field(() => Boolean, {
    nullable: true,
    description: `Fewer than ${CANDIDATES_PER_DWELLING} candidates because demand is insufficient (default false)`,
  })
  @IsOptional()
  @IsBoolean()
  insufficientDemand?: boolean | null;
}

@InputType()
export class RecordCommissionDecisionInput {
  @Field(() => ID)
  @IsUUID()
  commissionId: string;

  @Field(() => ID)
  @IsUUID()
  dwellingId: string;

  @Field(() => ID, { description: 'A candidate placed on this dwelling at this session' })
  @IsUUID()
  applicationId: string;

  @Field(() => CommissionDecision)
  decision: CommissionDecision;

  @Field(() => DecisionReason, { description: 'Must fit the decision' })
  reason: DecisionReason;
}
