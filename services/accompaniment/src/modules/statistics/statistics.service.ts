import {
  type Actor,
  type Calendar,
  countOf,
  countPer,
  PERSON_DATA_READERS,
  requireRole,
  selectFigures,
} from '@ash/kit';
import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Accompaniment } from '../accompaniment/accompaniment.entity';
import { AccompanimentPhase } from '../accompaniment/accompaniment.enums';
import { Alert } from '../alert/alert.entity';
import { alertScope, openAlerts, overdueAlerts } from '../alert/alert.scope';
import { caseloadScope } from '../caseload/caseload.scope';
import type { AccompanimentStatistics } from './statistics.types';

export class StatisticsService {
  constructor(
    private readonly em: EntityManager,
    private readonly calendar: Calendar,
  ) {}

  /**
   * Accompaniments by phase, open and overdue alerts, in one SQL statement, each figure with the scope
   * of its list (`accompaniments`, `alerts`): a support worker counts their caseload with consent.
   */
  async accompaniments(actor: Actor): Promise<AccompanimentStatistics> {
    requireRole(actor, PERSON_DATA_READERS);
    const accompaniments = this.em.createQueryBuilder(Accompaniment).where({ $and: [caseloadScope(actor)] });
    const alerts = (filter: FilterQuery<Alert>) =>
      countOf(this.em.createQueryBuilder(Alert).where({ $and: [alertScope(actor), filter] }));
    const figures = await selectFigures(this.em, {
      byPhase: countPer(accompaniments, 'phase'),
      openAlerts: alerts(openAlerts()),
      overdueAlerts: alerts(overdueAlerts(this.calendar.today())),
    });
    return {
      byPhase: Object.values(AccompanimentPhase).map((phase) => ({
        phase,
        count: figures.byPhase[phase] ?? 0,
      })),
      openAlerts: figures.openAlerts,
      overdueAlerts: figures.overdueAlerts,
    };
  }
}
