import { addDays, addWorkingDays, daysBetween, firstDayOfMonth, type IsoDate } from '@ash/kit';
import { buildDemoPlan, type DemoPlan } from '../src';

// The demo tells the same story on any day: these are the days where calendars break (New Year,
// the change to and from summer time, 29 February, the first and last days of a month), plus a
// day of each month of a year.
const EDGE_DAYS: IsoDate[] = [
  '2026-01-01',
  '2026-03-15',
  '2026-03-29',
  '2026-10-25',
  '2026-12-03',
  '2026-12-31',
  '2028-02-29',
  '2027-03-01',
  '2027-02-28',
  '2026-06-30',
];
const MONTHLY_DAYS: IsoDate[] = Array.from({ length: 12 }, (_, m) => addDays('2027-01-01', m * 31 + (m % 7)));

/** Every date of the plan that must not be after its reference day, with what it is. */
function pastDates(plan: DemoPlan): [string, string][] {
  const dates: [string, string][] = [];
  for (const h of plan.households) {
    dates.push([`household ${h.reference} created`, h.createdAt]);
    if (h.consentToShareDate) dates.push([`household ${h.reference} consent`, h.consentToShareDate]);
    for (const p of h.members) dates.push([`person ${p.id} born`, p.birthDate]);
  }
  for (const a of plan.applications) {
    dates.push([`application ${a.id} submitted`, a.submittedAt]);
    for (const step of a.history) dates.push([`application ${a.id} ${step.to}`, step.at]);
  }
  for (const l of plan.leases) {
    dates.push([`lease ${l.id} start`, l.startDate]);
    if (l.moveInInspectionDate) dates.push([`lease ${l.id} inspection`, l.moveInInspectionDate]);
    for (const m of l.rent) dates.push([`lease ${l.id} rent month`, m.month]);
  }
  for (const a of plan.accompaniments) {
    dates.push([`accompaniment ${a.id} start`, a.startDate]);
    if (a.endDate) dates.push([`accompaniment ${a.id} end`, a.endDate]);
    for (const p of a.phases) dates.push([`accompaniment ${a.id} ${p.phase}`, p.at]);
    for (const c of a.contacts) dates.push([`contact ${c.id}`, c.date]);
    for (const alert of a.alerts) {
      dates.push([`alert ${alert.id} raised`, alert.raisedAt]);
      for (const step of alert.history) dates.push([`alert ${alert.id} ${step.to}`, step.at]);
    }
    if (a.diagnostic) dates.push([`diagnostic ${a.diagnostic.id}`, a.diagnostic.date]);
  }
  return dates;
}

function isSorted(dates: string[]): boolean {
  return dates.every((date, i) => i === 0 || dates[i - 1] <= date);
}

