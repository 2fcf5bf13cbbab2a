import { LocalDate } from '@ash/kit';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
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
import { PersonRole, TargetPublic } from './household.enums';

export const MAX_CENTS = 1_000_000_00;

@InputType()
export class PersonInput {
  @Field(() => String)
  @Length(1, 80)
  firstName: string;

  @Field(() => String)
  @Length(1, 80)
  lastName: string;

  @Field(() => LocalDate, { description: 'Not in the future' })
  @IsISO8601({ strict: true })
  birthDate: string;

  @Field(() => PersonRole)
  role: PersonRole;
}

@InputType({ description: 'A member in a new composition: with the id of a current member to change them' })
export class MemberInput extends PersonInput {
  @Field(() => ID, { nullable: true, description: 'A current member of the household; none: a new member' })
  @IsOptional()
  @IsUUID()
  id?: string | null;
}

@InputType()
export class RegisterHouseholdInput {
  @Field(() => String)
  @Length(1, 40)
  reference: string;

  @Field(() => [PersonInput], { description: 'At least one ADULT' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  members: PersonInput[];

  @Field(() => Boolean, { nullable: true, description: 'Default false' })
  @IsOptional()
  @IsBoolean()
  singleParent?: boolean;

  @Field(() => Int)
  @IsInt()
  @Min(0, { message: 'monthlyResourcesCents cannot be negative' })
  @Max(MAX_CENTS)
  monthlyResourcesCents: number;

  @Field(() => Int, { nullable: true, description: 'Default 0' })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'housingBenefitCents cannot be negative' })
  @Max(MAX_CENTS)
  housingBenefitCents?: number;

  @Field(() => TargetPublic, { nullable: true })
  @IsOptional()
  targetPublic?: TargetPublic | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  dalo?: boolean;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  collectiveAgreement?: boolean;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  pdalpd?: boolean;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  stepFreeAccessNeed?: boolean;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'Consent to share data with the association',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  consentToShareDate?: string | null;
}

@InputType({
  description: 'Only the fields given change; null on targetPublic or consentToShareDate clears it',
})
export class UpdateHouseholdInput {
  @Field(() => Int, {
    description: 'The version of the household you read: a change to one changed since is refused (CONFLICT)',
  })
  @IsInt()
  version: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'monthlyResourcesCents cannot be negative' })
  @Max(MAX_CENTS)
  monthlyResourcesCents?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'housingBenefitCents cannot be negative' })
  @Max(MAX_CENTS)
  housingBenefitCents?: number | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  singleParent?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  dalo?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  collectiveAgreement?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  pdalpd?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  stepFreeAccessNeed?: boolean | null;

  @Field(() => TargetPublic, { nullable: true, description: 'null: no longer a target public' })
  @IsOptional()
  targetPublic?: TargetPublic | null;

  @Field(() => LocalDate, { nullable: true, description: 'null withdraws the consent' })
  @IsOptional()
  @IsISO8601({ strict: true })
  consentToShareDate?: string | null;

  @Field(() => [MemberInput], {
    nullable: true,
    description:
      'The whole composition: a member given with their id is changed, one without is added, a current member left out is removed; at least one ADULT',
  })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  members?: MemberInput[] | null;
}

@InputType()
export class HouseholdFilter {
  @Field(() => [TargetPublic], { nullable: true })
  @IsOptional()
  targetPublics?: TargetPublic[];

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  singleParent?: boolean;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  dalo?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Has an application neither moved in nor withdrawn' })
  @IsOptional()
  hasOpenApplication?: boolean;
}
