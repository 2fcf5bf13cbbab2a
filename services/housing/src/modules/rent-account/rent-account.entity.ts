import { AuditedEntity, LocalDate } from '@ash/kit';
import {
  Check,
  Collection,
  Entity,
  ManyToOne,
  OneToMany,
  OneToOne,
  Property,
  type Ref,
  Unique,
} from '@mikro-orm/core';
import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { Lease } from '../lease/lease.entity';

@ObjectType({ description: 'The rent account of a lease: what was charged and paid each month' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'rent_account' })
@Check({ name: 'rent_account_months_non_negative', expression: 'months_in_arrears >= 0' })
export class RentAccount extends AuditedEntity {
  @OneToOne(() => Lease, { ref: true, owner: true, unique: true, deleteRule: 'cascade' })
  lease: Ref<Lease>;

  @Field(() => Int, { description: 'Unpaid balance, in cents (0 when up to date)' })
  @Property({ type: 'integer', default: 0 })
  arrearsCents: number = 0;

  @Field(() => Int, { description: 'Arrears expressed in months of rent and charges' })
  @Property({ type: 'integer', default: 0 })
  monthsInArrears: number = 0;

  @OneToMany(
    () => RentEntry,
    (entry) => entry.account,
  )
  entries = new Collection<RentEntry>(this);
}

@ObjectType({ description: 'One month of a rent account' })
@Entity({ tableName: 'rent_entry' })
@Unique({ properties: ['account', 'month'] })
@Check({ name: 'rent_entry_amounts_non_negative', expression: 'charged_cents >= 0 and paid_cents >= 0' })
@Check({ name: 'rent_entry_month_first_day', expression: 'extract(day from month) = 1' })
export class RentEntry extends AuditedEntity {
  @ManyToOne(() => RentAccount, { ref: true, deleteRule: 'cascade' })
  account: Ref<RentAccount>;

  @Field(() => LocalDate, { description: 'First day of the month' })
  @Property({ type: 'date' })
  month: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  chargedCents: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  paidCents: number;
}
