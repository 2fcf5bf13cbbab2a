import type { EntityManager } from '@mikro-orm/core';
import { Funder } from './funder.entity';

export class FunderService {
  constructor(private readonly em: EntityManager) {}

  /** The funders, by name: a short reference list (a handful per territory), not paged. */
  list(): Promise<Funder[]> {
    return this.em.find(Funder, {}, { orderBy: { name: 'asc', id: 'asc' } });
  }
}
