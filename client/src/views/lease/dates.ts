// Calendar arithmetic on ISO dates (YYYY-MM-DD), as the API checks them.

/** The same day `years` later (or earlier); 29 February falls back to the 28th. */
export function addYears(date: string, years: number): string {
  const [year, month, day] = date.split('-');
  const target = `${String(Number(year) + years).padStart(4, '0')}-${month}-${day}`;
  return month === '02' && day === '29' && !isLeap(Number(year) + years)
    ? target.replace(/29$/, '28')
    : target;
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** A well-formed calendar date. */
export function isDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T12:00:00Z`));
}
