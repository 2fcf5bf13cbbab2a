import { IsOptional, IsUUID, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { RegionalOpinion, Reproducibility } from './evaluation.enums';

/** One level's section of the evaluation form: the evaluator's organisation decides which. */
@InputType()
export class RecordEvaluationInput {
  @Field(() => ID)
  @IsUUID()
  conventionId: string;

  @Field(() => String, { nullable: true, description: 'Department level (DDCS, DDT): its opinion' })
  @IsOptional()
  @Length(1, 5000)
  departmentOpinion?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Department level: relevance to the aims of the call for projects',
  })
  @IsOptional()
  @Length(1, 5000)
  relevance?: string | null;

  @Field(() => Reproducibility, { nullable: true, description: 'Department level' })
  @IsOptional()
  reproducibility?: Reproducibility | null;

  @Field(() => RegionalOpinion, { nullable: true, description: 'Regional level (DREAL)' })
  @IsOptional()
  regionalOpinion?: RegionalOpinion | null;

  @Field(() => String, { nullable: true, description: 'Free text (conditions, remarks)' })
  @IsOptional()
  @Length(0, 10000)
  text?: string | null;
}
