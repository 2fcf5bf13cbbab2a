// Dates, money and numbers in French format (Intl). Amounts travel in cents.
import { now } from '../app/clock';

const LOCALE = 'fr-FR';

const dateFormat = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'medium', timeZone: 'Europe/Paris' });
const dateTimeFormat = new Intl.DateTimeFormat(LOCALE, {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'Europe/Paris',
});
const monthFormat = new Intl.DateTimeFormat(LOCALE, { month: 'long', year: 'numeric', timeZone: 'UTC' });
const moneyFormat = new Intl.NumberFormat(LOCALE, { style: 'currency', currency: 'EUR' });
const wholeMoneyFormat = new Intl.NumberFormat(LOCALE, {
  style: 'currency',
  currency: 'EUR',
  maximumFractionDigits: 0,
});
const numberFormat = new Intl.NumberFormat(LOCALE);
const percentFormat = new Intl.NumberFormat(LOCALE, { style: 'percent', maximumFractionDigits: 1 });

const EMPTY = '—';

/** A date (YYYY-MM-DD, read as a calendar day) or a timestamp, as "12 mars 2026". */
export function formatDate(value: string | null | undefined): string {
  if (!value) return EMPTY;
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00Z` : value;
  return dateFormat.format(new Date(day));
}

export function formatDateTime(value: string | null | undefined): string {
  return value ? dateTimeFormat.format(new Date(value)) : EMPTY;
}

/** YYYY-MM as "mars 2026". */
export function formatMonth(value: string | null | undefined): string {
  return value ? monthFormat.format(new Date(`${value}-01T00:00:00Z`)) : EMPTY;
}

export function formatMoney(cents: number | null | undefined, { whole = false } = {}): string {
  if (cents === null || cents === undefined) return EMPTY;
  return (whole ? wholeMoneyFormat : moneyFormat).format(cents / 100);
}

export function formatNumber(value: number | null | undefined): string {
  return value === null || value === undefined ? EMPTY : numberFormat.format(value);
}

/** A ratio (0.25) as "25 %". */
export function formatPercent(ratio: number | null | undefined): string {
  return ratio === null || ratio === undefined ? EMPTY : percentFormat.format(ratio);
}

const PARIS_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' });

/** Today in Paris (on the servers' clock) as YYYY-MM-DD, and the current month as YYYY-MM. */
export function today(): string {
  return PARIS_DATE.format(now());
}

export function currentMonth(): string {
  return today().slice(0, 7);
}
