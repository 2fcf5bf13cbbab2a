import { randomUUID } from 'node:crypto';
import { buildDemoPlan, type PlanAccompaniment, type PlanContact, stableId } from '@ash/demo';
import { applyOnce, type EventEnvelope, migrate, SEED_AUDIT, type SubgraphServer } from '@ash/kit';
import {
  actorFor,
  clockOn,
  createTestDatabase,
  errorCode,
  sqlCounter,
  type TestDatabase,
} from '@ash/testkit';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createServer, eventHandlers, openOrm, seedAccompaniment } from '../src';
import { Accompaniment, PhaseChange } from '../src/modules/accompaniment/accompaniment.entity';
import { Contact } from '../src/modules/contact/contact.entity';

let db: TestDatabase;
let orm: MikroORM;
let server: SubgraphServer;
const counter = sqlCounter();
const plan = buildDemoPlan({ dwellings: 300, applications: 40, today: '2026-11-15' });
const social = actorFor('SOCIAL_MANAGER');
const worker = actorFor('SUPPORT_WORKER');
const rental = actorFor('RENTAL_MANAGER');
const evaluator = actorFor('EVALUATOR');
type Actor = typeof social;
type Result = Awaited<ReturnType<SubgraphServer['execute']>>;

const TEST_CONVENTION = stableId('test', 'frequency-convention');
type Kind = 'HOME_VISIT' | 'OFFICE' | 'PHONE' | 'OUTREACH_ATTEMPT';
type Outcome = 'MET' | 'NO_ANSWER' | 'REFUSED';

/** Accompaniments built by the tests, on households of their own, so the plan's stay intact. */
interface Built {
  id: string;
  kind: 'ACCESS' | 'TENANCY_SUSTAINMENT';
  phase: 'PRE_ALLOCATION' | 'INTEGRATION' | 'FOLLOW_UP' | 'ENDED';
  startDate: string;
  endDate?: string;
  phases: [string, string][];
  contacts: [string, Kind, Outcome][];
}

// Moved in on 20 September 2026: integration until 17 October, follow-up from 18 October.
const movedIn: Built = {
  id: randomUUID(),
  kind: 'ACCESS',
  phase: 'FOLLOW_UP',
  startDate: '2026-09-01',
  phases: [
    ['PRE_ALLOCATION', '2026-09-01'],
    ['INTEGRATION', '2026-09-20'],
    ['FOLLOW_UP', '2026-10-18'],
  ],
  contacts: [
    ['2026-09-29', 'PHONE', 'MET'],
    ['2026-09-30', 'HOME_VISIT', 'MET'],
    ['2026-09-30', 'PHONE', 'NO_ANSWER'],
    ['2026-10-01', 'PHONE', 'MET'],
    ['2026-10-17', 'PHONE', 'MET'],
    ['2026-10-18', 'PHONE', 'MET'],
    ['2026-10-31', 'OFFICE', 'MET'],
    ['2026-11-01', 'HOME_VISIT', 'MET'],
  ],
};
// Tenancy sustainment ended on 10 October 2026.
const ended: Built = {
  id: randomUUID(),
  kind: 'TENANCY_SUSTAINMENT',
  phase: 'ENDED',
  startDate: '2026-06-01',
  endDate: '2026-10-10',
  phases: [
    ['FOLLOW_UP', '2026-06-01'],
    ['ENDED', '2026-10-10'],
  ],
  contacts: [['2026-10-02', 'HOME_VISIT', 'MET']],
};
const waiting: Built = {
  id: randomUUID(),
  kind: 'ACCESS',
  phase: 'PRE_ALLOCATION',
  startDate: '2026-08-01',
  phases: [['PRE_ALLOCATION', '2026-08-01']],
  contacts: [['2026-10-05', 'OUTREACH_ATTEMPT', 'NO_ANSWER']],
};
const rescheduled: Built = {
  id: randomUUID(),
  kind: 'TENANCY_SUSTAINMENT',
  phase: 'FOLLOW_UP',
  startDate: '2026-06-01',
  phases: [['FOLLOW_UP', '2026-06-01']],
  contacts: [['2026-10-12', 'HOME_VISIT', 'MET']],
};
const BUILT = [movedIn, ended, waiting, rescheduled];

