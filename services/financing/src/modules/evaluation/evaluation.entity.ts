import { AuditedEntity, LocalDate } from '@ash/kit';
import { Check, Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Directive, Field, ObjectType } from 'type-graphql';
import { Convention } from '../convention/convention.entity';
import { EvaluationLevel, RegionalOpinion, Reproducibility } from './evaluation.enums';

@ObjectType({ description: "A State service's opinion on a convention (department or regional level)" })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'evaluation' })
@Index({ properties: ['convention', 'date'] })
// The form has a department section (opinion, relevance, reproducibility) and a regional one
// (overall opinion); an evaluation fills only its own level's section.
@Check({
  name: 'evaluation_department_fields',
  expression:
    "level = 'DEPARTMENT' or (department_opinion is null and relevance is null and reproducibility is null)",
})
@Check({ name: 'evaluation_regional_fields', expression: "level = 'REGION' or regional_opinion is null" })
export class Evaluation extends AuditedEntity {
  @ManyToOne(() => Convention, { ref: true, deleteRule: 'restrict' })
  convention: Ref<Convention>;

  @Field(() => EvaluationLevel)
  @Enum({ items: () => EvaluationLevel })
  level: EvaluationLevel;

  @Field({ description: 'The evaluating service, e.g. "DDCS 76" or "DREAL Normandie"' })
  @Property({ type: 'text' })
  authorOrganisation: string;

  @Field(() => LocalDate)
  @Property({ type: 'date' })
  date: string;

  @Field(() => String, { nullable: true, description: 'Department level: its opinion' })
  @Property({ type: 'text', nullable: true })
  departmentOpinion: string | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'Department level: relevance to the aims of the call for projects',
  })
  @Property({ type: 'text', nullable: true })
  relevance: string | null = null;

  @Field(() => Reproducibility, { nullable: true, description: 'Department level' })
  @Enum({ items: () => Reproducibility, nullable: true })
  reproducibility: Reproducibility | null = null;

  @Field(() => RegionalOpinion, { nullable: true, description: 'Regional level' })
  @Enum({ items: () => RegionalOpinion, nullable: true })
  regionalOpinion: RegionalOpinion | null = null;

  @Field({ description: 'Free text (conditions, remarks)' })
  @Property({ type: 'text' })
  text: string;
}
