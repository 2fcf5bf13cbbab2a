// Amounts are typed in euros (French separators) and travel in cents.

/** Props of a Mantine NumberInput for an amount in euros. */
export const EURO_INPUT = {
  decimalSeparator: ',',
  thousandSeparator: '\u202f',
  decimalScale: 2,
  min: 0,
  suffix: ' €',
  hideControls: true,
} as const;

/** Euros as typed (a number, or '' when empty) to cents; null when empty. */
export function centsOf(value: string | number): number | null {
  if (value === '' || value === null) return null;
  const euros = Number(value);
  return Number.isFinite(euros) ? Math.round(euros * 100) : null;
}

/** Cents to euros for the input. */
export function eurosOf(cents: number | null | undefined): number | '' {
  return cents === null || cents === undefined ? '' : cents / 100;
}
