import { LocalDate } from '@ash/kit';
import { IsBoolean, IsInt, IsISO8601, IsNumber, IsOptional, IsUUID, Length, Max, Min } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { Contingent, DwellingStatus, FinancingCategory, Typology } from './dwelling.enums';

const MAX_CENTS = 1_000_000_00;

@InputType()
export class CreateDwellingInput {
  @Field()
  @Length(1, 40)
  reference: string;

  @Field(() => ID)
  @IsUUID()
  residenceId: string;

  @Field(() => Typology)
  typology: Typology;

  @Field(() => Float)
  @IsNumber()
  @Min(5)
  @Max(500)
  surfaceSqm: number;

  @Field(() => Int)
  @IsInt()
  @Min(-3)
  @Max(80)
  floor: number;

  @Field()
  @IsBoolean()
  hasLift: boolean;

  @Field()
  @IsBoolean()
  stepFreeAccess: boolean;

  @Field(() => Int)
  @IsInt()
  @Min(0, { message: 'rentCents cannot be negative' })
  @Max(MAX_CENTS)
  rentCents: number;

  @Field(() => Int)
  @IsInt()
  @Min(0, { message: 'serviceChargesCents cannot be negative' })
  @Max(MAX_CENTS)
  serviceChargesCents: number;

  @Field()
  @IsBoolean()
  chargesIncludeColdWater: boolean;

  @Field()
  @IsBoolean()
  chargesIncludeHeating: boolean;

  @Field(() => FinancingCategory)
  financingCategory: FinancingCategory;

  @Field()
  @IsBoolean()
  lowRent: boolean;

  @Field(() => Contingent)
  contingent: Contingent;

  @Field(() => DwellingStatus, { nullable: true, description: 'Default VACANT' })
  @IsOptional()
  status?: DwellingStatus;

  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true })
  availableFrom?: string;
}

@InputType({ description: 'Only the fields given change' })
export class UpdateDwellingInput {
  @Field(() => Int, {
    description: 'The version of the dwelling you read: a change to one changed since is refused (CONFLICT)',
  })
  @IsInt()
  version: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'rentCents cannot be negative' })
  @Max(MAX_CENTS)
  rentCents?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'serviceChargesCents cannot be negative' })
  @Max(MAX_CENTS)
  serviceChargesCents?: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  chargesIncludeColdWater?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  chargesIncludeHeating?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  lowRent?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  stepFreeAccess?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  hasLift?: boolean;

  @Field(() => Contingent, { nullable: true })
  @IsOptional()
  contingent?: Contingent;

  @Field(() => DwellingStatus, { nullable: true, description: 'Checked against the allowed status moves' })
  @IsOptional()
  status?: DwellingStatus;

  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true })
  availableFrom?: string;
}

@InputType()
export class DwellingFilter {
  @Field(() => [DwellingStatus], { nullable: true })
  @IsOptional()
  statuses?: DwellingStatus[];

  @Field(() => [Typology], { nullable: true })
  @IsOptional()
  typologies?: Typology[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  communes?: string[];

  @Field(() => [Contingent], { nullable: true })
  @IsOptional()
  contingents?: Contingent[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  residenceId?: string;

  @Field({ nullable: true })
  @IsOptional()
  stepFreeAccess?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  lowRent?: boolean;

  @Field(() => Int, { nullable: true, description: 'Rent plus service charges at most this, in cents' })
  @IsOptional()
  @IsInt()
  @Min(0)
  maxTotalRentCents?: number;
}
