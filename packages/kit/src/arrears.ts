/** Months of arrears from which housing tells accompaniment (`ArrearsReached`), which raises an alert. */
export const ARREARS_ALERT_MONTHS = 2;

/** One month of a rent account: what was charged and what was paid. */
export interface RentMonth {
  /** First day of the month, YYYY-MM-DD. */
  month: string;
  chargedCents: number;
  paidCents: number;
}

/**
 * A rent account's arrears from its months: the balance owed, and how many of the latest month's
 * charge it makes, rounded down (none when nothing is owed). Housing keeps its accounts with it;
 * the demo raises the alerts it would.
 */
export function arrearsOf(months: readonly RentMonth[]): { arrearsCents: number; monthsInArrears: number } {
  const sorted = [...months].sort((a, b) => a.month.localeCompare(b.month));
  const monthly = sorted.at(-1)?.chargedCents ?? 0;
  const arrearsCents = sorted.reduce((sum, m) => sum + m.chargedCents - m.paidCents, 0);
  const monthsInArrears = monthly > 0 && arrearsCents > 0 ? Math.floor(arrearsCents / monthly) : 0;
  return { arrearsCents, monthsInArrears };
}
