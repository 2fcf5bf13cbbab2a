import {
  AGENCY_TIME_ZONE,
  addDays,
  addMonths,
  addWorkingDays,
  addYears,
  Calendar,
  clockStartingAt,
  daysBetween,
  daysInMonth,
  frozenClock,
  isIsoDate,
  lastDayOfMonth,
  localDate,
  localInstant,
  readClock,
  startOfLocalDay,
  systemClock,
  weekday,
} from '../src/calendar';

// Every expectation below is written by hand from a wall calendar and the French summer-time rule
// (last Sunday of March at 02:00 CET → 03:00 CEST; last Sunday of October at 03:00 CEST → 02:00 CET).

describe('the agency calendar at the edge instants', () => {
  // [instant (UTC), what a clock on a wall in Rouen shows, today, day of month, day of year]
  const EDGES: [string, string, string, number, number][] = [
    // 00:30 on New Year's Day in Paris is still 31 December in UTC.
    ['2025-12-31T23:30:00Z', '2026-01-01 00:30 CET', '2026-01-01', 1, 1],
    // 31 + 28 + 15
    ['2026-03-15T09:00:00Z', '2026-03-15 10:00 CET', '2026-03-15', 15, 74],
    // The night clocks go forward: 01:30 CET, then one hour later 03:30 CEST (02:30 never happens).
    ['2026-03-29T00:30:00Z', '2026-03-29 01:30 CET', '2026-03-29', 29, 88],
    ['2026-03-29T01:30:00Z', '2026-03-29 03:30 CEST', '2026-03-29', 29, 88],
    // 00:30 on 1 July in Paris is 30 June in UTC; Jan–Jun hold 181 days.
    ['2026-06-30T22:30:00Z', '2026-07-01 00:30 CEST', '2026-07-01', 1, 182],
    // The night clocks go back: 02:30 happens twice, CEST then CET.
    ['2026-10-25T00:30:00Z', '2026-10-25 02:30 CEST', '2026-10-25', 25, 298],
    ['2026-10-25T01:30:00Z', '2026-10-25 02:30 CET', '2026-10-25', 25, 298],
    // 334 days before December in a common year.
    ['2026-12-03T12:00:00Z', '2026-12-03 13:00 CET', '2026-12-03', 3, 337],
    // Just before and just after midnight on New Year's Eve.
    ['2026-12-31T22:30:00Z', '2026-12-31 23:30 CET', '2026-12-31', 31, 365],
    ['2026-12-31T23:30:00Z', '2027-01-01 00:30 CET', '2027-01-01', 1, 1],
    // 29 February of a leap year: 31 + 29.
    ['2028-02-29T12:00:00Z', '2028-02-29 13:00 CET', '2028-02-29', 29, 60],
  ];

  it.each(EDGES)('at %s (%s) today is %s', (instant, _wall, today, dayOfMonth, dayOfYear) => {
    const calendar = new Calendar(frozenClock(instant));
    expect(calendar.today()).toBe(today);
    expect(calendar.currentMonth()).toBe(today.slice(0, 7));
    expect(calendar.currentYear()).toBe(Number(today.slice(0, 4)));
    expect(calendar.daysElapsedInMonth()).toBe(dayOfMonth);
    expect(calendar.daysElapsedInYear()).toBe(dayOfYear);
    expect(calendar.now().toISOString()).toBe(new Date(instant).toISOString());
  });

  it('reads dates in Europe/Paris', () => {
    expect(AGENCY_TIME_ZONE).toBe('Europe/Paris');
    expect(localDate(new Date('2026-07-14T21:59:59Z'))).toBe('2026-07-14');
    expect(localDate(new Date('2026-07-14T22:00:00Z'))).toBe('2026-07-15');
    expect(localDate(new Date('2026-01-14T22:59:59Z'))).toBe('2026-01-14');
    expect(localDate(new Date('2026-01-14T23:00:00Z'))).toBe('2026-01-15');
  });

  it('knows when each agency day begins, summer time or not', () => {
    expect(startOfLocalDay('2026-01-01').toISOString()).toBe('2025-12-31T23:00:00.000Z');
    // Midnight of the night clocks go forward is still in winter time.
    expect(startOfLocalDay('2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(startOfLocalDay('2026-03-30').toISOString()).toBe('2026-03-29T22:00:00.000Z');
    // Midnight of the night clocks go back is still in summer time.
    expect(startOfLocalDay('2026-10-25').toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(startOfLocalDay('2026-10-26').toISOString()).toBe('2026-10-25T23:00:00.000Z');
    expect(startOfLocalDay('2028-02-29').toISOString()).toBe('2028-02-28T23:00:00.000Z');
  });
});

describe('calendar arithmetic', () => {
  it('adds days across months, years and 29 February', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30'); // a 23-hour day in between changes nothing
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-02-28', '2026-03-01')).toBe(1);
    expect(daysBetween('2026-12-31', '2026-01-01')).toBe(-364);
  });

  it('adds months to the last day when the target month is shorter', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
    expect(addMonths('2026-05-31', -18)).toBe('2024-11-30');
    expect(addYears('2028-02-29', -5)).toBe('2023-02-28');
    expect(addYears('2028-02-29', 4)).toBe('2032-02-29');
  });

  it('counts the days of each month, leap years included', () => {
    expect(daysInMonth('2026-02')).toBe(28);
    expect(daysInMonth('2028-02-10')).toBe(29);
    expect(daysInMonth('2100-02')).toBe(28);
    expect(daysInMonth('2000-02')).toBe(29);
    expect(daysInMonth('2026-12')).toBe(31);
    expect(lastDayOfMonth('2026-04-10')).toBe('2026-04-30');
  });

  it('counts working days from Monday to Friday', () => {
    expect(weekday('2026-12-04')).toBe(5); // a Friday
    expect(weekday('2026-03-15')).toBe(7); // a Sunday
    expect(weekday('2028-02-29')).toBe(2); // a Tuesday
    expect(addWorkingDays('2026-12-04', 5)).toBe('2026-12-11');
    // Thursday 31 December: Fri 1, Mon 4, Tue 5, Wed 6, Thu 7 January.
    expect(addWorkingDays('2026-12-31', 5)).toBe('2027-01-07');
    expect(addWorkingDays('2026-03-28', 1)).toBe('2026-03-30'); // Saturday → Monday
    expect(addWorkingDays('2026-03-28', 0)).toBe('2026-03-28');
  });

  it('tells a real date from a malformed one', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    for (const bad of [
      '2027-02-30',
      '2026-02-29',
      '2026-13-01',
      '2026-1-01',
      '2026-01-01T00:00',
      '',
      20260101,
    ])
      expect(isIsoDate(bad)).toBe(false);
  });
});

