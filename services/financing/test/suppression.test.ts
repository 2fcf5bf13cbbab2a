import {
  checkIndicatorPeriod,
  figureIndicator,
  indicator,
  SUPPRESSION_THRESHOLD,
  shareIndicator,
} from '@ash/kit';

describe('indicator suppression', () => {
  it('shows zero, withholds a count of 1 to 4 and shows one of 5 or more', () => {
    expect(SUPPRESSION_THRESHOLD).toBe(5);
    expect(indicator('k', 'l', 0)).toEqual({ key: 'k', label: 'l', value: 0, suppressed: false });
    expect(indicator('k', 'l', 4)).toEqual({ key: 'k', label: 'l', value: null, suppressed: true });
    expect(indicator('k', 'l', 5)).toEqual({ key: 'k', label: 'l', value: 5, suppressed: false });
  });

  it('withholds an average or a share computed from 1 to 4 items, and has none from no item', () => {
    expect(figureIndicator('avg', 'l', 120.5, 4)).toMatchObject({ value: null, suppressed: true });
    expect(figureIndicator('avg', 'l', 120.5, 5)).toMatchObject({ value: 120.5, suppressed: false });
    expect(figureIndicator('avg', 'l', 0, 0)).toMatchObject({ value: null, suppressed: false });
    expect(shareIndicator('share', 'l', 1, 3)).toMatchObject({ value: null, suppressed: true });
    expect(shareIndicator('share', 'l', 2, 8)).toMatchObject({ value: 25, suppressed: false });
  });

  it('accepts a calendar month, quarter or year only', () => {
    for (const [from, to] of [
      ['2025-01-01', '2025-12-31'],
      ['2025-10-01', '2025-12-31'],
      ['2024-02-01', '2024-02-29'],
    ]) {
      expect(() => checkIndicatorPeriod(from, to)).not.toThrow();
    }
    for (const [from, to] of [
      ['2020-01-01', '2024-12-31'],
      ['2021-01-01', '2021-04-30'],
      ['2021-01-02', '2021-01-01'],
      ['2021-02-29', '2021-03-31'],
      ['20210101', '2021-03-31'],
    ]) {
      expect(() => checkIndicatorPeriod(from, to)).toThrow(
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
      );
    }
  });
});
