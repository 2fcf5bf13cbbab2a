import type { Convention } from '../convention/convention.entity';
import type { Funder } from '../funder/funder.entity';
import type { FundingLine } from '../funding-line/funding-line.entity';
import { FundingStatus } from '../funding-line/funding-line.enums';
import type { ConventionConsumption, FunderShare, MeasureMonthCount } from './consumption.types';

/** What the computation needs of a year's funding line, its funder already loaded. */
export type ShareLine = Pick<
  FundingLine,
  'sharePercent' | 'plannedCents' | 'requestedCents' | 'grantedCents' | 'paidCents'
> & { funder: Funder } & Partial<Pick<FundingLine, 'status'>>;

/**
 * A convention's consumption in `year`, as of `today` (YYYY-MM-DD), from the measure-months counted
 * by accompaniment (consumed up to today, and projected: the households followed today carried to
 * their end or the year's): the euros at the convention's unit cost, each funder's share, and the
 * places still free this month. Pure: the caller checks that the year is covered. README,
 * "Measure-months and consumption", says the same in words.
 */
export function computeConsumption(
  convention: Pick<
    Convention,
    'plannedHouseholdsPerYear' | 'plannedMeasureMonthsPerYear' | 'annualCostCents' | 'unitCostCents'
  >,
  year: number,
  counts: readonly MeasureMonthCount[],
  lines: readonly ShareLine[],
  today: string,
): ConventionConsumption {
  const currentYear = Number(today.slice(0, 4));
  const currentMonth = Number(today.slice(5, 7));
  const unitCostCents = convention.unitCostCents;
  const count = counts.find((c) => c.year === year);
  const consumed = count?.total ?? 0;
  // A past year is over: what it consumed is all it will.
  const projected = year < currentYear ? consumed : (count?.projectedTotal ?? 0);
  const consumedCents = consumed * unitCostCents;
  const projectedCents = projected * unitCostCents;
  const places = convention.plannedHouseholdsPerYear;
  const followedNow = count?.byMonth[currentMonth - 1] ?? 0;
  const freePlaces =
    year < currentYear
      ? 0
      : year > currentYear
        ? places
        : Math.min(places, Math.max(0, places - followedNow));

  const shareOf = (cents: number, percent: number) => Math.round((cents * percent) / 100);
  const shares: FunderShare[] = [...lines]
    .sort((a, b) => b.sharePercent - a.sharePercent || a.funder.name.localeCompare(b.funder.name))
    .map((line) => {
      const dueCents = shareOf(consumedCents, line.sharePercent);
      return {
        funder: line.funder,
        sharePercent: line.sharePercent,
        plannedCents: line.plannedCents,
        requestedCents: line.requestedCents,
        grantedCents: line.grantedCents,
        paidCents: line.paidCents,
        dueCents,
        projectedDueCents: shareOf(projectedCents, line.sharePercent),
        // A cancelled share grants nothing, whatever it had been granted.
        underGranted:
          (line.status === FundingStatus.CANCELLED ? 0 : (line.grantedCents ?? 0)) < line.plannedCents,
        overPaid: (line.paidCents ?? 0) > dueCents,
      };
    });

  return {
    year,
    plannedMeasureMonths: convention.plannedMeasureMonthsPerYear,
    plannedCostCents: convention.annualCostCents,
    unitCostCents,
    consumedMeasureMonths: consumed,
    consumedCents,
    projectedMeasureMonths: projected,
    projectedCents,
    freePlaces,
    shares,
  };
}
