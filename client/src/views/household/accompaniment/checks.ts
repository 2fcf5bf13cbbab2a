import type { AccompanimentPhase } from '../../../gql/graphql';
import { today } from '../../../i18n/format';

/** How an accompaniment moves through its phases, as the API allows it (ENDED is final). */
export const NEXT_PHASES: Record<AccompanimentPhase, AccompanimentPhase[]> = {
  PRE_ALLOCATION: ['INTEGRATION', 'ENDED'],
  INTEGRATION: ['FOLLOW_UP', 'ENDED'],
  FOLLOW_UP: ['ENDED'],
  ENDED: [],
};

export type DateProblem = 'invalid' | 'future' | 'beforeStart';

/**
 * What the API refuses in the date of a record on an accompaniment: not a day, after today (the
 * servers' day), before the accompaniment started (when `startDate` is given).
 */
export function dateProblem(date: string, startDate?: string | null): DateProblem | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))) return 'invalid';
  if (date > today()) return 'future';
  if (startDate && date < startDate) return 'beforeStart';
  return null;
}

/** The refusals found so far, without the fields that passed. */
export function refusals(found: Record<string, string | false | null | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(found).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}
