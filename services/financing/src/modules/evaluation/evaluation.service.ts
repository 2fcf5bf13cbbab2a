import {
  type Actor,
  BadUserInputError,
  type Calendar,
  ForbiddenError,
  NotFoundError,
  Role,
  requireRole,
  stamp,
} from '@ash/kit';
import type { EntityManager } from '@mikro-orm/core';
import { Convention } from '../convention/convention.entity';
import { Evaluation } from './evaluation.entity';
import { EvaluationLevel } from './evaluation.enums';
import type { RecordEvaluationInput } from './evaluation.input';

/** Evaluators write evaluations, each for the level of their organisation. */
export const EVALUATION_WRITERS = [Role.Evaluator] as const;

/** Which State services evaluate at which level, by the start of the organisation's name. */
export const EVALUATION_LEVEL_BY_ORGANISATION: readonly { prefix: string; level: EvaluationLevel }[] = [
  { prefix: 'DDCS', level: EvaluationLevel.DEPARTMENT },
  { prefix: 'DDT', level: EvaluationLevel.DEPARTMENT },
  { prefix: 'DREAL', level: EvaluationLevel.REGION },
];

/** The level an organisation evaluates at, or undefined when it evaluates at none. */
export function evaluationLevelOf(organisation: string): EvaluationLevel | undefined {
  const name = organisation.trim().toUpperCase();
  return EVALUATION_LEVEL_BY_ORGANISATION.find(({ prefix }) => name.startsWith(prefix))?.level;
}

const DEPARTMENT_FIELDS = ['departmentOpinion', 'relevance', 'reproducibility'] as const;
const REGION_FIELDS = ['regionalOpinion'] as const;
const given = (value: unknown) => value !== null && value !== undefined;

export class EvaluationService {
  constructor(
    private readonly em: EntityManager,
    private readonly calendar: Calendar,
  ) {}

  async record(actor: Actor, input: RecordEvaluationInput): Promise<Evaluation> {
    requireRole(actor, EVALUATION_WRITERS);
    const level = evaluationLevelOf(actor.organisation);
    if (!level)
      throw new ForbiddenError(`${actor.organisation || 'This organisation'} does not evaluate conventions`);
    const [own, other] =
      level === EvaluationLevel.DEPARTMENT
        ? [DEPARTMENT_FIELDS, REGION_FIELDS]
        : [REGION_FIELDS, DEPARTMENT_FIELDS];
    const foreign = other.filter((field) => given(input[field]));
    if (foreign.length) {
      throw new BadUserInputError(`A ${level} evaluation may not fill ${foreign.join(', ')}`, {
        argument: foreign[0],
      });
    }
    const missing = own.filter((field) => !given(input[field]));
    if (missing.length) {
      throw new BadUserInputError(`A ${level} evaluation needs ${missing.join(', ')}`, {
        argument: missing[0],
      });
    }
    const convention = await this.em.findOne(Convention, { id: input.conventionId });
    if (!convention) throw new NotFoundError('Convention', input.conventionId);
    return this.em.transactional(async (em) => {
      const evaluation = stamp(new Evaluation(), actor);
      evaluation.convention = em.getReference(Convention, convention.id, { wrapped: true });
      evaluation.level = level;
      evaluation.authorOrganisation = actor.organisation;
      evaluation.date = this.calendar.today();
      evaluation.departmentOpinion = input.departmentOpinion ?? null;
      evaluation.relevance = input.relevance ?? null;
      evaluation.reproducibility = input.reproducibility ?? null;
      evaluation.regionalOpinion = input.regionalOpinion ?? null;
      evaluation.text = input.text ?? '';
      em.persist(evaluation);
      return evaluation;
    });
  }
}
