import fc from 'fast-check';
import {
  disclosedPeriods,
  indicatorPeriod,
  isSmall,
  monthIndex,
  PERIODS_IN_TREE,
  periodsOfYear,
  quarterIndex,
  treeOfMonths,
  YEAR_INDEX,
} from '../src/disclosure';
import {
  averageIndicator,
  figureIndicator,
  indicator,
  shareIndicator,
  treeIndicator,
} from '../src/indicators';

const QUARTERS = [1, 2, 3, 4].map(quarterIndex);
const monthsOf = (quarter: number) => [0, 1, 2].map((i) => monthIndex(3 * quarter - 2 + i));
/** Every (outer, inner) pair of periods of the tree, the inner one within the outer one. */
const NESTED: [number, number][] = [
  ...QUARTERS.map((q): [number, number] => [YEAR_INDEX, q]),
  ...QUARTERS.flatMap((q) => monthsOf(q).map((m): [number, number] => [YEAR_INDEX, m])),
  ...QUARTERS.flatMap((q) => monthsOf(q).map((m): [number, number] => [q, m])),
];

/** The tree of counts of distinct people: each period counts the people of any of its months. */
function distinctTree(months: readonly (readonly number[])[]): number[] {
  const count = (list: readonly (readonly number[])[]) => new Set(list.flat()).size;
  const quarters = [0, 1, 2, 3].map((q) => count(months.slice(3 * q, 3 * q + 3)));
  return [count(months), ...quarters, ...months.map((m) => m.length)];
}

/** Every sum of a set of disjoint published periods within `parent` (the empty set included). */
function disjointSums(parent: number, published: readonly boolean[], counts: readonly number[]): Set<number> {
  const subsetSums = (periods: number[]) => {
    let sums = new Set([0]);
    for (const period of periods.filter((p) => published[p]))
      sums = new Set([...sums, ...[...sums].map((s) => s + counts[period])]);
    return sums;
  };
  if (parent !== YEAR_INDEX) return subsetSums(monthsOf(parent));
  let sums = new Set([0]);
  for (const q of QUARTERS) {
    const options = subsetSums(monthsOf(q));
    if (published[q]) options.add(counts[q]);
    sums = new Set([...sums].flatMap((s) => [...options].map((o) => s + o)));
  }
  return sums;
}

// Many zeros and small counts, as in a small convention's month.
const monthCount = fc.oneof(
  { arbitrary: fc.constant(0), weight: 3 },
  { arbitrary: fc.integer({ min: 1, max: 4 }), weight: 4 },
  { arbitrary: fc.integer({ min: 5, max: 40 }), weight: 3 },
);
const monthPeople = fc.uniqueArray(fc.integer({ min: 0, max: 14 }), { maxLength: 9 });

describe('the periods indicators may be asked for', () => {
  it('accepts a calendar month, quarter or year, and says where it sits in its year', () => {
    expect(indicatorPeriod('2026-01-01', '2026-12-31')).toEqual({
      kind: 'YEAR',
      year: 2026,
      from: '2026-01-01',
      to: '2026-12-31',
      index: 0,
    });
    expect(indicatorPeriod('2026-04-01', '2026-06-30')).toMatchObject({ kind: 'QUARTER', index: 2 });
    expect(indicatorPeriod('2026-01-01', '2026-03-31')).toMatchObject({ kind: 'QUARTER', index: 1 });
    expect(indicatorPeriod('2026-01-01', '2026-01-31')).toMatchObject({ kind: 'MONTH', index: 5 });
    expect(indicatorPeriod('2028-02-01', '2028-02-29')).toMatchObject({ kind: 'MONTH', index: 6 });
    expect(indicatorPeriod('2026-12-01', '2026-12-31')).toMatchObject({ kind: 'MONTH', index: 16 });
  });

  it('lists the 17 periods of a year in tree order', () => {
    const periods = periodsOfYear(2027);
    expect(periods).toHaveLength(PERIODS_IN_TREE);
    expect(periods.map((p) => p.index)).toEqual([...Array(PERIODS_IN_TREE).keys()]);
    expect(periods.map((p) => `${p.from}/${p.to}`).slice(0, 6)).toEqual([
      '2027-01-01/2027-12-31',
      '2027-01-01/2027-03-31',
      '2027-04-01/2027-06-30',
      '2027-07-01/2027-09-30',
      '2027-10-01/2027-12-31',
      '2027-01-01/2027-01-31',
    ]);
    for (const period of periods) expect(indicatorPeriod(period.from, period.to)).toEqual(period);
  });

  it('refuses any other period with BAD_USER_INPUT naming the argument and the allowed periods', () => {
    const refusal = (from: string, to: string) => {
      try {
        indicatorPeriod(from, to);
      } catch (error) {
        return error as { message: string; extensions: { code: string; argument: string } };
      }
      throw new Error(`${from}..${to} accepted`);
    };
    for (const [from, to, argument] of [
      // The overlapping periods of differencing: up to 31 March, up to 30 April.
      ['2026-01-01', '2026-04-30', 'to'],
      ['2026-01-02', '2026-03-31', 'from'],
      ['2026-05-15', '2026-05-31', 'from'],
      ['2026-05-01', '2026-05-30', 'to'],
      ['2026-02-01', '2026-04-30', 'to'],
      ['2026-01-01', '2027-12-31', 'to'],
      ['2021-01-01', '2025-12-31', 'to'],
      ['2026-12-31', '2026-01-01', 'from'],
      ['2026-02-30', '2026-03-31', 'from'],
      ['20260101', '2026-12-31', 'from'],
      ['2026-01-01', '2026-13-31', 'to'],
    ]) {
      const error = refusal(from, to);
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    }
    expect(refusal('2026-01-01', '2026-04-30').message).toMatch(/calendar month .* quarter .* or year/);
  });
});

