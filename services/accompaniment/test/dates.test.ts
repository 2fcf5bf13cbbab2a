import { randomUUID } from 'node:crypto';
import { buildDemoPlan } from '@ash/demo';
import { frozenClock, migrate, type SubgraphServer } from '@ash/kit';
import { actorFor, createTestDatabase, knowReferences, type TestDatabase } from '@ash/testkit';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createServer, openOrm, seedAccompaniment } from '../src';

/*
 * The accompaniment's date rules at the instants where calendars break: New Year in Paris while UTC
 * is still in the old year, the nights clocks change, 29 February, the last evening of a year. Every
 * server below runs on a clock frozen at one of them; every expectation is written by hand for it.
 */

const plan = buildDemoPlan({ dwellings: 200, applications: 20, today: '2026-11-15' });
const social = actorFor('SOCIAL_MANAGER');
const worker = actorFor('SUPPORT_WORKER');
/** A convention of 2025 to 2028 for the accompaniments these tests open (announced as financing would). */
const LATER_CONVENTION = randomUUID();

let db: TestDatabase;
let orm: MikroORM;
const servers = new Map<string, SubgraphServer>();

/** The subgraph on a clock frozen at `instant` (one server per instant, on the same database). */
async function at(instant: string): Promise<SubgraphServer> {
  let server = servers.get(instant);
  if (!server) {
    server = await createServer({ orm, gatewaySecret: 'test-secret', clock: frozenClock(instant) });
    servers.set(instant, server);
  }
  return server;
}

async function run<T>(instant: string, query: string, variables: Record<string, unknown>, field: string) {
  const result = await (await at(instant)).execute(social, query, variables);
  expect(result.errors).toBeUndefined();
  return result.data?.[field] as T;
}

const sql = (query: string, params: unknown[] = []) => orm.em.fork().getConnection().execute(query, params);

beforeAll(async () => {
  db = await createTestDatabase('accompaniment_dates');
  orm = await openOrm(db.url);
  await migrate(orm);
  await seedAccompaniment(orm, plan);
  await knowReferences(orm, 'Convention', [LATER_CONVENTION]);
  await sql(
    'insert into accompaniment.convention_period (convention_id, start_year, end_year) values (?, 2025, 2028)',
    [LATER_CONVENTION],
  );
});

afterAll(async () => {
  for (const server of servers.values()) await server.stop();
  await orm?.close();
  await db?.drop();
});

const RAISE = `mutation($input: RaiseAlertInput!) { raiseAlert(input: $input) { id raisedAt triageDeadline overdue } }`;
const OPEN = `mutation($input: OpenAccompanimentInput!) { openAccompaniment(input: $input) { id phase } }`;
const MOVE = `mutation($id: ID!, $to: AccompanimentPhase!) { moveAccompaniment(id: $id, to: $to) { id phase } }`;

/** A household known here (as households would announce it), with nothing recorded yet. */
async function newHousehold(): Promise<string> {
  const id = randomUUID();
  await knowReferences(orm, 'Household', [id]);
  return id;
}

async function alertInput(raisedAt?: string) {
  return {
    householdId: await newHousehold(),
    source: 'LOCAL_STAFF',
    signs: ['NEIGHBOUR_CONFLICT'],
    description: 'Signalement du gardien',
    ...(raisedAt ? { raisedAt } : {}),
  };
}

async function open(instant: string, kind: 'ACCESS' | 'TENANCY_SUSTAINMENT', startDate: string) {
  const householdId = await newHousehold();
  await sql('insert into accompaniment.consent (household_id, consent, changed_at) values (?, true, ?)', [
    householdId,
    instant,
  ]);
  const input = {
    householdId,
    kind,
    supportWorkerId: worker.userId,
    socialReferentId: social.userId,
    startDate,
    conventionId: LATER_CONVENTION,
  };
  return (await run<{ id: string }>(instant, OPEN, { input }, 'openAccompaniment')).id;
}

async function compliance(instant: string, id: string, month: string) {
  return (
    await run<{ compliance: { required: number; done: number } }>(
      instant,
      `query($id: ID!, $month: String!) { accompaniment(id: $id) { compliance(month: $month) { required done } } }`,
      { id, month },
      'accompaniment',
    )
  ).compliance;
}

