import {
  type Actor,
  type Connection,
  type PageArgs,
  PERSON_DATA_READERS,
  paginate,
  requireRole,
} from '@ash/kit';
import type { EntityManager } from '@mikro-orm/core';
import { Commission } from './commission.entity';

export class CommissionService {
  constructor(private readonly em: EntityManager) {}

  /** Sessions, latest first. */
  list(actor: Actor, page: PageArgs): Promise<Connection<Commission>> {
    requireRole(actor, PERSON_DATA_READERS);
    return paginate(this.em, Commission, {}, page, { sessionDate: 'desc' });
  }
}