describe('an indicator', () => {
  it('shows zero as zero, withholds 1 to 4, and withholds what the tree withholds', () => {
    expect(indicator('k', 'l', 0)).toEqual({ key: 'k', label: 'l', value: 0, suppressed: false });
    expect(indicator('k', 'l', 1)).toEqual({ key: 'k', label: 'l', value: null, suppressed: true });
    expect(indicator('k', 'l', 4)).toEqual({ key: 'k', label: 'l', value: null, suppressed: true });
    expect(indicator('k', 'l', 5)).toEqual({ key: 'k', label: 'l', value: 5, suppressed: false });
    expect(indicator('k', 'l', 12, false)).toEqual({ key: 'k', label: 'l', value: null, suppressed: true });
  });

  it('gives an average or a share over no item no value, and withholds it over 1 to 4', () => {
    expect(averageIndicator('a', 'l', [])).toMatchObject({ value: null, suppressed: false });
    expect(averageIndicator('a', 'l', [1, 2, 3, 4])).toMatchObject({ value: null, suppressed: true });
    expect(averageIndicator('a', 'l', [1, 2, 3, 4, 6])).toMatchObject({ value: 3.2, suppressed: false });
    expect(shareIndicator('s', 'l', 0, 0)).toMatchObject({ value: null, suppressed: false });
    expect(shareIndicator('s', 'l', 1, 3)).toMatchObject({ value: null, suppressed: true });
    expect(shareIndicator('s', 'l', 2, 8)).toMatchObject({ value: 25, suppressed: false });
    expect(figureIndicator('f', 'l', 120.5, 5)).toMatchObject({ value: 120.5, suppressed: false });
  });

  it('publishes the asked period of a tree as the tree decides', () => {
    // April alone is 1: withheld; May withheld with it (see the hand-written case below).
    const counts = treeOfMonths([2, 1, 2, 1, 5, 6, 0, 0, 0, 0, 0, 0]);
    const may = indicatorPeriod('2026-05-01', '2026-05-31');
    const june = indicatorPeriod('2026-06-01', '2026-06-30');
    const year = indicatorPeriod('2026-01-01', '2026-12-31');
    expect(treeIndicator('entries', 'l', counts, may)).toMatchObject({ value: null, suppressed: true });
    expect(treeIndicator('entries', 'l', counts, june)).toMatchObject({ value: 6, suppressed: false });
    expect(treeIndicator('entries', 'l', counts, year)).toMatchObject({ value: 17, suppressed: false });
  });
});

