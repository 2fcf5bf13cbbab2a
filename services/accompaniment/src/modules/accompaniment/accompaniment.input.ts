import { LocalDate } from '@ash/kit';
import { IsISO8601, IsOptional, IsUUID, Length, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { AccompanimentKind, AccompanimentOutcome, AccompanimentPhase } from './accompaniment.enums';

@InputType()
export class OpenAccompanimentInput {
  @Field(() => ID)
  @IsUUID()
  householdId: string;

  @Field(() => AccompanimentKind, {
    description: 'ACCESS starts in PRE_ALLOCATION, TENANCY_SUSTAINMENT in FOLLOW_UP',
  })
  kind: AccompanimentKind;

  @Field({ description: "User id of the association's support worker" })
  @Length(1, 100)
  supportWorkerId: string;

  @Field({ description: "User id of the landlord's social referent" })
  @Length(1, 100)
  socialReferentId: string;

  @Field(() => LocalDate)
  @IsISO8601({ strict: true })
  startDate: string;

  @Field(() => ID, { description: 'The convention that funds the accompaniment' })
  @IsUUID()
  conventionId: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Why social management opens it although the convention already funds as many households as it plans (its capacity); without it, opening over capacity is a CONFLICT',
  })
  @IsOptional()
  @MaxLength(2000)
  capacityOverrideReason?: string | null;
}

@InputType()
export class AccompanimentFilter {
  @Field(() => [AccompanimentPhase], { nullable: true })
  @IsOptional()
  phases?: AccompanimentPhase[];

  @Field(() => [AccompanimentKind], { nullable: true })
  @IsOptional()
  kinds?: AccompanimentKind[];

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 100)
  supportWorkerId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  householdId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  conventionId?: string;
}

@ArgsType()
export class MoveAccompanimentArgs {
  @Field(() => ID)
  id: string;

  @Field(() => AccompanimentPhase)
  to: AccompanimentPhase;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  note?: string | null;

  @Field(() => String, { nullable: true, description: 'Required to end' })
  @IsOptional()
  @MaxLength(500)
  endReason?: string | null;

  @Field(() => AccompanimentOutcome, { nullable: true, description: 'Required to end' })
  @IsOptional()
  outcome?: AccompanimentOutcome | null;
}
