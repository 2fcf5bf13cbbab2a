/*
 * Disclosure control that survives differencing. Indicators are published for calendar periods only
 * (a month, a quarter, a year), so every period an evaluator can ask for sits in the tree of its year:
 * the year, its 4 quarters, its 12 months. A count is published or withheld by looking at the whole
 * tree at once, so that no count of 1 to 4 can be derived by subtracting published figures from one
 * another, whichever period of the year is asked (the same decision for every period of the tree).
 */

import { firstDayOfYear, isIsoDate, lastDayOfMonth, lastDayOfYear } from './calendar';
import { BadUserInputError } from './errors';

/** A count under this is withheld (1 to 4; zero is shown as zero). */
export const SUPPRESSION_THRESHOLD = 5;

/** The periods of a year's tree, by index: the year, then its quarters, then its months. */
export const YEAR_INDEX = 0;
const QUARTERS = [1, 2, 3, 4] as const;
const MONTHS = [5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16] as const;
/** How many periods a year's tree holds: 1 year, 4 quarters, 12 months. */
export const PERIODS_IN_TREE = 17;

/** Index in the tree of quarter `q` (1 to 4). */
export const quarterIndex = (q: number) => q;
/** Index in the tree of month `m` (1 to 12). */
export const monthIndex = (m: number) => 4 + m;
/** The months (tree indexes) of quarter `q` (1 to 4). */
const monthsOfQuarter = (q: number) => [monthIndex(3 * q - 2), monthIndex(3 * q - 1), monthIndex(3 * q)];

export type PeriodKind = 'YEAR' | 'QUARTER' | 'MONTH';