describe('complementary suppression over a year’s tree', () => {
  const decide = (counts: number[]) => {
    const published = disclosedPeriods(counts);
    return periodsOfYear(2026)
      .filter((p) => !published[p.index])
      .map((p) => (p.kind === 'YEAR' ? 'Y' : p.kind === 'QUARTER' ? `Q${p.index}` : `M${p.index - 4}`));
  };

  it('withholds the month that would give away April (the differencing of the brief)', () => {
    // Months: Jan 2, Feb 1, Mar 2, Apr 1, May 5, Jun 6, the rest 0; Q1 5, Q2 12, Q3 0, Q4 0; year 17.
    // Primary: Jan, Feb, Mar, Apr (1 to 4). Pairs: year−Q1 12, year−Q2 5, Q2−May 7, Q2−Jun 6: none.
    // Q2 less its published months: 12 − 5 − 6 = 1 (April) → withhold the smaller, May; 12 − 6 = 6.
    // The year less its quarters 0, less its published months 17 − 6 = 11: nothing more.
    expect(decide(treeOfMonths([2, 1, 2, 1, 5, 6, 0, 0, 0, 0, 0, 0]))).toEqual([
      'M1',
      'M2',
      'M3',
      'M4',
      'M5',
    ]);
  });

  it('withholds the inner period of a pair 1 to 4 apart, then what the year would give away', () => {
    // Months: Jan 10, Feb 10, Apr 3, the rest 0; Q1 20, Q2 3, Q3 0, Q4 0; year 23.
    // Primary: Q2 and April (3). Pairs: year−Q1 = 3 → withhold Q1 (year−Jan, year−Feb 13: fine).
    // The year less its published months: 23 − 10 − 10 = 3 (April) → withhold the smallest non-zero,
    // January (a tie with February: the earlier); 23 − 10 = 13. Quarters where published, else their
    // months (Feb 10, Mar 0, May 0, Jun 0, Q3 0, Q4 0): 13 too.
    expect(decide(treeOfMonths([10, 10, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0]))).toEqual(['Q1', 'Q2', 'M1', 'M4']);
  });

  it('withholds nothing when every figure is zero or large enough apart', () => {
    // Every month 0 or 5, every difference 0 or a multiple of 5.
    expect(decide(treeOfMonths([5, 0, 5, 0, 0, 0, 5, 5, 5, 0, 0, 10]))).toEqual([]);
    expect(decide(treeOfMonths(Array(12).fill(0)))).toEqual([]);
  });

  it('keeps only the year when the same few households are counted every month', () => {
    // The same 10 households: 6 of them each month, 8 each quarter, 10 over the year (not additive).
    // Pairs: year−Q1 = 2 → withhold Q1, then Q2, Q3, Q4 likewise; year−each month = 4 → every month.
    const counts = [10, 8, 8, 8, 8, ...Array(12).fill(6)];
    expect(decide(counts)).toEqual([
      'Q1',
      'Q2',
      'Q3',
      'Q4',
      ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => `M${m}`),
    ]);
  });

  it('refuses a tree that is not 17 periods', () => {
    expect(() => disclosedPeriods([1, 2, 3])).toThrow(/17 periods/);
  });
});

describe('complementary suppression, for any monthly data (property)', () => {
  /** What must hold of any tree: nothing of 1 to 4 published or derived from a nested pair; zero shown. */
  const checkTree = (counts: number[]) => {
    const published = disclosedPeriods(counts);
    expect(disclosedPeriods(counts)).toEqual(published);
    counts.forEach((count, index) => {
      if (published[index]) expect(isSmall(count)).toBe(false);
      if (count === 0) expect(published[index]).toBe(true);
    });
    for (const [outer, inner] of NESTED) {
      if (published[outer] && published[inner]) expect(isSmall(counts[outer] - counts[inner])).toBe(false);
    }
    return published;
  };

  it('publishes no count of 1 to 4 and no difference of 1 to 4, counts that add up', () => {
    fc.assert(
      fc.property(fc.array(monthCount, { minLength: 12, maxLength: 12 }), (months) => {
        const counts = treeOfMonths(months);
        const published = checkTree(counts);
        // Stronger, as counts add up: a published period less any disjoint published periods within it.
        for (const parent of [YEAR_INDEX, ...QUARTERS].filter((p) => published[p])) {
          for (const sum of disjointSums(parent, published, counts))
            expect(isSmall(counts[parent] - sum)).toBe(false);
        }
      }),
      { numRuns: 2000, seed: 20260401 },
    );
  });

  it('publishes no count of 1 to 4 and no difference of 1 to 4, counts of distinct households', () => {
    fc.assert(
      fc.property(fc.array(monthPeople, { minLength: 12, maxLength: 12 }), (months) => {
        checkTree(distinctTree(months));
      }),
      { numRuns: 1000, seed: 20260402 },
    );
  });

  it('does not withhold what needs no withholding: a tree of zeros and multiples of 5 stays whole', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 12, maxLength: 12 }), (fives) => {
        expect(disclosedPeriods(treeOfMonths(fives.map((n) => 5 * n))).every(Boolean)).toBe(true);
      }),
      { numRuns: 500, seed: 20260403 },
    );
  });
});