async function insert(built: Built[]): Promise<void> {
  const em = orm.em.fork();
  await em.insertMany(
    Accompaniment,
    built.map((b) => ({
      id: b.id,
      householdId: randomUUID(),
      kind: b.kind,
      supportWorkerId: 'sw-test',
      socialReferentId: social.userId,
      startDate: b.startDate,
      endDate: b.endDate ?? null,
      endReason: b.endDate ? 'Fin' : null,
      outcome: b.endDate ? 'SUSTAINED' : null,
      phase: b.phase,
      conventionId: TEST_CONVENTION,
      ...SEED_AUDIT,
    })) as never,
  );
  await em.insertMany(
    PhaseChange,
    built.flatMap((b) =>
      b.phases.map(([to, at], i) => ({
        id: randomUUID(),
        accompaniment: b.id,
        from: i === 0 ? null : b.phases[i - 1][0],
        to,
        at: new Date(`${at}T12:00:00Z`),
        by: 'seed',
        ...SEED_AUDIT,
      })),
    ) as never,
  );
  await em.insertMany(
    Contact,
    built.flatMap((b) =>
      b.contacts.map(([date, kind, outcome]) => ({
        id: randomUUID(),
        accompaniment: b.id,
        date,
        kind,
        configuration: 'PAIR',
        timeSlot: 'MORNING',
        place: kind === 'OFFICE' ? 'OFFICE' : 'HOME',
        outcome,
        recordedBy: 'sw-test',
        ...SEED_AUDIT,
      })),
    ) as never,
  );
}

beforeAll(async () => {
  db = await createTestDatabase('accompaniment_frequency');
  orm = await openOrm(db.url, counter.onQuery);
  await migrate(orm);
  await seedAccompaniment(orm, plan);
  await insert(BUILT);
  server = await createServer({ orm, gatewaySecret: 'test-secret', clock: clockOn(plan.today) });
});

afterAll(async () => {
  await server.stop();
  await orm.close();
  await db.drop();
});

function dataOf<T>(result: Result, field: string): T {
  expect(result.errors).toBeUndefined();
  return result.data?.[field] as T;
}

interface Compliance {
  month: string;
  required: number;
  done: number;
  shortfall: number;
}

async function complianceOf(actor: Actor, id: string, months: string[]): Promise<Compliance[]> {
  const fields = months.map((m, i) => `m${i}: compliance(month: "${m}") { month required done shortfall }`);
  const a = dataOf<Record<string, Compliance>>(
    await server.execute(actor, `query($id: ID!) { accompaniment(id: $id) { ${fields.join(' ')} } }`, { id }),
    'accompaniment',
  );
  return months.map((_, i) => a[`m${i}`]);
}

const c = (month: string, required: number, done: number): Compliance => ({
  month,
  required,
  done,
  shortfall: Math.max(0, required - done),
});

describe('contact-frequency compliance', () => {
  it('counts the integration weeks pro rata across the month end, then in-person meetings', async () => {
    expect(await complianceOf(social, movedIn.id, ['2026-08', '2026-09', '2026-10', '2026-11'])).toEqual([
      c('2026-08', 0, 0),
      // 20–30 Sept: 11 days × 2 a week = 3.1 → 4; a phone call met counts, a missed one does not.
      c('2026-09', 4, 2),
      // 1–17 Oct: 17 days × 2 a week = 4.9 → 5 (any contact met: 1 and 17 Oct); 18–31 Oct: 14/31 of
      // 4 = 1.8 → 2 in person (the office on 31 Oct, not the phone call on 18 Oct).
      c('2026-10', 7, 3),
      // November is in progress (the server's today is the 15th): 15/30 of 4 = 2.0 → 2 owed so far.
      c('2026-11', 2, 1),
    ]);
  });

  it('requires meetings until the end only, and nothing before the move-in', async () => {
    // 1–10 Oct: 10/31 of 4 = 1.3 → 2.
    expect(await complianceOf(social, ended.id, ['2026-10', '2026-11'])).toEqual([
      c('2026-10', 2, 1),
      c('2026-11', 0, 0),
    ]);
    expect(await complianceOf(social, waiting.id, ['2026-10'])).toEqual([c('2026-10', 0, 0)]);
  });

  it('refuses a malformed month', async () => {
    const result = await server.execute(
      social,
      `query($id: ID!) { accompaniment(id: $id) { compliance(month: "2026-13") { required } } }`,
      { id: movedIn.id },
    );
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
  });
});

