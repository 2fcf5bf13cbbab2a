/*
 * The one calendar of the platform. Every business date ("today", this month, a deadline, a cutoff)
 * is read in the agency's time zone from an injected clock: the system clock in production, an
 * instant of the test's choosing in tests, `CLOCK_AT` in a demonstration. Dates travel as ISO
 * strings (YYYY-MM-DD); their arithmetic below is on the calendar, never on local time.
 */

/** The agency's time zone: a late-evening event in Rouen belongs to that day, not the next. */
export const AGENCY_TIME_ZONE = 'Europe/Paris';

/** A calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;
/** A calendar month, `YYYY-MM`. */
export type IsoMonth = string;

/** Where "now" comes from. */
export interface Clock {
  now(): Date;
}

/** The machine's clock (production). */
export const systemClock: Clock = { now: () => new Date() };

function instantOf(at: Date | string): number {
  const ms = at instanceof Date ? at.getTime() : Date.parse(at);
  if (Number.isNaN(ms)) throw new Error(`Not an instant: ${String(at)}`);
  return ms;
}

/** A clock stopped at `at`: every call answers the same instant (rules tested as pure functions). */
export function frozenClock(at: Date | string): Clock {
  const ms = instantOf(at);
  return { now: () => new Date(ms) };
}

/**
 * A clock that read `at` when the real clock read `anchorMs` (now, by default) and ticks on from
 * there, as `faketime` does: instants stay ordered, the date is the one chosen.
 */
export function clockStartingAt(at: Date | string, anchorMs: number = systemClock.now().getTime()): Clock {
  const offset = instantOf(at) - anchorMs;
  return { now: () => new Date(systemClock.now().getTime() + offset) };
}

/**
 * The clock a process runs on: the system clock, or from `CLOCK_AT` (an ISO instant with its offset,
 * e.g. `2026-03-15T10:00:00+01:00`) for demonstrations, ticking on from there. `CLOCK_ANCHOR` (epoch
 * milliseconds, set by `npm start` for its children) makes every process read the same instant.
 * Refused in production.
 */
export function readClock(env: NodeJS.ProcessEnv): Clock {
  const at = env.CLOCK_AT;
  if (!at) return systemClock;
  if (env.NODE_ENV === 'production') throw new Error('CLOCK_AT is for development and demonstrations only');
  const wellFormed = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(at);
  if (!wellFormed || !isIsoDate(at.slice(0, 10)) || Number.isNaN(Date.parse(at)))
    throw new Error(`CLOCK_AT is not an ISO instant with its offset (2026-03-15T10:00:00+01:00): ${at}`);
  const anchor = env.CLOCK_ANCHOR ? Number(env.CLOCK_ANCHOR) : undefined;
  if (anchor !== undefined && !Number.isSafeInteger(anchor))
    throw new Error(`CLOCK_ANCHOR is not epoch milliseconds: ${env.CLOCK_ANCHOR}`);
  return clockStartingAt(at, anchor);
}

// --- dates on the calendar (no time zone involved) -------------------------------------------

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const DAY_MS = 86_400_000;

