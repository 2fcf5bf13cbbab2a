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

/** Working days between raising an alert and its triage ("as soon as possible"). */
export const TRIAGE_WORKING_DAYS = 5;

/** Triage deadline of an alert raised at `raisedAt`: five working days after its local date. */
export function triageDeadline(raisedAt: Date): string {
  return addWorkingDays(localDate(raisedAt), TRIAGE_WORKING_DAYS);
}
