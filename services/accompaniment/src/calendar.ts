/**
 * Calendar rules of the agency. "Today" and the day an alert was raised are read in the agency's
 * time zone, so a late-evening alert in Rouen is not dated the next day (or the previous one).
 * Public holidays are not taken into account.
 */
export const AGENCY_TIME_ZONE = 'Europe/Paris';

const LOCAL_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: AGENCY_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The agency's calendar date (YYYY-MM-DD) of an instant. */
export function localDate(instant: Date): string {
  return LOCAL_DATE.format(instant);
}

/** Today's date at the agency. */
export function today(now: Date = new Date()): string {
  return localDate(now);
}

/** `date` plus `days` working days (Monday to Friday). */
export function addWorkingDays(date: string, days: number): string {
  const day = new Date(`${date}T00:00:00Z`);
  let added = 0;
  while (added < days) {
    day.setUTCDate(day.getUTCDate() + 1);
    const weekday = day.getUTCDay();
    if (weekday !== 0 && weekday !== 6) added++;
  }
  return day.toISOString().slice(0, 10);
}

/** Working days between raising an alert and its triage ("as soon as possible"), by default. */
export const TRIAGE_WORKING_DAYS = 5;
/** The most working days a triage deadline may be set to (ACCOMPANIMENT_TRIAGE_DAYS). */
export const MAX_TRIAGE_WORKING_DAYS = 20;
/** Calendar days `MAX_TRIAGE_WORKING_DAYS` working days may span at most (weekends included). */
export const MAX_TRIAGE_CALENDAR_DAYS =
  MAX_TRIAGE_WORKING_DAYS + 2 * Math.ceil(MAX_TRIAGE_WORKING_DAYS / 5) + 2;

/**
 * Triage deadline of an alert raised at `raisedAt`: `days` working days (five by default) after
 * its local date; weekends are not counted.
 */
export function triageDeadline(raisedAt: Date, days: number = TRIAGE_WORKING_DAYS): string {
  return addWorkingDays(localDate(raisedAt), days);
}