describe('clocks', () => {
  it('a frozen clock always answers its instant', () => {
    const clock = frozenClock('2026-03-15T10:00:00+01:00');
    expect(clock.now().toISOString()).toBe('2026-03-15T09:00:00.000Z');
    expect(clock.now().getTime()).toBe(clock.now().getTime());
  });

  it('a clock started at an instant ticks on from it', () => {
    // Anchored one second in the past: it already reads at least one second later than its start.
    const clock = clockStartingAt('2026-03-15T10:00:00+01:00', systemClock.now().getTime() - 1000);
    const first = clock.now().getTime();
    expect(first).toBeGreaterThanOrEqual(Date.parse('2026-03-15T09:00:01Z'));
    expect(clock.now().getTime()).toBeGreaterThanOrEqual(first);
  });

  it('reads CLOCK_AT for demonstrations, never in production', () => {
    expect(readClock({})).toBe(systemClock);
    const anchor = systemClock.now().getTime();
    const demo = readClock({ CLOCK_AT: '2026-03-15T10:00:00+01:00', CLOCK_ANCHOR: String(anchor - 60_000) });
    expect(new Calendar(demo).today()).toBe('2026-03-15');
    expect(demo.now().getTime()).toBeGreaterThanOrEqual(Date.parse('2026-03-15T09:01:00Z'));
    expect(() => readClock({ CLOCK_AT: '2026-03-15T10:00:00+01:00', NODE_ENV: 'production' })).toThrow(
      /development/,
    );
    for (const bad of ['2026-03-15', 'tomorrow', '2026-03-15T10:00:00', '2026-02-30T10:00:00Z'])
      expect(() => readClock({ CLOCK_AT: bad })).toThrow(/CLOCK_AT/);
    expect(() => readClock({ CLOCK_AT: '2026-03-15T10:00:00Z', CLOCK_ANCHOR: 'soon' })).toThrow(
      /CLOCK_ANCHOR/,
    );
  });
});

describe('local instants', () => {
  it('places a wall-clock time of a day in UTC, summer time or not', () => {
    expect(localInstant('2026-01-15', '09:00').toISOString()).toBe('2026-01-15T08:00:00.000Z');
    expect(localInstant('2026-07-15', '09:00').toISOString()).toBe('2026-07-15T07:00:00.000Z');
    // The day clocks go forward: 01:30 is winter time, 03:30 summer time.
    expect(localInstant('2026-03-29', '01:30').toISOString()).toBe('2026-03-29T00:30:00.000Z');
    expect(localInstant('2026-03-29', '03:30').toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(localInstant('2026-03-29', '12:00').toISOString()).toBe('2026-03-29T10:00:00.000Z');
    // The day clocks go back: noon is winter time.
    expect(localInstant('2026-10-25', '12:00').toISOString()).toBe('2026-10-25T11:00:00.000Z');
    expect(localInstant('2026-10-25', '00:00').toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(() => localInstant('2026-10-25', '24:00')).toThrow(/HH:MM/);
  });
});
