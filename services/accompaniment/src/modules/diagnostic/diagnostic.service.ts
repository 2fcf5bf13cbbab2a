import { type Actor, BadUserInputError, type Calendar, requireRole, stamp } from '@ash/kit';
import type { EntityManager } from '@mikro-orm/core';
import { Accompaniment } from '../accompaniment/accompaniment.entity';
import { CASE_WORKERS, findWorkableAccompaniment } from '../accompaniment/accompaniment.service';
import { Diagnostic, Goal } from './diagnostic.entity';
import type { RecordDiagnosticInput } from './diagnostic.input';

export class DiagnosticService {
  constructor(
    private readonly em: EntityManager,
    private readonly calendar: Calendar,
  ) {}

  async record(actor: Actor, input: RecordDiagnosticInput): Promise<Diagnostic> {
    requireRole(actor, CASE_WORKERS);
    if (this.calendar.isAfterToday(input.date)) {
      throw new BadUserInputError('A diagnostic cannot be in the future', { argument: 'date' });
    }
    const areas = input.areas.map(({ area, needs }) => ({ area, needs: needs.trim() }));
    if (new Set(areas.map((a) => a.area)).size !== areas.length) {
      throw new BadUserInputError('Each area appears at most once', { argument: 'areas' });
    }
    if (areas.some((a) => !a.needs) || input.goals.some((g) => !g.label.trim())) {
      throw new BadUserInputError('Needs and goal labels cannot be blank', { argument: 'areas' });
    }
    return this.em.transactional(async (em) => {
      const accompaniment = await findWorkableAccompaniment(em, actor, input.accompanimentId);
      if (input.date < accompaniment.startDate) {
        throw new BadUserInputError('The diagnostic is before the accompaniment started', {
          argument: 'date',
          startDate: accompaniment.startDate,
        });
      }
      const diagnostic = stamp(new Diagnostic(), actor);
      diagnostic.accompaniment = em.getReference(Accompaniment, accompaniment.id, { wrapped: true });
      diagnostic.date = input.date;
      diagnostic.areas = areas;
      em.persist(diagnostic);
      for (const [position, goal] of input.goals.entries()) {
        em.persist(
          stamp(
            Object.assign(new Goal(), {
              diagnostic,
              position,
              label: goal.label.trim(),
              progress: goal.progress ?? 0,
            }),
            actor,
          ),
        );
      }
      return diagnostic;
    });
  }
}