const SET = `mutation($id: ID!, $input: ContactScheduleInput!) {
  setContactSchedule(accompanimentId: $id, input: $input) {
    contactSchedule { integrationContactsPerWeek integrationWeeks monthlyInPersonMeetings }
    contactScheduleChanges { by reason before { monthlyInPersonMeetings } after { monthlyInPersonMeetings } }
    compliance(month: "2026-10") { required done }
  }
}`;
const input = { integrationContactsPerWeek: 3, integrationWeeks: 6, monthlyInPersonMeetings: 2 };

describe('the contact schedule', () => {
  it('is changed with who changed it and why, and the requirement follows', async () => {
    const result = dataOf<{
      contactSchedule: typeof input;
      contactScheduleChanges: unknown[];
      compliance: { required: number; done: number };
    }>(
      await server.execute(social, SET, {
        id: rescheduled.id,
        input: { ...input, reason: 'Hospitalisation du locataire' },
      }),
      'setContactSchedule',
    );
    expect(result.contactSchedule).toEqual(input);
    expect(result.contactScheduleChanges).toEqual([
      {
        by: social.userId,
        reason: 'Hospitalisation du locataire',
        before: { monthlyInPersonMeetings: 4 },
        after: { monthlyInPersonMeetings: 2 },
      },
    ]);
    expect(result.compliance).toEqual({ required: 2, done: 1 });
  });

  it('is forbidden to rental management and evaluators, and needs a reason', async () => {
    for (const actor of [rental, evaluator]) {
      const result = await server.execute(actor, SET, {
        id: rescheduled.id,
        input: { ...input, reason: 'x' },
      });
      expect(errorCode(result)).toBe('FORBIDDEN');
    }
    const blank = await server.execute(social, SET, { id: movedIn.id, input: { ...input, reason: '   ' } });
    expect(errorCode(blank)).toBe('BAD_USER_INPUT');
    const [row] = await orm.em
      .fork()
      .getConnection()
      .execute(
        'select integration_weeks, (select count(*)::int from accompaniment.contact_schedule_change where accompaniment_id = ?) as changes from accompaniment.accompaniment where id = ?',
        [movedIn.id, movedIn.id],
      );
    expect(row).toEqual({ integration_weeks: 4, changes: 0 });
  });

  it('is out of reach of a support worker for another worker’s accompaniment', async () => {
    const result = await server.execute(worker, SET, { id: movedIn.id, input: { ...input, reason: 'x' } });
    expect(errorCode(result)).toBe('NOT_FOUND');
  });
});

// The frequency rules, written again from the plan (dates at day level), to check the SQL against.
const DAY = 86_400_000;
const day = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY;
function expected(a: PlanAccompaniment, month: string): { required: number; done: number } {
  const from = day(`${month}-01`);
  const [y, m] = month.split('-').map(Number);
  const monthEnd = Date.UTC(y, m, 0) / DAY;
  // The month of the server's today counts its days up to today, rounded down.
  const inProgress = month === plan.today.slice(0, 7);
  const to = inProgress ? day(plan.today) : monthEnd;
  const round = inProgress ? Math.floor : Math.ceil;
  const moveIn = a.phases.find((p) => p.phase === 'INTEGRATION')?.at;
  const followUp = a.phases.find((p) => p.phase === 'FOLLOW_UP')?.at;
  const end = a.endDate ? day(a.endDate) : Number.POSITIVE_INFINITY;
  const integration = moveIn ? [day(moveIn), Math.min(day(moveIn) + 27, end)] : null;
  const followFrom = moveIn ? day(moveIn) + 28 : followUp ? day(followUp) : null;
  const overlap = (w: number[] | null) =>
    w ? Math.max(0, Math.min(w[1], to) - Math.max(w[0], from) + 1) : 0;
  const follow = followFrom === null ? null : [followFrom, end];
  const inside = (contact: PlanContact, w: number[] | null) =>
    w !== null && day(contact.date) >= Math.max(w[0], from) && day(contact.date) <= Math.min(w[1], to);
  const met = a.contacts.filter((x) => x.outcome === 'MET');
  return {
    required: round((overlap(integration) * 2) / 7) + round((overlap(follow) * 4) / (monthEnd - from + 1)),
    done:
      met.filter((x) => inside(x, integration)).length +
      met.filter((x) => (x.kind === 'HOME_VISIT' || x.kind === 'OFFICE') && inside(x, follow)).length,
  };
}

