import { Field, Float, Int, ObjectType } from 'type-graphql';
import { ContactConfiguration, ContactPlace, TimeSlot } from '../contact/contact.enums';

@ObjectType({ description: 'Outreach attempts and home visits of one configuration, time slot and place' })
export class OutreachGroup {
  @Field(() => ContactConfiguration)
  configuration: ContactConfiguration;

  @Field(() => TimeSlot)
  timeSlot: TimeSlot;

  @Field(() => ContactPlace)
  place: ContactPlace;

  @Field(() => Int)
  attempts: number;

  @Field(() => Int, { description: 'Attempts with outcome MET' })
  meetings: number;

  @Field(() => Float, { description: 'meetings / attempts' })
  rate: number;
}
