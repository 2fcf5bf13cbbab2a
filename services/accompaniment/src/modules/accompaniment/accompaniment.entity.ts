import { AuditedEntity, LocalDate } from '@ash/kit';
import { Check, Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { AccompanimentKind, AccompanimentOutcome, AccompanimentPhase } from './accompaniment.enums';

@ObjectType({ description: 'The support of one household by the association and social management' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'accompaniment' })
@Index({ properties: ['householdId'] })
@Index({ properties: ['supportWorkerId', 'startDate'] })
@Index({ properties: ['conventionId', 'startDate'] })
@Index({ properties: ['phase', 'startDate'] })
@Index({ properties: ['kind', 'startDate'] })
@Index({ properties: ['startDate'] })
// A household has at most one running accompaniment.
@Index({
  name: 'accompaniment_one_running_per_household',
  expression:
    'create unique index "accompaniment_one_running_per_household" on "accompaniment"."accompaniment" ("household_id") where "phase" <> \'ENDED\'',
})
@Check({ name: 'accompaniment_end_after_start', expression: 'end_date is null or end_date >= start_date' })
@Check({
  name: 'accompaniment_ended_has_end',
  expression: "phase <> 'ENDED' or (end_date is not null and end_reason is not null and outcome is not null)",
})
@Check({
  name: 'accompaniment_running_has_no_end',
  expression: "phase = 'ENDED' or (end_date is null and outcome is null)",
})
@Check({
  name: 'accompaniment_contact_schedule_range',
  expression:
    'integration_contacts_per_week >= 0 and integration_contacts_per_week <= 14 and integration_weeks >= 0 and integration_weeks <= 52 and monthly_in_person_meetings >= 0 and monthly_in_person_meetings <= 31',
})
export class Accompaniment extends AuditedEntity {
  /** The household (owned by the households subgraph), by reference only. */
  @Property({ type: 'uuid' })
  householdId: string;

  @Field(() => AccompanimentKind)
  @Enum({ items: () => AccompanimentKind })
  kind: AccompanimentKind;

  @Field({ description: "User id of the association's support worker" })
  @Property({ type: 'text' })
  supportWorkerId: string;

  @Field({ description: "User id of the landlord's social manager who is the household's referent" })
  @Property({ type: 'text' })
  socialReferentId: string;

  @Field(() => LocalDate, { description: 'May be before the allocation commission' })
  @Property({ type: 'date' })
  startDate: string;

  @Field(() => LocalDate, { nullable: true })
  @Property({ type: 'date', nullable: true })
  endDate: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  endReason: string | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'Why it was opened beyond the convention’s capacity (set only then)',
  })
  @Property({ type: 'text', nullable: true })
  capacityOverrideReason: string | null = null;

  @Field(() => AccompanimentOutcome, { nullable: true, description: 'Set when the accompaniment ends' })
  @Enum({ items: () => AccompanimentOutcome, nullable: true })
  outcome: AccompanimentOutcome | null = null;

  @Field(() => AccompanimentPhase)
  @Enum({ items: () => AccompanimentPhase })
  phase: AccompanimentPhase;

  /** The convention (owned by the financing subgraph) that funds it, by reference only. */
  @Property({ type: 'uuid' })
  conventionId: string;

  /** Contact schedule (DESIGN "frequency rules"): contacts a week during the integration weeks… */
  @Property({ type: 'smallint', default: 2 })
  integrationContactsPerWeek = 2;

  /** …for this many weeks after move-in… */
  @Property({ type: 'smallint', default: 4 })
  integrationWeeks = 4;

  /** …then in-person meetings (home visit or office, met) a month. */
  @Property({ type: 'smallint', default: 4 })
  monthlyInPersonMeetings = 4;

  @Field(() => ID, {
    nullable: true,
    description: 'The accompaniment of the previous convention it carries on (carryOverAccompaniments)',
  })
  @Property({ type: 'uuid', nullable: true })
  carriedOverFromId: string | null = null;

  /** Whether the support worker was at the move-in inspection; null until the move-in is known. */
  @Property({ type: 'boolean', nullable: true })
  moveInSupportWorkerPresent: boolean | null = null;
}

@ObjectType({ description: 'One move of an accompaniment from a phase to the next' })
@Entity({ tableName: 'phase_change' })
@Index({ properties: ['accompaniment', 'at'] })
export class PhaseChange extends AuditedEntity {
  @ManyToOne(() => Accompaniment, { ref: true, deleteRule: 'cascade' })
  accompaniment: Ref<Accompaniment>;

  @Field(() => AccompanimentPhase, { nullable: true, description: 'Null when the accompaniment opened' })
  @Enum({ items: () => AccompanimentPhase, nullable: true, fieldName: 'from_phase' })
  from: AccompanimentPhase | null = null;

  @Field(() => AccompanimentPhase)
  @Enum({ items: () => AccompanimentPhase, fieldName: 'to_phase' })
  to: AccompanimentPhase;

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
