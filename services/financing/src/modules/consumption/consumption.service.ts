import { BadUserInputError } from '@ash/kit';
import type { FinancingContext } from '../../context';
import type { Convention } from '../convention/convention.entity';
import type { Funder } from '../funder/funder.entity';
import { computeConsumption, type ShareLine } from './consumption';
import type { ConventionConsumption } from './consumption.types';

export class ConsumptionService {
  constructor(private readonly ctx: FinancingContext) {}

  /** The convention's consumption in one of its years; its funding lines and funders are batched. */
  async of(convention: Convention, year: number): Promise<ConventionConsumption> {
    if (!Number.isInteger(year) || !convention.covers(year)) {
      throw new BadUserInputError(
        `year ${year} is outside the convention's years ${convention.startYear}–${convention.endYear}`,
        { argument: 'year' },
      );
    }
    const lines = (await this.ctx.loaders.fundingLinesByConvention.load(convention.id)).filter(
      (line) => line.year === year,
    );
    const funders = await this.ctx.loaders.funder.loadMany(lines.map((line) => line.funder.id));
    const shares: ShareLine[] = lines.map((line, i) => ({
      sharePercent: line.sharePercent,
      plannedCents: line.plannedCents,
      requestedCents: line.requestedCents,
      grantedCents: line.grantedCents,
      paidCents: line.paidCents,
      status: line.status,
      funder: funders[i] as Funder,
    }));
    // Sent by the gateway through `@requires`; a query that bypasses it counts nothing.
    return computeConsumption(
      convention,
      year,
      convention.measureMonthsByYear ?? [],
      shares,
      this.ctx.calendar.today(),
    );
  }
}
