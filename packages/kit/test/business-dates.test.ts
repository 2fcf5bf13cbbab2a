import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/*
 * Every business date comes from the kit's calendar and the injected clock. This test reads the
 * sources of the subgraphs, the gateway and the shared packages and fails on anything else that
 * reads the machine's clock, the database's clock, a time zone, or does date arithmetic by hand.
 * The few timestamps that are record-keeping (when a row or an event was written) are allowed here,
 * each with its reason.
 */

const ROOT = path.resolve(__dirname, '..', '..', '..');
const SOURCES = [
  ...['housing', 'households', 'accompaniment', 'financing'].map((s) => `services/${s}/src`),
  'gateway/src',
  ...readdirSync(path.join(ROOT, 'packages')).map((p) => `packages/${p}/src`),
];
/** The calendar itself; generated migrations (column defaults of record-keeping timestamps). */
const EXEMPT = [/^packages\/kit\/src\/calendar\.ts$/, /\/src\/migrations\//];

const FORBIDDEN: [RegExp, string][] = [
  [/new Date\(\)/, 'the machine clock (use the calendar: ctx.calendar.now(), .today())'],
  [/Date\.now\(/, 'the machine clock (use the calendar)'],
  [/(?<![.\w])now\(\)/i, 'the database clock (pass the calendar’s date as a parameter)'],
  [
    /\b(current_date|current_timestamp|localtimestamp|clock_timestamp|statement_timestamp|transaction_timestamp)\b/i,
    'the database clock (pass the calendar’s date as a parameter)',
  ],
  [/Intl\.DateTimeFormat/, 'a time zone read outside the calendar (localDate, startOfLocalDay)'],
  [/toISOString\(\)\.slice\(0, ?10\)/, 'a UTC date (the agency’s date is localDate)'],
  [/[gs]etUTC(Date|Day|Month|FullYear)\(/, 'date arithmetic by hand (addDays, addMonths, daysBetween…)'],
];

/** Record-keeping timestamps, each allowed where it is, with why. */
const ALLOWED: { file: string; line: RegExp; why: string }[] = [
  {
    file: 'packages/kit/src/audited.ts',
    line: /createdAt: Date = new Date\(\)|updatedAt: Date = new Date\(\)|onUpdate: \(\) => new Date\(\)|entity\.updatedAt = new Date\(\)/,
    why: 'when a row was written or changed',
  },
  {
    file: 'packages/kit/src/events.ts',
    line: /occurredAt: Date = new Date\(\)|processedAt: Date = new Date\(\)|publishedAt = new Date\(\)|values \(\?, \?, now\(\)\)/,
    why: 'when an event was written, published, applied: orders events, says nothing of the business',
  },
  {
    file: 'packages/kit/src/audit.ts',
    line: /at: new Date\(\)\.toISOString\(\)/,
    why: 'when an audited request ran',
  },
  {
    file: 'services/accompaniment/src/modules/committee/committee.service.ts',
    line: /const at = Date\.now\(\);/,
    why: 'creation instants a millisecond apart keep the decisions in the order given',
  },
  {
    file: 'packages/platform/src/database.ts',
    line: /Date\.now\(\)/,
    why: 'how long migrations take',
  },
  { file: 'packages/platform/src/start.ts', line: /Date\.now\(\)/, why: 'a start-up timeout' },
];

function sourcesOf(dir: string): string[] {
  const full = path.join(ROOT, dir);
  let entries: string[];
  try {
    entries = readdirSync(full, { recursive: true }) as string[];
  } catch {
    return [];
  }
  return entries
    .filter((name) => /\.tsx?$/.test(name))
    .map((name) => path.posix.join(dir, name.split(path.sep).join('/')))
    .filter((file) => !EXEMPT.some((pattern) => pattern.test(file)));
}

function findings(): string[] {
  const found: string[] = [];
  for (const file of SOURCES.flatMap(sourcesOf)) {
    readFileSync(path.join(ROOT, file), 'utf8')
      .split('\n')
      .forEach((text, i) => {
        // A column default is for rows written outside the services (the database's own record).
        if (/defaultRaw: 'now\(\)'/.test(text)) return;
        for (const [pattern, what] of FORBIDDEN) {
          if (!pattern.test(text)) continue;
          if (ALLOWED.some((allowed) => allowed.file === file && allowed.line.test(text))) continue;
          found.push(`${file}:${i + 1}: ${what}: ${text.trim()}`);
        }
      });
  }
  return found;
}

describe('business dates', () => {
  it('come from the kit calendar only, apart from the record-keeping timestamps allowed by name', () => {
    expect(findings()).toEqual([]);
  });

  it('would catch each way of reading another clock', () => {
    const samples = [
      'const today = new Date().toISOString().slice(0, 10);',
      'if (Date.now() > deadline) {',
      "where date < (now() at time zone 'Europe/Paris')::date",
      'check (birth_date <= current_date)',
      "new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' })",
      'day.setUTCDate(day.getUTCDate() + 1);',
    ];
    for (const sample of samples) expect(FORBIDDEN.some(([pattern]) => pattern.test(sample))).toBe(true);
    expect(FORBIDDEN.some(([pattern]) => pattern.test('const at = this.calendar.now();'))).toBe(false);
  });
});
