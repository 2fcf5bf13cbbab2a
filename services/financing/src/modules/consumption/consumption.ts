import type { Convention } from '../convention/convention.entity';
import type { Funder } from '../funder/funder.entity';
import type { FundingLine } from '../funding-line/funding-line.entity';
import type { ConventionConsumption, FunderShare, MeasureMonthCount } from './consumption.types';

const MONTHS = 12;

/** What the computation needs of a year's funding line, its funder already loaded. */
export type ShareLine = Pick<
  FundingLine,
  'sharePercent' | 'plannedCents' | 'requestedCents' | 'grantedCents' | 'paidCents'
> & { funder: Funder };

/**
 * A convention's consumption in `year`, as of `today` (YYYY-MM-DD): the measure-months counted by
 * accompaniment against the plan, the projection to the year's end, the places still free, and
 * what each funder owes of what was consumed. Pure: the caller checks that the year is covered.
 */
export function computeConsumption(
  convention: Pick<Convention, 'plannedMeasureMonthsPerYear' | 'annualCostCents' | 'unitCostCents'>,
  year: number,
  counts: readonly MeasureMonthCount[],
  lines: readonly ShareLine[],
  today: string,
): ConventionConsumption {
  const currentYear = Number(today.slice(0, 4));
  const currentMonth = Number(today.slice(5, 7));
  const planned = convention.plannedMeasureMonthsPerYear;
  const unitCostCents = convention.unitCostCents;
  const consumed = counts.find((count) => count.year === year)?.total ?? 0;
  const consumedCents = consumed * unitCostCents;

  let projected: number;
  let monthsLeft: number;
  if (year < currentYear) {
    projected = consumed;
    monthsLeft = 0;
  } else if (year > currentYear) {
    projected = 0;
    monthsLeft = MONTHS;
  } else {
    // The current month counts as elapsed: its households are already counted.
    projected = Math.round((consumed / currentMonth) * MONTHS);
    monthsLeft = MONTHS - currentMonth;
  }
  const freePlaces = Math.floor(Math.max(0, planned - projected) / Math.max(1, monthsLeft));

  const shares: FunderShare[] = [...lines]
    .sort((a, b) => b.sharePercent - a.sharePercent || a.funder.name.localeCompare(b.funder.name))
    .map((line) => ({
      funder: line.funder,
      sharePercent: line.sharePercent,
      plannedCents: line.plannedCents,
      requestedCents: line.requestedCents,
      grantedCents: line.grantedCents,
      paidCents: line.paidCents,
      dueCents: Math.round((consumedCents * line.sharePercent) / 100),
      underGranted: (line.grantedCents ?? 0) < line.plannedCents,
    }));

  return {
    year,
    plannedMeasureMonths: planned,
    plannedCostCents: convention.annualCostCents,
    unitCostCents,
    consumedMeasureMonths: consumed,
    consumedCents,
    projectedMeasureMonths: projected,
    freePlaces,
    shares,
  };
}
