import { Field, Int, ObjectType } from 'type-graphql';
import { AccompanimentPhase } from '../accompaniment/accompaniment.enums';

@ObjectType({ description: 'How many accompaniments are in a phase' })
export class AccompanimentPhaseCount {
  @Field(() => AccompanimentPhase)
  phase: AccompanimentPhase;

  @Field(() => Int)
  count: number;
}

@ObjectType({
  description:
    'Key figures of the support work, for the dashboard; a support worker counts their caseload with consent',
})
export class AccompanimentStatistics {
  @Field(() => [AccompanimentPhaseCount], { description: 'Every phase, in the enum’s order (0 when none)' })
  byPhase: AccompanimentPhaseCount[];

  @Field(() => Int, { description: 'Alerts not CLOSED' })
  openAlerts: number;

  @Field(() => Int, { description: 'Alerts still NEW after their triage deadline (as the `overdue` filter)' })
  overdueAlerts: number;
}
