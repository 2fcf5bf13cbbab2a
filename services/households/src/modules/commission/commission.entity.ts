import { randomUUID } from 'node:crypto';
import { AuditedEntity, LocalDate } from '@ash/kit';
import {
  Check,
  Entity,
  Enum,
  Index,
  ManyToOne,
  PrimaryKey,
  Property,
  type Ref,
  Unique,
} from '@mikro-orm/core';
import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { Application } from '../application/application.entity';
import { CommissionDecision, CommissionStatus, DecisionReason } from './commission.enums';

@ObjectType({ description: 'A session of the allocation committee (commission d’attribution, CAL)' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'commission' })
@Index({ properties: ['sessionDate'] })
export class Commission extends AuditedEntity {
  @Field(() => LocalDate)
  @Property({ type: 'date' })
  sessionDate: string;

  @Field(() => CommissionStatus)
  @Enum({ items: () => CommissionStatus })
  status: CommissionStatus = CommissionStatus.PLANNED;
}

@ObjectType({ description: 'An application ranked for one dwelling at one commission' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'candidacy' })
@Unique({ properties: ['commission', 'dwellingId', 'rank'] })
@Unique({ properties: ['commission', 'dwellingId', 'application'] })
@Index({ properties: ['application'] })
// One dwelling is allocated at most once per session.
@Index({
  name: 'candidacy_one_allocation_per_dwelling',
  expression:
    'create unique index "candidacy_one_allocation_per_dwelling" on "households"."candidacy" ("commission_id", "dwelling_id") where "decision" in (\'ALLOCATED\', \'ALLOCATED_UNDER_CONDITION\')',
})
@Check({ name: 'candidacy_rank_positive', expression: 'rank >= 1' })
// Every decision is recorded with its reason; a withdrawn candidacy was never decided.
@Check({
  name: 'candidacy_decision_has_reason',
  expression: '(decision is null) = (decision_reason is null)',
})
@Check({ name: 'candidacy_withdrawn_undecided', expression: 'withdrawn_at is null or decision is null' })
export class Candidacy extends AuditedEntity {
  @ManyToOne(() => Commission, { ref: true, deleteRule: 'cascade' })
  commission: Ref<Commission>;

  /** The dwelling (owned by housing), by reference only. */
  @Property({ type: 'uuid' })
  dwellingId: string;

  @ManyToOne(() => Application, { ref: true, deleteRule: 'restrict' })
  application: Ref<Application>;

  @Field(() => Int, { description: '1 is the first candidate for the dwelling' })
  @Property({ type: 'integer' })
  rank: number;

  @Field(() => CommissionDecision, { nullable: true, description: 'Null until the session decides' })
  @Enum({ items: () => CommissionDecision, nullable: true })
  decision: CommissionDecision | null = null;

  @Field(() => DecisionReason, { nullable: true, description: 'Recorded with the decision' })
  @Enum({ items: () => DecisionReason, nullable: true })
  decisionReason: DecisionReason | null = null;

  @Field(() => Date, {
    nullable: true,
    description:
      'When the candidacy was withdrawn undecided (the application was allocated elsewhere, or withdrawn)',
  })
  @Property({ type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null = null;

  @Field(() => Boolean, { description: 'Fewer than three candidates because demand is insufficient' })
  @Property({ type: 'boolean', default: false })
  insufficientDemand: boolean = false;
}

/**
 * A dwelling put on a session: open while candidacies for it there still await a decision. A dwelling
 * is on one open session at most, which the database enforces (a partial unique index): it cannot be
 * allocated on a second session while the first still ranks candidates for it.
 */
@Entity({ tableName: 'placement' })
@Unique({ properties: ['commission', 'dwellingId'] })
@Index({
  name: 'placement_one_open_per_dwelling',
  expression:
    'create unique index "placement_one_open_per_dwelling" on "households"."placement" ("dwelling_id") where "open"',
})
export class Placement {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Commission, { ref: true, deleteRule: 'cascade' })
  commission: Ref<Commission>;

  /** The dwelling (owned by housing), by reference only. */
  @Property({ type: 'uuid' })
  dwellingId: string;

  @Property({ type: 'boolean', default: true })
  open: boolean = true;
}
