import { AuditedEntity, LocalDate } from '@ash/kit';
import { Check, Entity, Enum, Index, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { Convention } from '../convention/convention.entity';
import { Funder } from '../funder/funder.entity';
import { FundingLineChangeKind, FundingStatus } from './funding-line.enums';

@ObjectType({
  description:
    "A funder's share of a convention for one year: requested (or to be reviewed), granted, paid; or cancelled",
})
@Directive('@key(fields: "id")')
@Entity({ tableName: 'funding_line' })
// The unique (convention, funder, year) also serves lookups by convention.
@Unique({ name: 'funding_line_convention_funder_year_unique', properties: ['convention', 'funder', 'year'] })
@Index({ properties: ['funder'] })
@Check({ name: 'funding_line_year_in_range', expression: 'year >= 2000 and year <= 2100' })
@Check({ name: 'funding_line_share_range', expression: 'share_percent > 0 and share_percent <= 100' })
@Check({
  name: 'funding_line_amounts_non_negative',
  expression:
    'planned_cents >= 0 and requested_cents >= 0 and (granted_cents is null or granted_cents >= 0) and (paid_cents is null or paid_cents >= 0)',
})
@Check({
  name: 'funding_line_granted_has_amount',
  expression:
    "status = 'REQUESTED' or status = 'TO_BE_REVIEWED' or status = 'CANCELLED' or (granted_cents is not null and granted_at is not null)",
})
@Check({
  name: 'funding_line_paid_has_amount',
  expression: "status <> 'PAID' or (paid_cents is not null and paid_at is not null)",
})
@Check({
  name: 'funding_line_paid_within_granted',
  expression: 'paid_cents is null or (granted_cents is not null and paid_cents <= granted_cents)',
})
@Check({
  name: 'funding_line_dates_in_order',
  expression:
    '(granted_at is null or granted_at >= requested_at) and (paid_at is null or (granted_at is not null and paid_at >= granted_at))',
})
export class FundingLine extends AuditedEntity {
  @ManyToOne(() => Convention, { ref: true, deleteRule: 'restrict' })
  convention: Ref<Convention>;

  @ManyToOne(() => Funder, { ref: true, deleteRule: 'restrict' })
  funder: Ref<Funder>;

  @Field(() => Int, { description: "One of the convention's years" })
  @Property({ type: 'integer' })
  year: number;

  @Field(() => Int, { description: "Share of the convention's annual cost, in percent (1 to 100)" })
  @Property({ type: 'integer' })
  sharePercent: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  plannedCents: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  requestedCents: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Set when GRANTED (kept when a granted line is cancelled)',
  })
  @Property({ type: 'integer', nullable: true })
  grantedCents: number | null = null;

  @Field(() => Int, { nullable: true, description: 'Set when PAID; at most grantedCents' })
  @Property({ type: 'integer', nullable: true })
  paidCents: number | null = null;

  @Field(() => FundingStatus)
  @Enum({ items: () => FundingStatus })
  status: FundingStatus = FundingStatus.REQUESTED;

  @Field(() => LocalDate)
  @Property({ type: 'date' })
  requestedAt: string;

  @Field(() => LocalDate, { nullable: true })
  @Property({ type: 'date', nullable: true })
  grantedAt: string | null = null;

  @Field(() => LocalDate, { nullable: true })
  @Property({ type: 'date', nullable: true })
  paidAt: string | null = null;
}

@ObjectType({ description: 'One status move of a funding line: from, to, when, by whom, why' })
@Entity({ tableName: 'funding_line_transition' })
@Index({ properties: ['fundingLine', 'at'] })
export class FundingLineTransition extends AuditedEntity {
  @ManyToOne(() => FundingLine, { ref: true, deleteRule: 'cascade' })
  fundingLine: Ref<FundingLine>;

  @Field(() => FundingStatus)
  @Enum({ items: () => FundingStatus, fieldName: 'from_status' })
  from: FundingStatus;

  @Field(() => FundingStatus)
  @Enum({ items: () => FundingStatus, fieldName: 'to_status' })
  to: FundingStatus;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  at: Date;

  @Field({ description: 'User id of who made the move' })
  @Property({ type: 'text' })
  by: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;
}

/**
 * One change of a funding line, as its history shows it: a status move, a revision of its amounts or
 * its cancellation, with who, when, why, and the amounts and status before and after.
 */
@ObjectType({
  description: 'One change of a funding line: who, when, why, and its amounts and status before → after',
})
@Entity({ tableName: 'funding_line_change' })
@Index({ properties: ['fundingLine', 'at'] })
@Check({
  name: 'funding_line_change_amounts_non_negative',
  expression:
    'requested_cents_before >= 0 and requested_cents_after >= 0 and (granted_cents_before is null or granted_cents_before >= 0) and (granted_cents_after is null or granted_cents_after >= 0) and (paid_cents_before is null or paid_cents_before >= 0) and (paid_cents_after is null or paid_cents_after >= 0)',
})
@Check({
  name: 'funding_line_change_reason_not_blank',
  expression: "reason is null or reason ~ '\\S'",
})
export class FundingLineChange extends AuditedEntity {
  @ManyToOne(() => FundingLine, { ref: true, deleteRule: 'cascade' })
  fundingLine: Ref<FundingLine>;

  @Field(() => FundingLineChangeKind)
  @Enum({ items: () => FundingLineChangeKind })
  kind: FundingLineChangeKind;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  at: Date;

  @Field({ description: 'User id of who made the change' })
  @Property({ type: 'text' })
  by: string;

  @Field(() => String, { nullable: true, description: 'Why (required to revise or cancel; a move’s note)' })
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  @Field(() => FundingStatus)
  @Enum({ items: () => FundingStatus })
  statusBefore: FundingStatus;

  @Field(() => FundingStatus)
  @Enum({ items: () => FundingStatus })
  statusAfter: FundingStatus;

  @Field(() => Int, { description: 'In cents' })
  @Property({ type: 'integer' })
  requestedCentsBefore: number;

  @Field(() => Int, { description: 'In cents' })
  @Property({ type: 'integer' })
  requestedCentsAfter: number;

  @Field(() => Int, { nullable: true, description: 'In cents' })
  @Property({ type: 'integer', nullable: true })
  grantedCentsBefore: number | null = null;

  @Field(() => Int, { nullable: true, description: 'In cents' })
  @Property({ type: 'integer', nullable: true })
  grantedCentsAfter: number | null = null;

  @Field(() => Int, { nullable: true, description: 'In cents' })
  @Property({ type: 'integer', nullable: true })
  paidCentsBefore: number | null = null;

  @Field(() => Int, { nullable: true, description: 'In cents' })
  @Property({ type: 'integer', nullable: true })
  paidCentsAfter: number | null = null;
}