const consented = (householdId: string) =>
  plan.households.find((h) => h.id === householdId)?.consentToShareDate != null;
const planIds = new Set(plan.accompaniments.map((a) => a.id));
const BELOW = `query($month: String!, $first: Int, $after: String) {
  accompanimentsBelowFrequency(month: $month, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id compliance(month: $month) { shortfall } } }
  }
}`;

async function below(actor: Actor, month: string): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (;;) {
    type Page = {
      pageInfo: { hasNextPage: boolean; endCursor: string };
      edges: { node: { id: string; compliance: { shortfall: number } } }[];
    };
    const page: Page = dataOf<Page>(
      await server.execute(actor, BELOW, { month, first: 7, after }),
      'accompanimentsBelowFrequency',
    );
    for (const { node } of page.edges) {
      expect(node.compliance.shortfall).toBeGreaterThan(0);
      ids.push(node.id);
    }
    if (!page.pageInfo.hasNextPage) return ids;
    after = page.pageInfo.endCursor;
  }
}

describe('accompaniments below their contact frequency', () => {
  it.each(['2026-09', '2026-10', '2026-11'])(
    'lists the running ones short in %s, as counted from the plan',
    async (month) => {
      const want = plan.accompaniments
        .filter((a) => a.phase !== 'ENDED')
        .filter((a) => {
          const { required, done } = expected(a, month);
          return required > done;
        })
        .map((a) => a.id)
        .sort();
      expect(want.length).toBeGreaterThan(0);
      const ids = await below(social, month);
      expect(ids.filter((id) => planIds.has(id)).sort()).toEqual(want);
      // Of the tests' own accompaniments, the ended and the waiting ones never show.
      expect(ids).not.toContain(ended.id);
      expect(ids).not.toContain(waiting.id);
      const mine = await below(worker, month);
      expect(mine.sort()).toEqual(
        want.filter((id) => {
          const a = plan.accompaniments.find((x) => x.id === id)!;
          return a.supportWorkerId === worker.userId && consented(a.householdId);
        }),
      );
    },
  );

  it('computes compliance for a page with a number of SQL statements that does not grow with its size', async () => {
    const query = `query($first: Int) { accompaniments(first: $first) { edges { node {
      id moveInInspectionWithoutSupportWorker contactSchedule { integrationWeeks }
      sept: compliance(month: "2026-09") { shortfall } oct: compliance(month: "2026-10") { shortfall }
    } } } }`;
    counter.reset();
    dataOf(await server.execute(social, query, { first: 5 }), 'accompaniments');
    const small = counter.count;
    counter.reset();
    dataOf(await server.execute(social, query, { first: 100 }), 'accompaniments');
    expect(counter.count).toBe(small);
    expect(small).toBeLessThanOrEqual(3);
  });
});

describe('move-in inspection without the support worker', () => {
  it('is flagged from the plan’s inspections for accompaniments past PRE_ALLOCATION', async () => {
    type Node = { id: string; moveInInspectionWithoutSupportWorker: boolean };
    const rows = dataOf<{ edges: { node: Node }[] }>(
      await server.execute(
        social,
        `{ accompaniments(first: 100, filter: { phases: [INTEGRATION, FOLLOW_UP, ENDED] }) { edges { node { id moveInInspectionWithoutSupportWorker } } } }`,
      ),
      'accompaniments',
    ).edges.map((e) => e.node);
    const absent = (a: PlanAccompaniment) =>
      plan.leases.find((l) => l.householdId === a.householdId)?.inspectionSupportWorkerPresent === false;
    for (const row of rows.filter((r) => planIds.has(r.id))) {
      const a = plan.accompaniments.find((x) => x.id === row.id)!;
      expect(row.moveInInspectionWithoutSupportWorker).toBe(absent(a));
    }
    const [{ known }] = await orm.em
      .fork()
      .getConnection()
      .execute(
        "select count(*)::int as known from accompaniment.accompaniment where phase <> 'PRE_ALLOCATION' and move_in_support_worker_present is not null",
      );
    expect(known).toBeGreaterThan(0);
  });

  it('is flagged when the MoveInRecorded event says the support worker was absent', async () => {
    const id = randomUUID();
    await insert([{ ...waiting, id, contacts: [] }]);
    const [{ household_id: householdId }] = await orm.em
      .fork()
      .getConnection()
      .execute('select household_id from accompaniment.accompaniment where id = ?', [id]);
    const event: EventEnvelope<'MoveInRecorded'> = {
      id: randomUUID(),
      type: 'MoveInRecorded',
      payload: {
        leaseId: randomUUID(),
        householdId,
        dwellingId: randomUUID(),
        date: '2026-11-02',
        socialManagerPresent: true,
        supportWorkerPresent: false,
      },
      actor: social.userId,
      occurredAt: new Date().toISOString(),
    };
    expect(await applyOnce(orm, eventHandlers, event)).toBe(true);
    const a = dataOf<{ phase: string; moveInInspectionWithoutSupportWorker: boolean }>(
      await server.execute(
        social,
        'query($id: ID!) { accompaniment(id: $id) { phase moveInInspectionWithoutSupportWorker } }',
        { id },
      ),
      'accompaniment',
    );
    expect(a).toEqual({ phase: 'INTEGRATION', moveInInspectionWithoutSupportWorker: true });
  });
});

