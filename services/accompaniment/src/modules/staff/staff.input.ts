import { IsOptional, IsUUID, Length, Matches } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { OrganisationKind, StaffRole } from './staff.enums';

@InputType()
export class StaffMemberInput {
  @Field(() => ID, { description: 'The user id their tokens carry' })
  @Matches(/^[A-Za-z0-9._@-]{2,100}$/, { message: 'userId is 2 to 100 letters, digits or ._@-' })
  userId: string;

  @Field()
  @Length(1, 200)
  name: string;

  @Field(() => StaffRole)
  role: StaffRole;

  @Field()
  @Length(1, 200)
  organisation: string;

  @Field({ defaultValue: true })
  active: boolean;

  @Field(() => ID, { nullable: true, description: "The directory's organisation they belong to" })
  @IsOptional()
  @IsUUID()
  organisationId?: string | null;
}

@InputType()
export class OrganisationInput {
  @Field(() => ID, { nullable: true, description: 'To change an organisation; none to add one' })
  @IsOptional()
  @IsUUID()
  id?: string | null;

  @Field()
  @Length(1, 200)
  name: string;

  @Field(() => OrganisationKind)
  kind: OrganisationKind;
}
