import { type Actor, countPer, PERSON_DATA_READERS, requireRole, selectFigures } from '@ash/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Application } from '../application/application.entity';
import { ApplicationStatus } from '../application/application.enums';
import { ofCaseloadHousehold } from '../caseload/caseload.scope';
import type { ApplicationStatistics } from './statistics.types';

export class StatisticsService {
  constructor(private readonly em: EntityManager) {}

  /**
   * The applications by status, in one GROUP BY, with the scope of the `applications` list: a support
   * worker counts only their caseload's households that consented.
   */
  async applications(actor: Actor): Promise<ApplicationStatistics> {
    requireRole(actor, PERSON_DATA_READERS);
    const { byStatus } = await selectFigures(this.em, {
      byStatus: countPer(this.em.createQueryBuilder(Application).where(ofCaseloadHousehold(actor)), 'status'),
    });
    return {
      byStatus: Object.values(ApplicationStatus).map((status) => ({ status, count: byStatus[status] ?? 0 })),
    };
  }
}
