import { LocalDate, PageArgs } from '@ash/kit';
import { IsOptional } from 'class-validator';
import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AccompanimentPhase } from '../accompaniment/accompaniment.enums';
import { Household } from '../household/household.reference';

/**
 * What needs doing first on a household of a caseload, most urgent first (the rule is in
 * `caseload.query.ts`, `PRIORITY_RANK`).
 */
export enum CaseloadPriority {
  ALERT_TRIAGE_OVERDUE = 'ALERT_TRIAGE_OVERDUE',
  CONTACT_OVERDUE = 'CONTACT_OVERDUE',
  ALERT_TO_TRIAGE = 'ALERT_TO_TRIAGE',
  PHASE_REVIEW_DUE = 'PHASE_REVIEW_DUE',
  CONTACT_DUE_SOON = 'CONTACT_DUE_SOON',
  NONE = 'NONE',
}

export enum CaseloadOrder {
  PRIORITY = 'PRIORITY',
  NEXT_CONTACT_DUE = 'NEXT_CONTACT_DUE',
  LAST_CONTACT = 'LAST_CONTACT',
  OPEN_ALERTS = 'OPEN_ALERTS',
  PHASE = 'PHASE',
}

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

registerEnumType(CaseloadPriority, {
  name: 'CaseloadPriority',
  description:
    'What needs doing first, most urgent first: an alert past its triage deadline, a contact overdue, an alert to triage, the integration weeks over (review and move to follow-up), a contact due within 7 days, nothing soon',
});
registerEnumType(CaseloadOrder, {
  name: 'CaseloadOrder',
  description:
    'PRIORITY (then next contact due), NEXT_CONTACT_DUE (none owed counts as latest), LAST_CONTACT (never met counts as earliest), OPEN_ALERTS, PHASE (PRE_ALLOCATION, INTEGRATION, FOLLOW_UP); ties by next contact due, earliest first',
});
registerEnumType(SortDirection, { name: 'SortDirection' });

@ArgsType()
export class CaseloadArgs extends PageArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'The support worker (user id); a support worker may ask only for their own, the default',
  })
  @IsOptional()
  supportWorker?: string | null;

  @Field(() => CaseloadOrder, { defaultValue: CaseloadOrder.PRIORITY })
  orderBy: CaseloadOrder = CaseloadOrder.PRIORITY;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction: SortDirection = SortDirection.ASC;
}

@ObjectType({ description: 'A running accompaniment of a caseload, with what it needs' })
export class CaseloadEntry {
  /** The accompaniment (field `accompaniment`, through the caller's scoped loader). */
  accompanimentId: string;

  @Field(() => Household, {
    nullable: true,
    description: 'Null, with an error at this path, when the households subgraph cannot give it',
  })
  household: Household;

  @Field(() => AccompanimentPhase)
  phase: AccompanimentPhase;

  @Field(() => LocalDate, { nullable: true, description: 'The latest contact met, up to today; null: none' })
  lastContactDate: string | null;

  @Field(() => LocalDate, {
    nullable: true,
    description:
      'The day the next contact is owed by the contact schedule (as in `compliance`); today or before: overdue; null: none owed (not moved in, or no schedule)',
  })
  nextContactDue: string | null;

  @Field({
    description: 'The next contact was owed today or before: the accompaniment is below its schedule',
  })
  contactOverdue: boolean;

  @Field(() => Int, { description: 'Alerts not CLOSED (as Household.openAlerts)' })
  openAlerts: number;

  @Field(() => Int, { description: 'Alerts still NEW after their triage deadline' })
  overdueAlerts: number;

  @Field(() => CaseloadPriority)
  priority: CaseloadPriority;
}