describe('triage deadlines, five working days from the agency’s day the alert is raised', () => {
  it.each([
    // 00:30 on Thursday 1 January 2026 in Paris (still Wednesday 31 December in UTC):
    // Fri 2, Mon 5, Tue 6, Wed 7, Thu 8.
    ['2025-12-31T23:30:00Z', '2026-01-08'],
    // 03:30 CEST on Sunday 29 March 2026, the night clocks go forward: Mon 30 … Fri 3 April.
    ['2026-03-29T01:30:00Z', '2026-04-03'],
    // Thursday 3 December 2026 at 13:00: Fri 4, Mon 7, Tue 8, Wed 9, Thu 10.
    ['2026-12-03T12:00:00Z', '2026-12-10'],
    // 23:30 on Thursday 31 December 2026: Fri 1 January 2027, Mon 4, Tue 5, Wed 6, Thu 7.
    ['2026-12-31T22:30:00Z', '2027-01-07'],
    // 00:30 on Friday 1 January 2027: Mon 4 … Fri 8.
    ['2026-12-31T23:30:00Z', '2027-01-08'],
    // Tuesday 29 February 2028: Wed 1 March, Thu 2, Fri 3, Mon 6, Tue 7.
    ['2028-02-29T12:00:00Z', '2028-03-07'],
  ])('an alert raised at %s is due on %s', async (instant, deadline) => {
    const alert = await run<{ raisedAt: string; triageDeadline: string; overdue: boolean }>(
      instant,
      RAISE,
      { input: await alertInput() },
      'raiseAlert',
    );
    expect(alert).toMatchObject({
      raisedAt: new Date(instant).toISOString(),
      triageDeadline: deadline,
      overdue: false,
    });
  });

  it.each([
    // Today is Thursday 1 January 2026 in Paris. Raised Wednesday 24 December: due Wednesday 31
    // December, yesterday: overdue. Raised Thursday 25: due today: not yet.
    [
      '2025-12-31T23:30:00Z',
      '2025-12-24T10:00:00+01:00',
      '2025-12-31',
      '2025-12-25T10:00:00+01:00',
      '2026-01-01',
    ],
    // Today is Tuesday 29 February 2028. Raised Monday 21: due Monday 28, overdue; raised Tuesday
    // 22: due today.
    [
      '2028-02-29T12:00:00Z',
      '2028-02-21T10:00:00+01:00',
      '2028-02-28',
      '2028-02-22T10:00:00+01:00',
      '2028-02-29',
    ],
  ])(
    'at %s an alert due yesterday is overdue, one due today is not',
    async (instant, late, lateDue, onTime, due) => {
      const lateAlert = await run<{ id: string; triageDeadline: string; overdue: boolean }>(
        instant,
        RAISE,
        { input: await alertInput(late) },
        'raiseAlert',
      );
      const onTimeAlert = await run<{ id: string; triageDeadline: string; overdue: boolean }>(
        instant,
        RAISE,
        { input: await alertInput(onTime) },
        'raiseAlert',
      );
      expect(lateAlert).toMatchObject({ triageDeadline: lateDue, overdue: true });
      expect(onTimeAlert).toMatchObject({ triageDeadline: due, overdue: false });
      const overdue = await run<{ edges: { node: { id: string } }[] }>(
        instant,
        '{ alerts(first: 100, filter: { overdue: true, statuses: [NEW] }) { edges { node { id } } } }',
        {},
        'alerts',
      );
      const ids = overdue.edges.map((e) => e.node.id);
      expect(ids).toContain(lateAlert.id);
      expect(ids).not.toContain(onTimeAlert.id);
    },
  );
});