/** A calendar period an indicator may be asked for (Europe/Paris dates, as every business date). */
export interface IndicatorPeriod {
  kind: PeriodKind;
  year: number;
  /** First day, `YYYY-MM-DD`. */
  from: string;
  /** Last day, `YYYY-MM-DD`. */
  to: string;
  /** Where the period sits in its year's tree (0 the year, 1–4 the quarters, 5–16 the months). */
  index: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

function monthPeriod(year: number, month: number): IndicatorPeriod {
  const first = `${String(year).padStart(4, '0')}-${pad(month)}-01`;
  return { kind: 'MONTH', year, from: first, to: lastDayOfMonth(first), index: monthIndex(month) };
}

function quarterPeriod(year: number, quarter: number): IndicatorPeriod {
  const first = monthPeriod(year, 3 * quarter - 2);
  const last = monthPeriod(year, 3 * quarter);
  return { kind: 'QUARTER', year, from: first.from, to: last.to, index: quarterIndex(quarter) };
}

/** The 17 periods of a year's tree, in tree order: the year, Q1 to Q4, January to December. */
export function periodsOfYear(year: number): IndicatorPeriod[] {
  return [
    { kind: 'YEAR', year, from: firstDayOfYear(year), to: lastDayOfYear(year), index: YEAR_INDEX },
    ...QUARTERS.map((q) => quarterPeriod(year, q)),
    ...MONTHS.map((_, i) => monthPeriod(year, i + 1)),
  ];
}

/**
 * The 17 values of a year's tree from its 12 monthly values (January first), for figures that add up
 * (entries, measure-months): a quarter is the sum of its months, the year of its quarters.
 */
export function treeOfMonths(months: readonly number[]): number[] {
  if (months.length !== 12) throw new Error(`A year has 12 months, not ${months.length}`);
  const quarters = QUARTERS.map((q) => months[3 * q - 3] + months[3 * q - 2] + months[3 * q - 1]);
  return [quarters.reduce((sum, q) => sum + q, 0), ...quarters, ...months];
}

/**
 * The 17 values of a year's tree from its 12 month-end values (January first), for a stock read at
 * the end of the period (accounts in arrears): a quarter's is its last month's, the year's December's.
 */
export function treeOfMonthEnds(months: readonly number[]): number[] {
  if (months.length !== 12) throw new Error(`A year has 12 months, not ${months.length}`);
  return [months[11], ...QUARTERS.map((q) => months[3 * q - 1]), ...months];
}

/** SQL rows of the periods of a year's tree (`i`, `first_day`, `last_day`), bound to `treePeriodsParameter`. */
export const TREE_PERIODS_SQL =
  'select * from jsonb_to_recordset(?::jsonb) as p(i int, first_day date, last_day date)';

/** The parameter of `TREE_PERIODS_SQL` for a year: its 17 periods as JSON. */
export function treePeriodsParameter(year: number): string {
  return JSON.stringify(periodsOfYear(year).map((p) => ({ i: p.index, first_day: p.from, last_day: p.to })));
}

/** The allowed periods, as the refusal names them. */
export const ALLOWED_PERIODS =
  'a calendar month (2026-05-01 to 2026-05-31), quarter (2026-04-01 to 2026-06-30) or year (2026-01-01 to 2026-12-31)';

/**
 * The calendar period from `from` to `to`: a whole month, quarter or year. Anything else (a date not
 * `YYYY-MM-DD`, a period cut elsewhere, over several years) is refused with BAD_USER_INPUT naming the
 * argument: overlapping free periods would let counts under 5 be read from their differences.
 */
export function indicatorPeriod(from: string, to: string): IndicatorPeriod {
  for (const [argument, value] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (!isIsoDate(value)) throw new BadUserInputError(`${argument} must be a date YYYY-MM-DD`, { argument });
  }
  const year = Number(from.slice(0, 4));
  const found = year > 0 ? periodsOfYear(year).filter((p) => p.from === from) : [];
  if (!found.length) {
    throw new BadUserInputError(`from must be the first day of ${ALLOWED_PERIODS}`, { argument: 'from' });
  }
  const period = found.find((p) => p.to === to);
  if (!period) {
    const ends = found.map((p) => p.to).join(', ');
    throw new BadUserInputError(`The period must be ${ALLOWED_PERIODS}: from ${from}, to is one of ${ends}`, {
      argument: 'to',
    });
  }
  return period;
}

/** A count withheld on its own: 1 to 4 (primary suppression). */
export const isSmall = (count: number) => count >= 1 && count < SUPPRESSION_THRESHOLD;

/**
 * Which periods of a year's tree may publish a count, from its raw values for the 17 periods (tree
 * order, see `periodsOfYear`). Withheld:
 *
 * 1. every count of 1 to 4 (primary suppression; zero is published);
 * 2. of two published periods, one within the other, whose difference is 1 to 4: the inner one;
 * 3. for a published period, its value less the published periods of one level beneath it (a quarter:
 *    its months; the year: its quarters, its months, or its quarters where published and the months of
 *    the others): when 1 to 4, the smallest non-zero of those sub-periods (the earliest on a tie),
 *    again until none remains.
 *
 * For counts that add up (entries, measure-months) rule 3 leaves no 1 to 4 in any published period
 * less any published periods within it; for counts that do not (distinct households), it is the same
 * arithmetic, conservative. Zero is never withheld: it hides nothing and reveals nothing. Pure and
 * deterministic: the same counts give the same decision whichever period is asked.
 */
export function disclosedPeriods(counts: readonly number[]): boolean[] {
  if (counts.length !== PERIODS_IN_TREE) {
    throw new Error(`A year's tree holds ${PERIODS_IN_TREE} periods, not ${counts.length}`);
  }
  const published = counts.map((count) => !isSmall(count));
  const withhold = (index: number) => {
    published[index] = false;
  };
  const nested: [number, number][] = [
    ...QUARTERS.map((q): [number, number] => [YEAR_INDEX, q]),
    ...MONTHS.map((m): [number, number] => [YEAR_INDEX, m]),
    ...QUARTERS.flatMap((q) => monthsOfQuarter(q).map((m): [number, number] => [q, m])),
  ];
  /** The sub-periods one level beneath a published period, as rule 3 reads them. */
  const levels = (): [number, number[]][] => [
    ...QUARTERS.map((q): [number, number[]] => [q, monthsOfQuarter(q).filter((m) => published[m])]),
    [YEAR_INDEX, QUARTERS.filter((q) => published[q])],
    [YEAR_INDEX, MONTHS.filter((m) => published[m])],
    [
      YEAR_INDEX,
      QUARTERS.flatMap((q) => (published[q] ? [q] : monthsOfQuarter(q).filter((m) => published[m]))),
    ],
  ];
  for (let changed = true; changed; ) {
    changed = false;
    for (const [outer, inner] of nested) {
      if (published[outer] && published[inner] && isSmall(counts[outer] - counts[inner])) {
        withhold(inner);
        changed = true;
      }
    }
    for (const [parent, children] of levels()) {
      if (!published[parent]) continue;
      const rest = counts[parent] - children.reduce((sum, child) => sum + counts[child], 0);
      if (!isSmall(rest)) continue;
      // Never empty: were every child zero, the rest would be the parent itself, published.
      const smallest = children
        .filter((child) => counts[child] !== 0)
        .reduce((best, child) => (counts[child] < counts[best] ? child : best));
      withhold(smallest);
      changed = true;
      // The levels read `published`: read them again after any change.
      break;
    }
  }
  return published;
}