describe.each([...EDGE_DAYS, ...MONTHLY_DAYS])('the demo plan of %s', (today) => {
  const plan = buildDemoPlan({ dwellings: 400, applications: 120, today });

  it('dates nothing after its day but what is planned ahead', () => {
    expect(plan.today).toBe(today);
    expect(pastDates(plan).filter(([, date]) => date > today)).toEqual([]);
    // Planned ahead: the next commission session, dwellings that will free up, lease handovers.
    const upcoming = plan.commissions.filter((c) => c.sessionDate > today);
    expect(upcoming.map((c) => daysBetween(today, c.sessionDate))).toEqual([9]);
  });

  it('keeps every history in order and every accompaniment within its own dates', () => {
    for (const a of plan.applications)
      expect(isSorted([a.submittedAt, ...a.history.map((h) => h.at)])).toBe(true);
    for (const a of plan.accompaniments) {
      expect(isSorted(a.phases.map((p) => p.at))).toBe(true);
      // One carried over keeps the phases of the one it carries on, from that one's start.
      const from = plan.accompaniments.find((b) => b.id === a.carriedOverFromId);
      expect(a.phases[0].at).toBe(from?.startDate ?? a.startDate);
      if (a.endDate) expect(a.endDate >= a.startDate).toBe(true);
      for (const c of a.contacts) {
        expect(c.date >= a.startDate).toBe(true);
        expect(c.date <= (a.endDate ?? today)).toBe(true);
      }
    }
    for (const l of plan.leases) {
      if (l.moveInInspectionDate) expect(l.moveInInspectionDate >= l.startDate).toBe(true);
      expect(l.rent.at(-1)?.month).toBe(firstDayOfMonth(l.endDate ?? today));
    }
  });

  it('keeps every accompaniment within the years of its convention, from its start to its end or today', () => {
    const years = new Map(
      plan.conventions.map((c) => [c.id, [`${c.startYear}-01-01`, `${c.endYear}-12-31`]]),
    );
    const outside = plan.accompaniments.filter((a) => {
      const [first, last] = years.get(a.conventionId) ?? ['', ''];
      return a.startDate < first || (a.endDate ?? today) > last;
    });
    expect(outside.map((a) => `${a.id} ${a.startDate}–${a.endDate ?? 'running'}`)).toEqual([]);
  });

  it('carries one accompaniment of the previous convention over to the renewal, as carryOverAccompaniments does', () => {
    const [, renewal, previous] = plan.conventions;
    expect(previous.endYear + 1).toBe(renewal.startYear);
    const carried = plan.accompaniments.filter((a) => a.carriedOverFromId);
    expect(carried).toHaveLength(1);
    const [next] = carried;
    const old = plan.accompaniments.find((a) => a.id === next.carriedOverFromId);
    // It ended on the previous convention's last day and went on from the renewal's first.
    expect(old).toMatchObject({
      conventionId: previous.id,
      endDate: `${previous.endYear}-12-31`,
      outcome: 'CARRIED_OVER',
      householdId: next.householdId,
    });
    expect(next).toMatchObject({ conventionId: renewal.id, startDate: `${renewal.startYear}-01-01` });
  });

  it('follows thirty households in the renewal, which covers today', () => {
    const renewal = plan.conventions[1];
    expect(renewal.startYear).toBeLessThanOrEqual(Number(today.slice(0, 4)));
    expect(renewal.endYear).toBeGreaterThanOrEqual(Number(today.slice(0, 4)));
    const current = plan.accompaniments.filter((a) => a.conventionId === renewal.id && !a.carriedOverFromId);
    expect(current).toHaveLength(30);
    for (const a of current) expect(a.startDate >= `${renewal.startYear}-01-01`).toBe(true);
    const running = current.filter((a) => a.phase !== 'ENDED');
    expect(running.map((a) => a.phase).sort()).toEqual(
      [
        ...Array(7).fill('FOLLOW_UP'), // the isolated tenants still supported
        ...Array(7).fill('FOLLOW_UP'), // housed applicants past their first four weeks
        ...Array(4).fill('INTEGRATION'),
        ...Array(6).fill('PRE_ALLOCATION'),
      ].sort(),
    );
    // Integration: moved in during the last four weeks.
    for (const a of running.filter((r) => r.phase === 'INTEGRATION')) {
      const moveIn = a.phases.find((p) => p.phase === 'INTEGRATION')?.at as string;
      expect(daysBetween(moveIn, today)).toBeGreaterThanOrEqual(3);
      expect(daysBetween(moveIn, today)).toBeLessThanOrEqual(24);
    }
  });

  it('has applications both within and beyond the 21-day stalling delay, in both steps that stall', () => {
    for (const status of ['SHARED_REVIEW', 'READY_FOR_COMMISSION']) {
      // Days since each application of that status entered it.
      const waited = plan.applications
        .filter((a) => a.status === status)
        .map((a) => daysBetween(a.history.at(-1)?.at ?? a.submittedAt, today));
      expect(waited.some((days) => days < 21)).toBe(true);
      expect(waited.some((days) => days >= 21)).toBe(true);
    }
  });

  it('has new alerts both within and past their triage deadline of five working days', () => {
    const fresh = plan.accompaniments.flatMap((a) => a.alerts).filter((alert) => alert.status === 'NEW');
    const deadlines = fresh.map((alert) => addWorkingDays(alert.raisedAt, 5));
    expect(deadlines.some((deadline) => deadline < today)).toBe(true);
    expect(deadlines.some((deadline) => deadline >= today)).toBe(true);
  });
});
