import type { TFunction } from 'i18next';
import { today } from '../../../i18n/format';

// The households API's rules for its inputs (services/households, *.input.ts and the services),
// checked before sending so that the form says what is wrong without a round trip; the API checks
// them again and its refusals show in the same places.
export const RULES = {
  reference: { min: 1, max: 40 },
  name: { min: 1, max: 80 },
  members: { min: 1, max: 20 },
  /** Amounts in cents: 0 to 1,000,000 €. */
  maxCents: 1_000_000_00,
  registrationNumber: /^[0-9A-Z]{8,24}$/,
  typologies: { min: 1, max: 6 },
  communes: { min: 1, max: 20 },
  commune: { min: 2, max: 80 },
  note: { max: 2000 },
  erasureReason: { max: 500 },
} as const;

/** The API's earliest date (the LocalDate scalar). */
export const EARLIEST_DATE = '1900-01-01';

/** Field name (as in the mutation's input) → French message; empty when the draft is valid. */
export type Problems = Record<string, string>;

/** Euros typed in a NumberInput, in cents; null when empty or not a number. */
export function toCents(euros: number | string): number | null {
  if (euros === '' || euros === null || euros === undefined) return null;
  const value = typeof euros === 'number' ? euros : Number(String(euros).replace(',', '.'));
  return Number.isFinite(value) ? Math.round(value * 100) : null;
}

/** Cents from the API, as a NumberInput's value in euros. */
export const toEuros = (cents: number): number => cents / 100;

export function checkText(
  problems: Problems,
  t: TFunction,
  field: string,
  value: string,
  { min, max }: { min: number; max: number },
): void {
  const length = value.trim().length;
  if (length < min) problems[field] = t('householdForms:invalid.required');
  else if (value.length > max) problems[field] = t('householdForms:invalid.tooLong', { count: max });
}

export function checkAmount(
  problems: Problems,
  t: TFunction,
  field: string,
  euros: number | string,
  required: boolean,
): void {
  const cents = toCents(euros);
  if (cents === null) {
    if (required) problems[field] = t('householdForms:invalid.required');
  } else if (cents < 0) problems[field] = t('householdForms:invalid.negative');
  else if (cents > RULES.maxCents) problems[field] = t('householdForms:invalid.tooLarge');
}

export function checkPastDate(
  problems: Problems,
  t: TFunction,
  field: string,
  date: string,
  required: boolean,
): void {
  if (!date) {
    if (required) problems[field] = t('householdForms:invalid.required');
  } else if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || date < EARLIEST_DATE)
    problems[field] = t('householdForms:invalid.date');
  else if (date > today()) problems[field] = t('householdForms:invalid.future');
}

const API_REASONS = [
  'DATE_IN_FUTURE',
  'NO_ADULT',
  'REFERENCE_TAKEN',
  'COMMUNE_NAME',
  'OPEN_APPLICATION',
  'REGISTRATION_NUMBER_TAKEN',
  'TOO_LONG',
  'REQUIRED',
  'ALREADY_ERASED',
  'UNKNOWN_MEMBER',
  'INVALID_DATE',
] as const;

/** The households API's refusal reasons (`extensions.reason`), in French, for `useMutationForm`. */
export function apiReasons(t: TFunction): Record<string, string> {
  return Object.fromEntries(API_REASONS.map((reason) => [reason, t(`householdForms:api.${reason}`)]));
}