const OUTREACH = `query($from: String!, $to: String!) {
  outreachEffectiveness(from: $from, to: $to) { configuration timeSlot place attempts meetings rate }
}`;
type Group = {
  configuration: string;
  timeSlot: string;
  place: string;
  attempts: number;
  meetings: number;
  rate: number;
};

function expectedOutreach(contacts: PlanContact[], from: string, to: string): Group[] {
  const groups = new Map<string, Group>();
  for (const x of contacts) {
    if ((x.kind !== 'OUTREACH_ATTEMPT' && x.kind !== 'HOME_VISIT') || x.date < from || x.date > to) continue;
    const key = `${x.configuration}|${x.timeSlot}|${x.place}`;
    const g = groups.get(key) ?? {
      configuration: x.configuration,
      timeSlot: x.timeSlot,
      place: x.place,
      attempts: 0,
      meetings: 0,
      rate: 0,
    };
    g.attempts++;
    if (x.outcome === 'MET') g.meetings++;
    g.rate = g.meetings / g.attempts;
    groups.set(key, g);
  }
  const byKey = (g: Group) => `${g.configuration}|${g.timeSlot}|${g.place}`;
  return [...groups.values()].sort((a, b) => byKey(a).localeCompare(byKey(b)));
}

describe('outreach effectiveness', () => {
  // Before the tests' own contacts (September 2026 onwards).
  const [from, to] = ['2024-01-01', '2026-08-31'];
  const sorted = (groups: Group[]) =>
    [...groups].sort((a, b) =>
      `${a.configuration}|${a.timeSlot}|${a.place}`.localeCompare(
        `${b.configuration}|${b.timeSlot}|${b.place}`,
      ),
    );

  it('counts attempts and meetings by configuration, time slot and place, as counted from the plan', async () => {
    const want = expectedOutreach(
      plan.accompaniments.flatMap((a) => a.contacts),
      from,
      to,
    );
    expect(want.length).toBeGreaterThan(0);
    const groups = dataOf<Group[]>(
      await server.execute(social, OUTREACH, { from, to }),
      'outreachEffectiveness',
    );
    expect(sorted(groups)).toEqual(want);
  });

  it('gives a support worker the figures of their caseload only', async () => {
    const want = expectedOutreach(
      plan.accompaniments
        // The caseload: the worker's running accompaniments of consenting households.
        .filter((a) => a.supportWorkerId === worker.userId && a.phase !== 'ENDED' && consented(a.householdId))
        .flatMap((a) => a.contacts),
      from,
      to,
    );
    const groups = dataOf<Group[]>(
      await server.execute(worker, OUTREACH, { from, to }),
      'outreachEffectiveness',
    );
    expect(sorted(groups)).toEqual(want);
  });

  it('is forbidden to evaluators and rental management, and refuses a bad period', async () => {
    for (const actor of [evaluator, rental]) {
      expect(errorCode(await server.execute(actor, OUTREACH, { from, to }))).toBe('FORBIDDEN');
    }
    for (const period of [
      { from: '2026-02-01', to: '2026-01-31' },
      { from: '2020-01-01', to: '2023-01-02' },
      { from: '2026-02-30', to: '2026-03-01' },
    ]) {
      expect(errorCode(await server.execute(social, OUTREACH, period))).toBe('BAD_USER_INPUT');
    }
  });
});
