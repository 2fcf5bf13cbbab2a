import { countPer, selectFigures } from '@ash/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Dwelling } from '../dwelling/dwelling.entity';
import { DwellingStatus, Typology } from '../dwelling/dwelling.enums';
import type { DwellingStatistics } from './statistics.types';

export class StatisticsService {
  constructor(private readonly em: EntityManager) {}

  /** The stock by status, and the vacant dwellings by typology: one SQL statement, a GROUP BY each. */
  async dwellings(): Promise<DwellingStatistics> {
    const figures = await selectFigures(this.em, {
      byStatus: countPer(this.em.createQueryBuilder(Dwelling), 'status'),
      vacantByTypology: countPer(
        this.em.createQueryBuilder(Dwelling).where({ status: DwellingStatus.VACANT }),
        'typology',
      ),
    });
    return {
      byStatus: Object.values(DwellingStatus).map((status) => ({
        status,
        count: figures.byStatus[status] ?? 0,
      })),
      vacantByTypology: Object.values(Typology).map((typology) => ({
        typology,
        count: figures.vacantByTypology[typology] ?? 0,
      })),
    };
  }
}
