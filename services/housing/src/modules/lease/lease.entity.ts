import { AuditedEntity, LocalDate } from '@ash/kit';
import { Check, Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Directive, Field, ObjectType, registerEnumType } from 'type-graphql';
import { Dwelling } from '../dwelling/dwelling.entity';

/** SLIDING: "bail glissant", a partner association holds the lease first, then hands it over. */
export enum LeaseKind {
  ORDINARY = 'ORDINARY',
  SLIDING = 'SLIDING',
}
registerEnumType(LeaseKind, { name: 'LeaseKind' });

@ObjectType({ description: 'A lease of a dwelling to a household' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'lease' })
@Index({ properties: ['householdId'] })
@Index({ properties: ['dwelling'] })
// At most one running lease per dwelling.
@Index({
  name: 'lease_one_running_per_dwelling',
  expression:
    'create unique index "lease_one_running_per_dwelling" on "housing"."lease" ("dwelling_id") where "end_date" is null',
})
@Check({ name: 'lease_end_after_start', expression: 'end_date is null or end_date >= start_date' })
@Check({
  name: 'lease_sliding_has_association',
  expression: "kind <> 'SLIDING' or intermediary_association is not null",
})
@Check({
  name: 'lease_inspection_after_start',
  expression: 'move_in_inspection_date is null or move_in_inspection_date >= start_date',
})
export class Lease extends AuditedEntity {
  @ManyToOne(() => Dwelling, { ref: true, deleteRule: 'restrict' })
  dwelling: Ref<Dwelling>;

  /** The household (owned by the households subgraph), by reference only. */
  @Property({ type: 'uuid' })
  householdId: string;

  @Field(() => LocalDate)
  @Property({ type: 'date' })
  startDate: string;

  @Field(() => LocalDate, { nullable: true })
  @Property({ type: 'date', nullable: true })
  endDate: string | null = null;

  @Field(() => LeaseKind)
  @Enum({ items: () => LeaseKind })
  kind: LeaseKind;

  @Field(() => String, { nullable: true, description: 'Association holding a sliding lease' })
  @Property({ type: 'text', nullable: true })
  intermediaryAssociation: string | null = null;

  @Field(() => LocalDate, { nullable: true, description: 'Planned hand-over of a sliding lease' })
  @Property({ type: 'date', nullable: true })
  plannedHandoverDate: string | null = null;

  @Field(() => LocalDate, {
    nullable: true,
    description: "Move-in inspection (état des lieux d'entrée)",
  })
  @Property({ type: 'date', nullable: true })
  moveInInspectionDate: string | null = null;

  @Field({ description: 'Social manager present at the move-in inspection' })
  @Property({ type: 'boolean', default: false })
  inspectionSocialManagerPresent: boolean = false;

  @Field({ description: 'Support worker present at the move-in inspection' })
  @Property({ type: 'boolean', default: false })
  inspectionSupportWorkerPresent: boolean = false;
}