describe('contacts and their schedule', () => {
  it('accepts a contact dated today at 00:30 in Paris, while UTC is still the day before', async () => {
    const instant = '2025-12-31T23:30:00Z'; // 1 January 2026, 00:30 in Paris
    const id = await open(instant, 'ACCESS', '2025-12-01');
    const contact = await (await at(instant)).execute(
      worker,
      `mutation($input: RecordContactInput!) { recordContact(input: $input) { date } }`,
      {
        input: {
          accompanimentId: id,
          date: '2026-01-01',
          kind: 'PHONE',
          configuration: 'ASSOCIATION_ALONE',
          timeSlot: 'EVENING',
          place: 'REMOTE',
          outcome: 'MET',
        },
      },
    );
    expect(contact.errors).toBeUndefined();
    const tomorrow = await (await at(instant)).execute(
      worker,
      `mutation($input: RecordContactInput!) { recordContact(input: $input) { date } }`,
      {
        input: {
          accompanimentId: id,
          date: '2026-01-02',
          kind: 'PHONE',
          configuration: 'ASSOCIATION_ALONE',
          timeSlot: 'EVENING',
          place: 'REMOTE',
          outcome: 'MET',
        },
      },
    );
    expect(tomorrow.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('counts the integration weeks from the agency’s day of the move-in, even at 00:30 on the night clocks go forward', async () => {
    // Moved in at 00:30 CET on Sunday 29 March 2026 (23:30 UTC on the 28th): the integration window
    // (2 contacts a week for 4 weeks) runs 29 March – 25 April, then 4 meetings a month.
    const instant = '2026-03-28T23:30:00Z';
    const id = await open(instant, 'ACCESS', '2026-02-01');
    await run(instant, MOVE, { id, to: 'INTEGRATION' }, 'moveAccompaniment');
    // Read once both months are over (a month in progress owes only its days so far):
    // March: 29–31 is 3 days of integration, ⌈3 × 2 / 7⌉ = 1 (from the 28th, UTC's day, it would be 2).
    const later = '2026-05-15T10:00:00Z';
    expect(await compliance(later, id, '2026-03')).toEqual({ required: 1, done: 0 });
    // April: 1–25 is 25 days of integration, ⌈25 × 2 / 7⌉ = 8; 26–30 is 5 days of follow-up,
    // ⌈5 × 4 / 30⌉ = 1; 9 in all.
    expect(await compliance(later, id, '2026-04')).toEqual({ required: 9, done: 0 });
    // On the night itself, 29 March in progress: 1 day × 2 / 7 = 0.29, rounded down: nothing owed yet.
    expect(await compliance(instant, id, '2026-03')).toEqual({ required: 0, done: 0 });
  });

  it('prorates a month by its own length, 29 days in February 2028', async () => {
    // Followed from Tuesday 15 February 2028 (tenancy sustainment starts in follow-up).
    const instant = '2028-02-15T10:00:00Z';
    const id = await open(instant, 'TENANCY_SUSTAINMENT', '2028-02-15');
    // Read in April, both months over: 15–29 February is 15 of 29 days: ⌈15 × 4 / 29⌉ = ⌈2.07⌉ = 3;
    // March is whole: 4.
    expect(await compliance('2028-04-15T10:00:00Z', id, '2028-02')).toEqual({ required: 3, done: 0 });
    expect(await compliance('2028-04-15T10:00:00Z', id, '2028-03')).toEqual({ required: 4, done: 0 });
    // On 22 February 2028, in progress: 15–22 is 8 days, 8 × 4 / 29 = 1.10, rounded down: 1.
    expect(await compliance('2028-02-22T10:00:00Z', id, '2028-02')).toEqual({ required: 1, done: 0 });
    // The same start in 2026: 15–28 February is 14 of 28 days, ⌈14 × 4 / 28⌉ = 2.
    const common = await open('2026-02-15T10:00:00Z', 'TENANCY_SUSTAINMENT', '2026-02-15');
    expect(await compliance('2026-03-15T10:00:00Z', common, '2026-02')).toEqual({ required: 2, done: 0 });
  });
});

describe('measure-months of a convention, year by year', () => {
  it('reaches the new year at midnight in Paris, not at midnight in UTC', async () => {
    // A convention of its own with one accompaniment, still running, started in June 2026.
    const convention = randomUUID();
    await knowReferences(orm, 'Convention', [convention]);
    const householdId = await newHousehold();
    await sql(
      'insert into accompaniment.consent (household_id, consent, changed_at) values (?, true, now())',
      [householdId],
    );
    const opened = await (await at('2026-06-10T10:00:00Z')).execute(social, OPEN, {
      input: {
        householdId,
        kind: 'TENANCY_SUSTAINMENT',
        supportWorkerId: worker.userId,
        socialReferentId: social.userId,
        startDate: '2026-06-10',
        conventionId: convention,
      },
    });
    expect(opened.errors).toBeUndefined();
    const years = async (instant: string) =>
      (
        await run<{ measureMonthsByYear: { year: number }[] }[]>(
          instant,
          `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Convention { measureMonthsByYear { year } } } }`,
          { reps: [{ __typename: 'Convention', id: convention }] },
          '_entities',
        )
      )[0].measureMonthsByYear.map((y) => y.year);
    // 23:30 on 31 December 2026 in Paris: the running accompaniment spans 2026 only.
    expect(await years('2026-12-31T22:30:00Z')).toEqual([2026]);
    // 00:30 on 1 January 2027 in Paris (23:30 UTC on the 31st): it reaches 2027.
    expect(await years('2026-12-31T23:30:00Z')).toEqual([2026, 2027]);
  });
});
