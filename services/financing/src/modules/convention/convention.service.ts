import {
  type Actor,
  BadUserInputError,
  type Connection,
  emitEvent,
  type PageArgs,
  paginate,
  Role,
  requireRole,
  stamp,
} from '@ash/kit';
import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { Convention } from './convention.entity';
import type { ConventionFilter, CreateConventionInput } from './convention.input';

/** Social management negotiates conventions and funding; operators may correct them. */
export const FINANCING_WRITERS = [Role.SocialManager, Role.Admin] as const;

export class ConventionService {
  constructor(private readonly em: EntityManager) {}

  list(filter: ConventionFilter | undefined, page: PageArgs): Promise<Connection<Convention>> {
    const where: FilterQuery<Convention> = {};
    if (typeof filter?.activeInYear === 'number') {
      where.startYear = { $lte: filter.activeInYear };
      where.endYear = { $gte: filter.activeInYear };
    }
    if (filter?.holder) where.holder = filter.holder;
    return paginate(this.em, Convention, where, page, { startYear: 'asc' });
  }

  async create(actor: Actor, input: CreateConventionInput): Promise<Convention> {
    requireRole(actor, FINANCING_WRITERS);
    if (input.endYear < input.startYear) {
      throw new BadUserInputError('endYear cannot be before startYear', {
        argument: 'endYear',
        reason: 'END_BEFORE_START',
      });
    }
    return this.em.transactional(async (em) => {
      const convention = stamp(Object.assign(new Convention(), input), actor);
      em.persist(convention);
      // Accompaniment may now fund accompaniments by it.
      const { startYear, endYear, plannedHouseholdsPerYear } = convention;
      emitEvent(
        em,
        'ConventionCreated',
        { conventionId: convention.id, startYear, endYear, plannedHouseholdsPerYear },
        actor.userId,
      );
      return convention;
    });
  }
}
