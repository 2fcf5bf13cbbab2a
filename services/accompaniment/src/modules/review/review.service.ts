import { type Actor, BadUserInputError, type Calendar, requireRole, stamp } from '@ash/kit';
import type { EntityManager } from '@mikro-orm/core';
import { Accompaniment } from '../accompaniment/accompaniment.entity';
import { CASE_WORKERS, findWorkableAccompaniment } from '../accompaniment/accompaniment.service';
import { Review } from './review.entity';
import type { RecordReviewInput } from './review.input';

/** Social management, and the support worker of the accompaniment (their caseload only). */
export const REVIEW_WRITERS = CASE_WORKERS;

export class ReviewService {
  constructor(
    private readonly em: EntityManager,
    private readonly calendar: Calendar,
  ) {}

  async record(actor: Actor, input: RecordReviewInput): Promise<Review> {
    requireRole(actor, REVIEW_WRITERS);
    if (this.calendar.isAfterToday(input.date)) {
      throw new BadUserInputError('A review cannot be in the future', { argument: 'date' });
    }
    const summary = input.summary.trim();
    if (!summary) throw new BadUserInputError('summary is empty', { argument: 'summary' });
    const goalProgress = input.goalProgress.map(({ goal, progress }) => ({ goal: goal.trim(), progress }));
    if (goalProgress.some((g) => !g.goal)) {
      throw new BadUserInputError('Goals cannot be blank', { argument: 'goalProgress' });
    }
    if (new Set(goalProgress.map((g) => g.goal.toLowerCase())).size !== goalProgress.length) {
      throw new BadUserInputError('Each goal appears at most once', { argument: 'goalProgress' });
    }
    return this.em.transactional(async (em) => {
      const accompaniment = await findWorkableAccompaniment(em, actor, input.accompanimentId);
      if (
        input.date < accompaniment.startDate ||
        (accompaniment.endDate && input.date > accompaniment.endDate)
      ) {
        throw new BadUserInputError('The review is outside the accompaniment’s dates', {
          argument: 'date',
          startDate: accompaniment.startDate,
          endDate: accompaniment.endDate,
        });
      }
      const review = stamp(new Review(), actor);
      review.accompaniment = em.getReference(Accompaniment, accompaniment.id, { wrapped: true });
      review.date = input.date;
      review.summary = summary;
      review.goalProgress = goalProgress;
      em.persist(review);
      return review;
    });
  }
}
