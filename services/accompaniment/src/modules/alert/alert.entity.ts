import { AGENCY_TIME_ZONE, AuditedEntity, LocalDate } from '@ash/kit';
import { Check, Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { Accompaniment } from '../accompaniment/accompaniment.entity';
import { AlertSign, AlertSource, AlertStatus } from './alert.enums';
import { MAX_TRIAGE_CALENDAR_DAYS } from './triage';

const SIGNS = Object.values(AlertSign)
  .map((sign) => `'${sign}'`)
  .join(', ');

@ObjectType({ description: 'A signal that a household needs attention (signalement)' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'alert' })
@Index({ properties: ['householdId', 'status'] })
@Index({ properties: ['accompaniment'] })
@Index({ properties: ['status', 'triageDeadline'] })
@Index({ properties: ['source', 'raisedAt'] })
@Index({ properties: ['raisedAt'] })
@Check({
  name: 'alert_signs_known_and_present',
  expression: `cardinality(signs) >= 1 and signs <@ array[${SIGNS}]::text[]`,
})
// One to twenty working days (per source, ACCOMPANIMENT_TRIAGE_DAYS) after the local day it was raised.
@Check({
  name: 'alert_triage_deadline_after_raised',
  expression: `triage_deadline >= (raised_at at time zone '${AGENCY_TIME_ZONE}')::date + 1 and triage_deadline <= (raised_at at time zone '${AGENCY_TIME_ZONE}')::date + ${MAX_TRIAGE_CALENDAR_DAYS}`,
})
@Check({
  name: 'alert_arrears_figures',
  expression:
    '(arrears_months is null) = (arrears_cents is null) and (arrears_months is null or (arrears_months >= 0 and arrears_cents >= 0))',
})
@Check({ name: 'alert_description_present', expression: "btrim(description) <> ''" })
export class Alert extends AuditedEntity {
  /** The household (owned by the households subgraph), by reference only. */
  @Property({ type: 'uuid' })
  householdId: string;

  @ManyToOne(() => Accompaniment, { ref: true, nullable: true, deleteRule: 'restrict' })
  accompaniment: Ref<Accompaniment> | null = null;

  @Field(() => AlertSource)
  @Enum({ items: () => AlertSource })
  source: AlertSource;

  // Nullable: only who may read the alert's details gets them (see src/policy.ts).
  @Field(() => [AlertSign], { nullable: true })
  @Enum({ items: () => AlertSign, array: true })
  signs: AlertSign[];

  @Field(() => String, { nullable: true })
  @Property({ type: 'text' })
  description: string;

  @Field(() => AlertStatus)
  @Enum({ items: () => AlertStatus })
  status: AlertStatus;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  raisedAt: Date;

  @Field(() => Int, {
    nullable: true,
    description: 'ARREARS alerts raised from the rent account: months of arrears when raised',
  })
  @Property({ type: 'integer', nullable: true })
  arrearsMonths: number | null = null;

  @Field(() => Int, {
    nullable: true,
    description: 'ARREARS alerts raised from the rent account: the unpaid balance when raised, in cents',
  })
  @Property({ type: 'integer', nullable: true })
  arrearsCents: number | null = null;

  @Field(() => LocalDate, {
    description: 'Working days (Monday to Friday) after it was raised, per source (five by default)',
  })
  @Property({ type: 'date' })
  triageDeadline: string;
}

@ObjectType({ description: 'One move of an alert from a status to the next' })
@Entity({ tableName: 'alert_transition' })
@Index({ properties: ['alert', 'at'] })
export class AlertTransition extends AuditedEntity {
  @ManyToOne(() => Alert, { ref: true, deleteRule: 'cascade' })
  alert: Ref<Alert>;

  @Field(() => AlertStatus, { nullable: true, description: 'Null when the alert was raised' })
  @Enum({ items: () => AlertStatus, nullable: true, fieldName: 'from_status' })
  from: AlertStatus | null = null;

  @Field(() => AlertStatus)
  @Enum({ items: () => AlertStatus, fieldName: 'to_status' })
  to: AlertStatus;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  at: Date;

  @Field({ description: 'User id of who made the move' })
  @Property({ type: 'text', fieldName: 'moved_by' })
  by: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;
}
