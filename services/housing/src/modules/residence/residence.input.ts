import { IsBoolean, IsOptional, Length, Matches } from 'class-validator';
import { Field, InputType } from 'type-graphql';

@InputType()
export class CreateResidenceInput {
  @Field()
  @Length(2, 120)
  name: string;

  @Field()
  @Length(3, 200)
  address: string;

  @Field()
  @Matches(/^\d{5}$/, { message: 'postalCode must be five digits' })
  postalCode: string;

  @Field()
  @Length(2, 80)
  commune: string;

  @Field()
  @Length(2, 120)
  district: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  priorityDistrict?: boolean;
}

@InputType()
export class ResidenceFilter {
  @Field(() => [String], { nullable: true })
  @IsOptional()
  communes?: string[];

  @Field({ nullable: true })
  @IsOptional()
  priorityDistrict?: boolean;
}
