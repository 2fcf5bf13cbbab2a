import { AuditedEntity, LocalDate } from '@ash/kit';
import { Check, Entity, Index, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { Accompaniment } from '../accompaniment/accompaniment.entity';
import { SupportArea } from './diagnostic.enums';

@ObjectType({ description: 'The needs found in one area of life' })
export class DiagnosticArea {
  @Field(() => SupportArea)
  area: SupportArea;

  @Field()
  needs: string;
}

@ObjectType({ description: 'Shared diagnosis of a household by the landlord and the association' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'diagnostic' })
@Index({ properties: ['accompaniment', 'date'] })
@Check({
  name: 'diagnostic_areas_non_empty_list',
  expression: "jsonb_typeof(areas) = 'array' and jsonb_array_length(areas) >= 1",
})
export class Diagnostic extends AuditedEntity {
  @ManyToOne(() => Accompaniment, { ref: true, deleteRule: 'cascade' })
  accompaniment: Ref<Accompaniment>;

  @Field(() => LocalDate)
  @Property({ type: 'date' })
  date: string;

  @Field(() => [DiagnosticArea])
  @Property({ type: 'jsonb' })
  areas: DiagnosticArea[];
}

@ObjectType({ description: 'A goal agreed in a diagnostic (regain a daily rhythm, self-esteem…)' })
@Entity({ tableName: 'goal' })
@Unique({ properties: ['diagnostic', 'position'] })
@Check({ name: 'goal_position_non_negative', expression: 'position >= 0' })
@Check({ name: 'goal_progress_percent', expression: 'progress >= 0 and progress <= 100' })
@Check({ name: 'goal_label_present', expression: "btrim(label) <> ''" })
export class Goal extends AuditedEntity {
  @ManyToOne(() => Diagnostic, { ref: true, deleteRule: 'cascade' })
  diagnostic: Ref<Diagnostic>;

  /** Order of the goal in its diagnostic, as agreed with the household. */
  @Property({ type: 'integer' })
  position: number;

  @Field()
  @Property({ type: 'text' })
  label: string;

  @Field(() => Int, { description: 'Progress towards the goal, 0 to 100 %' })
  @Property({ type: 'integer', default: 0 })
  progress: number = 0;
}
