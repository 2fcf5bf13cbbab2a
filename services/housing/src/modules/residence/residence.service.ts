import { type Actor, type Connection, type PageArgs, paginate, Role, requireRole, stamp } from '@ash/kit';
import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { Residence } from './residence.entity';
import type { CreateResidenceInput, ResidenceFilter } from './residence.input';

/** Rental management keeps the stock. */
export const STOCK_WRITERS = [Role.RentalManager, Role.Admin] as const;

export class ResidenceService {
  constructor(private readonly em: EntityManager) {}

  list(filter: ResidenceFilter | undefined, page: PageArgs): Promise<Connection<Residence>> {
    const where: FilterQuery<Residence> = {};
    if (filter?.communes?.length) where.commune = { $in: filter.communes };
    if (typeof filter?.priorityDistrict === 'boolean') where.priorityDistrict = filter.priorityDistrict;
    return paginate(this.em, Residence, where, page, { name: 'asc' });
  }

  async create(actor: Actor, input: CreateResidenceInput): Promise<Residence> {
    requireRole(actor, STOCK_WRITERS);
    return this.em.transactional(async (em) => {
      const residence = stamp(Object.assign(new Residence(), input), actor);
      em.persist(residence);
      return residence;
    });
  }
}
