import { AuditedEntity } from '@ash/kit';
import { Check, Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Accompaniment } from '../accompaniment/accompaniment.entity';

@ObjectType({ description: 'How often the household is to be met' })
export class ContactSchedule {
  @Field(() => Int, { description: 'Contacts of any kind (met) a week during the integration weeks' })
  integrationContactsPerWeek: number;

  @Field(() => Int, { description: 'Integration weeks, from the move-in' })
  integrationWeeks: number;

  @Field(() => Int, { description: 'In-person meetings (home visit or office, met) a month afterwards' })
  monthlyInPersonMeetings: number;
}

/** The schedule of an accompaniment, as stored on it. */
export function scheduleOf(accompaniment: Accompaniment): ContactSchedule {
  const { integrationContactsPerWeek, integrationWeeks, monthlyInPersonMeetings } = accompaniment;
  return { integrationContactsPerWeek, integrationWeeks, monthlyInPersonMeetings };
}

@ObjectType({ description: 'One change of an accompaniment’s contact schedule: who, when, why' })
@Entity({ tableName: 'contact_schedule_change' })
@Index({ properties: ['accompaniment', 'at'] })
@Check({
  name: 'contact_schedule_change_reason_length',
  expression: 'length(btrim(reason)) >= 1 and length(reason) <= 500',
})
export class ContactScheduleChange extends AuditedEntity {
  @ManyToOne(() => Accompaniment, { ref: true, deleteRule: 'cascade' })
  accompaniment: Ref<Accompaniment>;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  at: Date;

  @Field({ description: 'User id of who changed it' })
  @Property({ type: 'text', fieldName: 'changed_by' })
  by: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text' })
  reason: string;

  @Field(() => ContactSchedule)
  @Property({ type: 'jsonb' })
  before: ContactSchedule;

  @Field(() => ContactSchedule)
  @Property({ type: 'jsonb' })
  after: ContactSchedule;
}

@ObjectType({ description: 'Contacts required by the schedule in a month, and those done' })
export class ContactCompliance {
  @Field({ description: 'YYYY-MM' })
  month: string;

  @Field({ description: 'The month is not over: required counts the days up to today only' })
  inProgress: boolean;

  @Field(() => Int, {
    description:
      'Contacts owed by the schedule, pro rata of the days covered: rounded up in a month that is over, rounded down in the month in progress (to today)',
  })
  required: number;

  @Field(() => Int)
  done: number;

  @Field(() => Int, { description: 'max(0, required − done)' })
  shortfall: number;
}
