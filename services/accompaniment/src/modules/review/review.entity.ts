import { AuditedEntity, LocalDate } from '@ash/kit';
import { Check, Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { Accompaniment } from '../accompaniment/accompaniment.entity';

@ObjectType({ description: 'Progress on one goal at a review' })
export class GoalProgress {
  @Field()
  goal: string;

  @Field(() => Int, { description: '0 to 100 %' })
  progress: number;
}

@ObjectType({ description: 'Intermediate review of an accompaniment (bilan intermédiaire)' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'review' })
@Index({ properties: ['accompaniment', 'date'] })
@Check({ name: 'review_goal_progress_list', expression: "jsonb_typeof(goal_progress) = 'array'" })
export class Review extends AuditedEntity {
  @ManyToOne(() => Accompaniment, { ref: true, deleteRule: 'cascade' })
  accompaniment: Ref<Accompaniment>;

  @Field(() => LocalDate)
  @Property({ type: 'date' })
  date: string;

  @Field()
  @Property({ type: 'text' })
  summary: string;

  @Field(() => [GoalProgress])
  @Property({ type: 'jsonb' })
  goalProgress: GoalProgress[] = [];
}
