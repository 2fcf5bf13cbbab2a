import { addWorkingDays, type IsoDate, localDate } from '@ash/kit';

/** Working days between raising an alert and its triage ("as soon as possible"), by default. */
export const TRIAGE_WORKING_DAYS = 5;
/** The most working days a triage deadline may be set to (ACCOMPANIMENT_TRIAGE_DAYS). */
export const MAX_TRIAGE_WORKING_DAYS = 20;
/** Calendar days `MAX_TRIAGE_WORKING_DAYS` working days may span at most (weekends included). */
export const MAX_TRIAGE_CALENDAR_DAYS =
  MAX_TRIAGE_WORKING_DAYS + 2 * Math.ceil(MAX_TRIAGE_WORKING_DAYS / 5) + 2;

/**
 * Triage deadline of an alert raised at `raisedAt`: `days` working days (five by default) after
 * the agency's date of that instant, so a late-evening alert in Rouen counts from that day.
 * Weekends are not counted; public holidays are not known here.
 */
export function triageDeadline(raisedAt: Date, days: number = TRIAGE_WORKING_DAYS): IsoDate {
  return addWorkingDays(localDate(raisedAt), days);
}
