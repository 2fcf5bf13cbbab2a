import { AuditedEntity, LocalDate } from '@ash/kit';
import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Directive, Field, ObjectType } from 'type-graphql';
import { Accompaniment } from '../accompaniment/accompaniment.entity';
import { ContactConfiguration, ContactKind, ContactOutcome, ContactPlace, TimeSlot } from './contact.enums';

@ObjectType({ description: 'A meeting, call or attempt to reach the household' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'contact' })
@Index({ properties: ['accompaniment', 'date'] })
// The outreach view reads which configuration, time slot and place lead to a meeting.
@Index({ properties: ['kind', 'date'] })
export class Contact extends AuditedEntity {
  @ManyToOne(() => Accompaniment, { ref: true, deleteRule: 'cascade' })
  accompaniment: Ref<Accompaniment>;

  @Field(() => LocalDate)
  @Property({ type: 'date' })
  date: string;

  @Field(() => ContactKind)
  @Enum({ items: () => ContactKind })
  kind: ContactKind;

  @Field(() => ContactConfiguration)
  @Enum({ items: () => ContactConfiguration })
  configuration: ContactConfiguration;

  @Field(() => TimeSlot)
  @Enum({ items: () => TimeSlot })
  timeSlot: TimeSlot;

  @Field(() => ContactPlace)
  @Enum({ items: () => ContactPlace })
  place: ContactPlace;

  @Field(() => ContactOutcome)
  @Enum({ items: () => ContactOutcome })
  outcome: ContactOutcome;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Field({ description: 'User id of who recorded it' })
  @Property({ type: 'text' })
  recordedBy: string;
}
