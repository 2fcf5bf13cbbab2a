import { buildDemoPlan } from '@ash/demo';
import { addMonthsToMonth, Calendar, clockStartingAt, frozenClock } from '@ash/kit';
import { startSystem, type TestSystem } from './system';

/*
 * The demo tells the same story whatever the day: on each of these days, seeded for that day and
 * served on a clock that starts at that instant, every view the dashboard opens on has something on
 * both sides of its rule.
 */

const INSTANTS = [
  '2025-12-31T23:30:00Z', // 00:30 on 1 January 2026 in Paris, 31 December in UTC
  '2026-03-29T01:30:00Z', // 03:30 CEST, the night clocks go forward
  '2026-12-31T22:30:00Z', // 23:30 on 31 December 2026 in Paris
  '2028-02-29T12:00:00Z', // 29 February of a leap year
];

const VIEWS = `query($month: String!, $lastMonth: String!) {
  stalled: applications(first: 1, filter: { stalled: true }) { totalCount }
  waiting: applications(first: 1, filter: { stalled: false, statuses: [SHARED_REVIEW, READY_FOR_COMMISSION] }) { totalCount }
  overdue: alerts(first: 1, filter: { overdue: true }) { totalCount }
  due: alerts(first: 1, filter: { overdue: false, statuses: [NEW] }) { totalCount }
  running: accompaniments(first: 1, filter: { phases: [INTEGRATION, FOLLOW_UP] }) { totalCount }
  below: accompanimentsBelowFrequency(month: $month, first: 1) { totalCount }
  belowLastMonth: accompanimentsBelowFrequency(month: $lastMonth, first: 1) { totalCount }
  commissions(first: 5) { edges { node { sessionDate status } } }
}`;

describe.each(INSTANTS)('the demo at %s', (instant) => {
  const today = new Calendar(frozenClock(instant)).today();
  const plan = buildDemoPlan({ dwellings: 400, applications: 120, today });
  let system: TestSystem;

  beforeAll(async () => {
    system = await startSystem(plan, { clock: clockStartingAt(instant) });
  });
  afterAll(() => system?.stop());

  it('has something on both sides of every date rule the dashboard shows', async () => {
    const month = today.slice(0, 7);
    const body = await system.as('SOCIAL_MANAGER')(VIEWS, { month, lastMonth: addMonthsToMonth(month, -1) });
    expect(body.errors).toBeUndefined();
    const data = body.data as Record<string, { totalCount: number }> & {
      commissions: { edges: { node: { sessionDate: string; status: string } }[] };
    };
    const counts = Object.fromEntries(
      ['stalled', 'waiting', 'overdue', 'due', 'running', 'below', 'belowLastMonth'].map((k) => [
        k,
        data[k].totalCount,
      ]),
    );
    // Applications stalled in a step, and others still within the 21 days.
    expect(counts.stalled).toBeGreaterThan(0);
    expect(counts.waiting).toBeGreaterThan(0);
    // New alerts past their triage deadline, and others still within it.
    expect(counts.overdue).toBeGreaterThan(0);
    expect(counts.due).toBeGreaterThan(0);
    // Last month, some followed households had all their contacts and some did not.
    expect(counts.belowLastMonth).toBeGreaterThan(0);
    expect(counts.belowLastMonth).toBeLessThan(counts.running);
    // This month is in progress: on its first day nothing is owed yet (a contact is owed once its
    // whole share of the days has passed); later in the month, some are short already.
    if (today.endsWith('-01')) expect(counts.below).toBe(0);
    else expect(counts.below).toBeGreaterThan(0);
    // The next commission session is planned; the latest past one was held.
    const sessions = data.commissions.edges.map((e) => e.node);
    expect(sessions.filter((s) => s.sessionDate > today && s.status === 'PLANNED')).toHaveLength(1);
    expect(sessions.some((s) => s.sessionDate < today && s.status === 'HELD')).toBe(true);
  });
});