function utcDays(date: IsoDate): number {
  const match = ISO_DATE.exec(date);
  if (!match) throw new Error(`Not a date YYYY-MM-DD: ${date}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS;
}

function fromUtcDays(days: number): IsoDate {
  return new Date(days * DAY_MS).toISOString().slice(0, 10);
}

/** Whether `value` is a real calendar date `YYYY-MM-DD` (not 2027-02-30). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  return match !== null && fromUtcDays(utcDays(value)) === value;
}

/** Whether `value` is a month `YYYY-MM`. */
export function isIsoMonth(value: unknown): value is IsoMonth {
  return typeof value === 'string' && ISO_MONTH.test(value);
}

/** `date` plus `days` calendar days (negative goes back). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtcDays(utcDays(date) + days);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return utcDays(to) - utcDays(from);
}

/** Days in the month of `dateOrMonth` (28 to 31). */
export function daysInMonth(dateOrMonth: IsoDate | IsoMonth): number {
  const [year, month] = dateOrMonth.split('-').map(Number);
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * `date` plus `months` months; a day the target month lacks becomes its last day (31 January plus
 * one month is 28 or 29 February, never 3 March).
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [year, month, day] = date.split('-').map(Number);
  const index = year * 12 + (month - 1) + months;
  const target = `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
  return `${target}-${String(Math.min(day, daysInMonth(target))).padStart(2, '0')}`;
}

/** `date` plus `years` years (29 February becomes 28 February in a common year). */
export function addYears(date: IsoDate, years: number): IsoDate {
  return addMonths(date, years * 12);
}

/** ISO weekday of a date: 1 for Monday to 7 for Sunday. */
export function weekday(date: IsoDate): number {
  // 1970-01-01 was a Thursday (4).
  return ((((utcDays(date) + 3) % 7) + 7) % 7) + 1;
}

/** `date` plus `days` working days (Monday to Friday; public holidays are not known here). */
export function addWorkingDays(date: IsoDate, days: number): IsoDate {
  let day = date;
  let added = 0;
  while (added < days) {
    day = addDays(day, 1);
    if (weekday(day) <= 5) added++;
  }
  return day;
}

/** The month (`YYYY-MM`) of a date. */
export function monthOf(date: IsoDate): IsoMonth {
  return date.slice(0, 7);
}

/** First day of the month of a date or month. */
export function firstDayOfMonth(dateOrMonth: IsoDate | IsoMonth): IsoDate {
  return `${dateOrMonth.slice(0, 7)}-01`;
}

/** Last day of the month of a date or month. */
export function lastDayOfMonth(dateOrMonth: IsoDate | IsoMonth): IsoDate {
  return `${dateOrMonth.slice(0, 7)}-${String(daysInMonth(dateOrMonth)).padStart(2, '0')}`;
}

/** The month `months` after (or before) a month. */
export function addMonthsToMonth(month: IsoMonth, months: number): IsoMonth {
  return monthOf(addMonths(`${month}-01`, months));
}

/** 1 January of a year. */
export function firstDayOfYear(year: number): IsoDate {
  return `${String(year).padStart(4, '0')}-01-01`;
}

/** 31 December of a year. */
export function lastDayOfYear(year: number): IsoDate {
  return `${String(year).padStart(4, '0')}-12-31`;
}

/** The year of a date. */
export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

// --- instants in the agency's time zone ------------------------------------------------------

// Built once: a formatter costs tens of microseconds to create, little to use.
const LOCAL_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: AGENCY_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const LOCAL_WALL_CLOCK = new Intl.DateTimeFormat('en-GB', {
  timeZone: AGENCY_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** The agency's calendar date of an instant. */
export function localDate(instant: Date): IsoDate {
  return LOCAL_DATE.format(instant);
}

/** Milliseconds the agency's wall clock is ahead of UTC at `ms` (3,600,000 in winter, 7,200,000 in summer). */
function offsetAt(ms: number): number {
  const parts = Object.fromEntries(
    LOCAL_WALL_CLOCK.formatToParts(new Date(ms)).map((part) => [part.type, part.value]),
  );
  const wall = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return wall - Math.floor(ms / 1000) * 1000;
}

/**
 * The instant the agency's wall clock shows `time` (HH:MM) on `date`. A time skipped when the clocks
 * go forward is read in winter time; a time that happens twice when they go back, the first time.
 */
export function localInstant(date: IsoDate, time = '00:00'): Date {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!match) throw new Error(`Not a time HH:MM: ${time}`);
  const wall = utcDays(date) * DAY_MS + (Number(match[1]) * 60 + Number(match[2])) * 60_000;
  const guess = wall - offsetAt(wall - DAY_MS / 2);
  return new Date(wall - offsetAt(guess));
}

/**
 * The instant the agency's day `date` begins (its midnight; Paris changes the hour at 2 or 3 in the
 * morning, so midnight always exists once).
 */
export function startOfLocalDay(date: IsoDate): Date {
  return localInstant(date, '00:00');
}

/** "Today" and its derivatives, read from a clock in the agency's time zone. */
export class Calendar {
  constructor(readonly clock: Clock = systemClock) {}

  /** The current instant (for timestamps of business facts: a transition, an alert raised). */
  now(): Date {
    return this.clock.now();
  }

  /** Today's date at the agency. */
  today(): IsoDate {
    return localDate(this.clock.now());
  }

  /** The current month, `YYYY-MM`. */
  currentMonth(): IsoMonth {
    return monthOf(this.today());
  }

  /** The current year. */
  currentYear(): number {
    return yearOf(this.today());
  }

  /** Days of the current month elapsed, today included: 1 on the first of the month. */
  daysElapsedInMonth(): number {
    return Number(this.today().slice(8, 10));
  }

  /** Days of the current year elapsed, today included: 1 on 1 January, 366 on 31 December of a leap year. */
  daysElapsedInYear(): number {
    return daysBetween(firstDayOfYear(this.currentYear()), this.today()) + 1;
  }

  /** The date `days` days before today. */
  daysAgo(days: number): IsoDate {
    return addDays(this.today(), -days);
  }

  /** Whether a date is after today (tomorrow or later). */
  isAfterToday(date: IsoDate): boolean {
    return date > this.today();
  }
}
