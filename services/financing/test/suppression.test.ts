import { checkIndicatorPeriod, indicator, SUPPRESSION_THRESHOLD, shareIndicator } from '@ash/kit';

describe('indicator suppression', () => {
  it('withholds a count under 5 and shows one of 5 or more', () => {
    expect(SUPPRESSION_THRESHOLD).toBe(5);
    expect(indicator('k', 'l', 0)).toEqual({ key: 'k', label: 'l', value: null, suppressed: true });
    expect(indicator('k', 'l', 4)).toEqual({ key: 'k', label: 'l', value: null, suppressed: true });
    expect(indicator('k', 'l', 5)).toEqual({ key: 'k', label: 'l', value: 5, suppressed: false });
  });

  it('withholds an average or a share computed from fewer than 5 items', () => {
    expect(indicator('avg', 'l', 120.5, 4)).toMatchObject({ value: null, suppressed: true });
    expect(indicator('avg', 'l', 120.5, 5)).toMatchObject({ value: 120.5, suppressed: false });
    expect(shareIndicator('share', 'l', 1, 3)).toMatchObject({ value: null, suppressed: true });
    expect(shareIndicator('share', 'l', 2, 8)).toMatchObject({ value: 25, suppressed: false });
  });

  it('accepts a period of at most 5 years, from before to', () => {
    expect(() => checkIndicatorPeriod('2020-01-01', '2025-01-01')).not.toThrow();
    for (const [from, to] of [
      ['2020-01-01', '2025-01-02'],
      ['2021-01-02', '2021-01-01'],
      ['2021-02-29', '2021-03-01'],
      ['20210101', '2021-03-01'],
    ]) {
      expect(() => checkIndicatorPeriod(from, to)).toThrow(
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
      );
    }
  });
});
