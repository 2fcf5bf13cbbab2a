import { LocalDate } from '@ash/kit';
import { IsBoolean, IsISO8601, IsOptional, IsUUID, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { LeaseKind } from './lease.entity';

@InputType({ description: 'A lease signed for a dwelling the commission allocated' })
export class SignLeaseInput {
  @Field(() => ID)
  @IsUUID()
  dwellingId: string;

  @Field(() => ID)
  @IsUUID()
  householdId: string;

  @Field(() => LocalDate)
  @IsISO8601({ strict: true })
  startDate: string;

  @Field(() => LeaseKind)
  kind: LeaseKind;

  @Field(() => String, { nullable: true, description: 'SLIDING: the association that holds the lease first' })
  @IsOptional()
  @Length(2, 200)
  intermediaryAssociation?: string | null;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'SLIDING: when the lease passes to the household',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  plannedHandoverDate?: string | null;
}

@InputType({ description: "The move-in inspection (état des lieux d'entrée) and who attended it" })
export class RecordMoveInInspectionInput {
  @Field(() => ID)
  @IsUUID()
  leaseId: string;

  @Field(() => LocalDate)
  @IsISO8601({ strict: true })
  date: string;

  @Field()
  @IsBoolean()
  socialManagerPresent: boolean;

  @Field()
  @IsBoolean()
  supportWorkerPresent: boolean;
}
