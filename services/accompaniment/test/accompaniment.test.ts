import { randomUUID } from 'node:crypto';
import { buildDemoPlan, type PlanAccompaniment, stableId } from '@ash/demo';
import {
  addDays,
  addWorkingDays,
  lastDayOfMonth,
  localInstant,
  migrate,
  type SubgraphServer,
} from '@ash/kit';
import {
  actorFor,
  clockOn,
  createTestDatabase,
  errorCode,
  knowReferences,
  postGraphQL,
  sqlCounter,
  type TestDatabase,
} from '@ash/testkit';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createServer, openOrm, seedAccompaniment } from '../src';
import { triageDeadline } from '../src/modules/alert/triage';

let db: TestDatabase;
let orm: MikroORM;
let server: SubgraphServer;
const counter = sqlCounter();
const plan = buildDemoPlan({ dwellings: 400, applications: 40, today: '2026-11-15' });
const [history, renewal] = plan.conventions;

const social = actorFor('SOCIAL_MANAGER');
const worker = actorFor('SUPPORT_WORKER');
const otherWorker = actorFor('SUPPORT_WORKER', { userId: 'sw-karim-haddad', name: 'Karim Haddad' });
const rental = actorFor('RENTAL_MANAGER');
const evaluator = actorFor('EVALUATOR');
const admin = actorFor('ADMIN');
const integrator = actorFor('INTEGRATOR');

/** Accompaniments opened by the tests are funded by a convention of their own, so the plan's stay intact. */
const TEST_CONVENTION = stableId('test', 'convention');

type Actor = typeof social;
type Result = Awaited<ReturnType<SubgraphServer['execute']>>;

beforeAll(async () => {
  db = await createTestDatabase('accompaniment');
  orm = await openOrm(db.url, counter.onQuery);
  await migrate(orm);
  await seedAccompaniment(orm, plan);
  // A convention of the tests, as financing would announce it.
  await knowReferences(orm, 'Convention', [TEST_CONVENTION]);
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

async function sql<T = Record<string, unknown>>(query: string, params: unknown[] = []): Promise<T[]> {
  return orm.em.fork().getConnection().execute(query, params);
}

async function count(table: string): Promise<number> {
  const [row] = await sql<{ n: number }>(`select count(*)::int as n from accompaniment.${table}`);
  return row.n;
}

async function counts(): Promise<Record<string, number>> {
  const tables = [
    'accompaniment',
    'phase_change',
    'contact',
    'diagnostic',
    'goal',
    'alert',
    'alert_transition',
  ];
  return Object.fromEntries(await Promise.all(tables.map(async (t) => [t, await count(t)])));
}

/** A day before the plan's day, which is the server's today. */
function daysAgo(days: number): string {
  return addDays(plan.today, -days);
}

const OPEN = `mutation($input: OpenAccompanimentInput!) {
  openAccompaniment(input: $input) {
    id kind phase supportWorkerId socialReferentId startDate endDate outcome
    household { id } convention { id }
    phaseChanges { from to by note }
  }
}`;
const MOVE = `mutation($id: ID!, $to: AccompanimentPhase!, $note: String, $endReason: String, $outcome: AccompanimentOutcome) {
  moveAccompaniment(id: $id, to: $to, note: $note, endReason: $endReason, outcome: $outcome) {
    id phase endDate endReason outcome phaseChanges { from to by note }
  }
}`;
const RECORD_CONTACT = `mutation($input: RecordContactInput!) {
  recordContact(input: $input) { id date kind configuration timeSlot place outcome note recordedBy accompaniment { id } }
}`;
const RECORD_DIAGNOSTIC = `mutation($input: RecordDiagnosticInput!) {
  recordDiagnostic(input: $input) { id date areas { area needs } goals { label progress } accompaniment { id } }
}`;
const RAISE = `mutation($input: RaiseAlertInput!) {
  raiseAlert(input: $input) {
    id status source signs description raisedAt triageDeadline overdue
    household { id } accompaniment { id } transitions { from to by note }
  }
}`;
const RAISE_AS_RENTAL = `mutation($input: RaiseAlertInput!) {
  raiseAlert(input: $input) {
    id status source raisedAt triageDeadline overdue household { id } accompaniment { id } transitions { from to by }
  }
}`;
const MOVE_ALERT = `mutation($id: ID!, $to: AlertStatus!, $note: String) {
  moveAlert(id: $id, to: $to, note: $note) { id status transitions { from to by note } }
}`;

interface Opened {
  id: string;
  phase: string;
  startDate: string;
  household: { id: string };
  phaseChanges: { from: string | null; to: string; by: string; note: string | null }[];
}

/** Records, as the households subgraph would tell it, that the household exists and consents to share its data. */
async function consentOf(householdId: string, consent = true): Promise<void> {
  await knowReferences(orm, 'Household', [householdId]);
  await sql(
    `insert into accompaniment.consent (household_id, consent, changed_at) values (?, ?, now())
     on conflict (household_id) do update set consent = excluded.consent, changed_at = excluded.changed_at`,
    [householdId, consent],
  );
}

/** A household registered a moment ago (known here, with no accompaniment), for writes that name it. */
async function newHousehold(): Promise<string> {
  const id = randomUUID();
  await knowReferences(orm, 'Household', [id]);
  return id;
}

/**
 * Opens a fresh accompaniment (social management) for a new household that consented to share its
 * data, assigned to `supportWorkerId`.
 */
async function openFresh(
  overrides: Partial<{ kind: string; supportWorkerId: string; startDate: string; householdId: string }> = {},
): Promise<Opened> {
  const householdId = overrides.householdId ?? randomUUID();
  await consentOf(householdId);
  const result = await server.execute(social, OPEN, {
    input: {
      householdId,
      kind: 'ACCESS',
      supportWorkerId: worker.userId,
      socialReferentId: social.userId,
      startDate: daysAgo(60),
      conventionId: TEST_CONVENTION,
      ...overrides,
    },
  });
  return dataOf<Opened>(result, 'openAccompaniment');
}

function contactInput(accompanimentId: string, overrides: Record<string, unknown> = {}) {
  return {
    accompanimentId,
    date: daysAgo(1),
    kind: 'HOME_VISIT',
    configuration: 'PAIR',
    timeSlot: 'EVENING',
    place: 'HOME',
    outcome: 'MET',
    note: 'Point budget',
    ...overrides,
  };
}

function alertInput(householdId: string, overrides: Record<string, unknown> = {}) {
  return {
    householdId,
    source: 'LOCAL_STAFF',
    signs: ['NO_RESPONSE_TO_REMINDERS', 'ARREARS'],
    description: 'Le gardien signale des relances restées sans réponse.',
    ...overrides,
  };
}

const planOf = (filter: (a: PlanAccompaniment) => boolean) => plan.accompaniments.filter(filter);

describe('accompaniment queries', () => {
  it('lists accompaniments as a connection with totalCount and keyset pages, latest start first', async () => {
    const startDates: string[] = [];
    const ids: string[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const result = await server.execute(
        social,
        `query($after: String, $convention: ID) {
          accompaniments(first: 25, after: $after, filter: { conventionId: $convention }) {
            totalCount edges { cursor node { id startDate } } pageInfo { hasNextPage endCursor }
          }
        }`,
        { after, convention: history.id },
      );
      const page = dataOf<{
        totalCount: number;
        edges: { node: { id: string; startDate: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      }>(result, 'accompaniments');
      total = page.totalCount;
      expect(page.edges.length).toBeLessThanOrEqual(25);
      ids.push(...page.edges.map((e) => e.node.id));
      startDates.push(...page.edges.map((e) => e.node.startDate));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    const expected = planOf((a) => a.conventionId === history.id);
    expect(total).toBe(expected.length);
    expect(new Set(ids)).toEqual(new Set(expected.map((a) => a.id)));
    expect([...startDates].sort().reverse()).toEqual(startDates);
  });

  it('filters accompaniments by phases, kinds, support worker, household and convention', async () => {
    const result = await server.execute(
      social,
      `query($convention: ID) {
        accompaniments(first: 100, filter: { phases: [FOLLOW_UP, INTEGRATION], kinds: [ACCESS], conventionId: $convention }) {
          totalCount edges { node { phase kind convention { id } } }
        }
      }`,
      { convention: renewal.id },
    );
    const conn = dataOf<{ totalCount: number; edges: { node: { phase: string; kind: string } }[] }>(
      result,
      'accompaniments',
    );
    const expected = planOf(
      (a) =>
        a.conventionId === renewal.id &&
        a.kind === 'ACCESS' &&
        ['FOLLOW_UP', 'INTEGRATION'].includes(a.phase),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(conn.totalCount).toBe(expected.length);
    for (const { node } of conn.edges) {
      expect(node.kind).toBe('ACCESS');
      expect(['FOLLOW_UP', 'INTEGRATION']).toContain(node.phase);
    }

    const sample = plan.accompaniments[40];
    const byHousehold = await server.execute(
      social,
      `query($household: ID, $worker: String) {
        accompaniments(filter: { householdId: $household, supportWorkerId: $worker }) { totalCount edges { node { id } } }
      }`,
      { household: sample.householdId, worker: sample.supportWorkerId },
    );
    expect(dataOf<{ edges: { node: { id: string } }[] }>(byHousehold, 'accompaniments').edges).toEqual([
      { node: { id: sample.id } },
    ]);
  });

  it("restricts a support worker's list to their own caseload in the query itself", async () => {
    const result = await server.execute(
      worker,
      `query($convention: ID) { accompaniments(first: 100, filter: { conventionId: $convention }) { totalCount edges { node { supportWorkerId } } } }`,
      { convention: renewal.id },
    );
    const conn = dataOf<{ totalCount: number; edges: { node: { supportWorkerId: string } }[] }>(
      result,
      'accompaniments',
    );
    // Their running accompaniments (an ended one is no longer theirs to read).
    expect(conn.totalCount).toBe(
      planOf(
        (a) => a.conventionId === renewal.id && a.supportWorkerId === worker.userId && a.phase !== 'ENDED',
      ).length,
    );
    expect(conn.edges.every((e) => e.node.supportWorkerId === worker.userId)).toBe(true);

    const someoneElse = await server.execute(
      worker,
      `{ accompaniments(filter: { supportWorkerId: "${otherWorker.userId}" }) { totalCount } }`,
    );
    expect(dataOf<{ totalCount: number }>(someoneElse, 'accompaniments').totalCount).toBe(0);
  });

  it('reads one accompaniment with its history, latest contacts, diagnostic and alerts', async () => {
    const planned = planOf((a) => a.alerts.length > 0 && a.alerts[0].status === 'ACTION_AGREED')[0];
    const result = await server.execute(
      social,
      `query($id: ID!) {
        accompaniment(id: $id) {
          id kind phase startDate household { id } convention { id }
          phaseChanges { from to by }
          contacts(first: 3) { id date recordedBy }
          allContacts: contacts { id }
          diagnostics { id date areas { area needs } goals { label progress } }
          alerts { id status signs triageDeadline transitions { from to by } }
          reviews { id }
        }
      }`,
      { id: planned.id },
    );
    const accompaniment = dataOf<{
      household: { id: string };
      convention: { id: string };
      phaseChanges: { from: string | null; to: string }[];
      contacts: { id: string; date: string }[];
      allContacts: { id: string }[];
      diagnostics: { id: string; areas: unknown[]; goals: { label: string; progress: number }[] }[];
      alerts: {
        status: string;
        signs: string[];
        triageDeadline: string;
        transitions: { from: string | null; to: string; by: string }[];
      }[];
      reviews: unknown[];
    }>(result, 'accompaniment');
    expect(accompaniment.household).toEqual({ id: planned.householdId });
    expect(accompaniment.convention).toEqual({ id: planned.conventionId });
    expect(accompaniment.phaseChanges.map((c) => [c.from, c.to])).toEqual(
      planned.phases.map((p, i) => [i === 0 ? null : planned.phases[i - 1].phase, p.phase]),
    );
    const latest = [...planned.contacts].sort((a, b) => b.date.localeCompare(a.date)).slice(0, 3);
    expect(accompaniment.contacts.map((c) => c.date)).toEqual(latest.map((c) => c.date));
    expect(accompaniment.allContacts).toHaveLength(Math.min(50, planned.contacts.length));
    expect(accompaniment.diagnostics).toHaveLength(1);
    expect(accompaniment.diagnostics[0].areas).toEqual(planned.diagnostic?.areas);
    expect(accompaniment.diagnostics[0].goals.map((g) => [g.label, g.progress]).sort()).toEqual(
      planned.diagnostic?.goals.map((g) => [g.goal, g.progress]).sort(),
    );
    const [alert] = accompaniment.alerts;
    expect(alert.status).toBe('ACTION_AGREED');
    expect(alert.signs).toEqual(planned.alerts[0].signs);
    expect(alert.triageDeadline).toBe(addWorkingDays(planned.alerts[0].raisedAt, 5));
    expect(alert.transitions.map((t) => [t.from, t.to])).toEqual([
      [null, 'NEW'],
      ['NEW', 'SHARED_DIAGNOSIS'],
      ['SHARED_DIAGNOSIS', 'ACTION_AGREED'],
    ]);
    expect(alert.transitions[1].by).toBe(planned.alerts[0].history[0].by);
    expect(accompaniment.reviews).toEqual([]);
  });

  it('seeds contacts as created by whoever recorded them', async () => {
    const rows = await sql<{ mismatched: number; total: number }>(
      `select count(*) filter (where created_by <> recorded_by)::int as mismatched, count(*)::int as total from accompaniment.contact`,
    );
    expect(rows[0].mismatched).toBe(0);
    expect(rows[0].total).toBeGreaterThanOrEqual(
      plan.accompaniments.reduce((n, a) => n + a.contacts.length, 0),
    );
  });

  it('refuses a contacts page outside 1 to 100', async () => {
    const id = plan.accompaniments[0].id;
    for (const first of [0, 101]) {
      const result = await server.execute(
        social,
        `{ accompaniment(id: "${id}") { contacts(first: ${first}) { id } } }`,
      );
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
    }
  });

  it('answers NOT_FOUND for an unknown or malformed id, and for another worker’s accompaniment', async () => {
    const unknown = randomUUID();
    expect(errorCode(await server.execute(social, `{ accompaniment(id: "${unknown}") { id } }`))).toBe(
      'NOT_FOUND',
    );
    expect(errorCode(await server.execute(social, '{ accompaniment(id: "nope") { id } }'))).toBe('NOT_FOUND');
    expect(errorCode(await server.execute(social, `{ alert(id: "${unknown}") { id } }`))).toBe('NOT_FOUND');
    const notMine = planOf((a) => a.supportWorkerId !== worker.userId)[0];
    expect(errorCode(await server.execute(worker, `{ accompaniment(id: "${notMine.id}") { id } }`))).toBe(
      'NOT_FOUND',
    );
    const mine = planOf((a) => a.supportWorkerId === worker.userId)[0];
    expect(
      dataOf(await server.execute(worker, `{ accompaniment(id: "${mine.id}") { id } }`), 'accompaniment'),
    ).toEqual({
      id: mine.id,
    });
  });

  it('keeps every person-level query from evaluators', async () => {
    const a = plan.accompaniments[0];
    const alert = planOf((x) => x.alerts.length > 0)[0].alerts[0];
    const queries = [
      '{ accompaniments { totalCount } }',
      `{ accompaniment(id: "${a.id}") { id } }`,
      '{ alerts { totalCount } }',
      `{ alert(id: "${alert.id}") { id } }`,
    ];
    for (const query of queries) expect(errorCode(await server.execute(evaluator, query))).toBe('FORBIDDEN');
    for (const [typename, id] of [
      ['Accompaniment', a.id],
      ['Alert', alert.id],
      ['Contact', a.contacts[0].id],
      ['Diagnostic', a.diagnostic?.id],
    ]) {
      const result = await server.execute(
        evaluator,
        'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Node { id } } }'.replace(
          '... on Node { id }',
          `... on ${typename} { id }`,
        ),
        { reps: [{ __typename: typename, id }] },
      );
      expect(errorCode(result)).toBe('FORBIDDEN');
    }
    const households = await server.execute(
      evaluator,
      'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Household { accompaniments { id } } } }',
      { reps: [{ __typename: 'Household', id: a.householdId }] },
    );
    expect(errorCode(households)).toBe('FORBIDDEN');
  });

  it('loads nested lists with a number of SQL statements that does not grow with the page size', async () => {
    const query = `query($first: Int) {
      accompaniments(first: $first) { edges { node {
        id phaseChanges { to } contacts(first: 5) { id } diagnostics { goals { label } }
        alerts { transitions { to } } reviews { id } committeeDecisions { id }
      } } }
    }`;
    counter.reset();
    dataOf(await server.execute(social, query, { first: 5 }), 'accompaniments');
    const small = counter.count;
    counter.reset();
    dataOf(await server.execute(social, query, { first: 100 }), 'accompaniments');
    expect(counter.count).toBe(small);
    // One statement per nested list, plus one for the audit of the sensitive fields read.
    expect(small).toBeLessThanOrEqual(11);
  });
});

describe('federation', () => {
  it('resolves accompaniment, alert, contact and diagnostic references in one batch each', async () => {
    const [a, b] = plan.accompaniments;
    const alert = planOf((x) => x.alerts.length > 0)[0].alerts[0];
    counter.reset();
    const result = await server.execute(
      social,
      `query($reps: [_Any!]!) { _entities(representations: $reps) {
        ... on Accompaniment { id phase } ... on Alert { id status } ... on Contact { id outcome } ... on Diagnostic { id date }
      } }`,
      {
        reps: [
          { __typename: 'Accompaniment', id: a.id },
          { __typename: 'Accompaniment', id: b.id },
          { __typename: 'Alert', id: alert.id },
          { __typename: 'Contact', id: a.contacts[0].id },
          { __typename: 'Contact', id: b.contacts[0].id },
          { __typename: 'Diagnostic', id: a.diagnostic?.id },
          { __typename: 'Accompaniment', id: randomUUID() },
        ],
      },
    );
    // An unknown one is null, with NOT_FOUND at its place: the gateway nulls what referenced it.
    expect(result.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([
      [['_entities', 6], 'NOT_FOUND'],
    ]);
    const entities = result.data?._entities as ({ id: string } | null)[];
    expect(entities.map((e) => e?.id ?? null)).toEqual([
      a.id,
      b.id,
      alert.id,
      a.contacts[0].id,
      b.contacts[0].id,
      a.diagnostic?.id,
      null,
    ]);
    expect(counter.count).toBe(4);
  });

  it('hides references outside a support worker’s caseload', async () => {
    const mine = planOf((a) => a.supportWorkerId === worker.userId && a.phase !== 'ENDED')[0];
    const notMine = planOf((a) => a.supportWorkerId !== worker.userId)[0];
    const result = await server.execute(
      worker,
      'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Accompaniment { id } ... on Contact { id } } }',
      {
        reps: [
          { __typename: 'Accompaniment', id: mine.id },
          { __typename: 'Accompaniment', id: notMine.id },
          { __typename: 'Contact', id: notMine.contacts[0].id },
        ],
      },
    );
    expect(result.data?._entities).toEqual([{ id: mine.id }, null, null]);
    // In whichever order the two loaders answered.
    expect(result.errors?.map((e) => `${e.path?.join('.')} ${e.extensions?.code}`).sort()).toEqual([
      '_entities.1 NOT_FOUND',
      '_entities.2 NOT_FOUND',
    ]);
  });

  it('contributes Household.accompaniments and Household.openAlerts with one query each for all households', async () => {
    const withAlert = planOf((a) => a.alerts.some((al) => al.status !== 'CLOSED'));
    const query =
      'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Household { id accompaniments { id phase } openAlerts { id status } } } }';
    counter.reset();
    const few = await server.execute(social, query, {
      reps: withAlert.slice(0, 2).map((a) => ({ __typename: 'Household', id: a.householdId })),
    });
    const fewStatements = counter.count;
    counter.reset();
    const many = await server.execute(social, query, {
      reps: plan.accompaniments.map((a) => ({ __typename: 'Household', id: a.householdId })),
    });
    expect(counter.count).toBe(fewStatements);
    expect(fewStatements).toBe(2);
    dataOf(few, '_entities');
    const households = dataOf<
      { id: string; accompaniments: { id: string }[]; openAlerts: { id: string; status: string }[] }[]
    >(many, '_entities');
    for (const [i, household] of households.entries()) {
      const planned = plan.accompaniments[i];
      expect(household.accompaniments.map((a) => a.id)).toContain(planned.id);
      expect(household.openAlerts.map((a) => a.id).sort()).toEqual(
        planned.alerts
          .filter((al) => al.status !== 'CLOSED')
          .map((al) => al.id)
          .sort(),
      );
    }
  });

  it('restricts Household.accompaniments to a support worker’s caseload', async () => {
    const notMine = planOf((a) => a.supportWorkerId !== worker.userId)[0];
    const result = await server.execute(
      worker,
      'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Household { accompaniments { id } } } }',
      { reps: [{ __typename: 'Household', id: notMine.householdId }] },
    );
    // Whether the household may be read is the households subgraph's to say; here, nothing of it
    // is in the worker's caseload.
    expect(dataOf(result, '_entities')).toEqual([{ accompaniments: [] }]);
  });
});

describe('Convention.measureMonths', () => {
  const query = `query($reps: [_Any!]!, $year: Int!) {
    _entities(representations: $reps) { ... on Convention { id measureMonths(year: $year) { year total byMonth } } }
  }`;

  function expected(conventionId: string, year: number) {
    const byMonth = Array.from({ length: 12 }, (_, m) => {
      const first = `${year}-${String(m + 1).padStart(2, '0')}-01`;
      const last = lastDayOfMonth(first);
      return new Set(
        planOf(
          (a) => a.conventionId === conventionId && a.startDate <= last && (!a.endDate || a.endDate >= first),
        ).map((a) => a.householdId),
      ).size;
    });
    return { year, byMonth, total: byMonth.reduce((s, n) => s + n, 0) };
  }

  it('counts, month by month, the distinct households supported under each convention, in one statement', async () => {
    counter.reset();
    const result = await server.execute(evaluator, query, {
      year: 2016,
      reps: [
        { __typename: 'Convention', id: history.id },
        { __typename: 'Convention', id: renewal.id },
        { __typename: 'Convention', id: randomUUID() },
      ],
    });
    const entities = dataOf<{ measureMonths: { year: number; total: number; byMonth: number[] } }[]>(
      result,
      '_entities',
    );
    expect(counter.count).toBe(1);
    expect(entities[0].measureMonths).toEqual(expected(history.id, 2016));
    expect(entities[0].measureMonths.total).toBeGreaterThan(0);
    expect(entities[1].measureMonths).toEqual({ year: 2016, total: 0, byMonth: Array(12).fill(0) });
    expect(entities[2].measureMonths.total).toBe(0);

    const current = await server.execute(evaluator, query, {
      year: 2026,
      reps: [{ __typename: 'Convention', id: renewal.id }],
    });
    const [renewalYear] = dataOf<{ measureMonths: { byMonth: number[] } }[]>(current, '_entities');
    // The server's today is 15 November 2026: January to October are over; December has not begun
    // (the exact rule at chosen dates: gateway/test/consumption-fixture.test.ts).
    const whole = expected(renewal.id, 2026).byMonth;
    expect(renewalYear.measureMonths.byMonth.slice(0, 10)).toEqual(whole.slice(0, 10));
    expect(renewalYear.measureMonths.byMonth[10]).toBeLessThanOrEqual(whole[10]);
    expect(renewalYear.measureMonths.byMonth[11]).toBe(0);
  });

  it('refuses a year outside 2000 to 2100', async () => {
    for (const year of [1999, 2101]) {
      const result = await server.execute(social, query, {
        year,
        reps: [{ __typename: 'Convention', id: renewal.id }],
      });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
    }
  });
});

describe('opening and moving accompaniments', () => {
  it('opens an ACCESS accompaniment in PRE_ALLOCATION and records who opened it', async () => {
    const opened = await openFresh();
    expect(opened).toMatchObject({ phase: 'PRE_ALLOCATION' });
    expect(opened.phaseChanges).toEqual([
      { from: null, to: 'PRE_ALLOCATION', by: social.userId, note: null },
    ]);
    const [row] = await sql<{ created_by: string; updated_by: string }>(
      'select created_by, updated_by from accompaniment.accompaniment where id = ?',
      [opened.id],
    );
    expect(row).toEqual({ created_by: social.userId, updated_by: social.userId });
  });

  it('opens a TENANCY_SUSTAINMENT accompaniment in FOLLOW_UP', async () => {
    const opened = await openFresh({ kind: 'TENANCY_SUSTAINMENT' });
    expect(opened.phase).toBe('FOLLOW_UP');
    expect(opened.phaseChanges.map((c) => c.to)).toEqual(['FOLLOW_UP']);
  });

  it('refuses a second running accompaniment for a household with CONFLICT', async () => {
    const running = planOf((a) => a.phase !== 'ENDED')[0];
    const before = await counts();
    const result = await server.execute(social, OPEN, {
      input: {
        householdId: running.householdId,
        kind: 'ACCESS',
        supportWorkerId: worker.userId,
        socialReferentId: social.userId,
        startDate: daysAgo(3),
        conventionId: TEST_CONVENTION,
      },
    });
    expect(errorCode(result)).toBe('CONFLICT');
    expect(await counts()).toEqual(before);
  });

  it('opens a new accompaniment for a household whose previous one ended', async () => {
    const ended = planOf((a) => a.phase === 'ENDED')[0];
    const opened = await openFresh({ householdId: ended.householdId });
    expect(opened.household).toEqual({ id: ended.householdId });
  });

  it('lets only social management and admins open accompaniments', async () => {
    for (const actor of [worker, rental, evaluator, integrator]) {
      const result = await server.execute(actor, OPEN, {
        input: {
          householdId: randomUUID(),
          kind: 'ACCESS',
          supportWorkerId: worker.userId,
          socialReferentId: social.userId,
          startDate: daysAgo(3),
          conventionId: TEST_CONVENTION,
        },
      });
      expect(errorCode(result)).toBe('FORBIDDEN');
    }
    const byAdmin = await server.execute(admin, OPEN, {
      input: {
        householdId: await newHousehold(),
        kind: 'ACCESS',
        supportWorkerId: worker.userId,
        socialReferentId: social.userId,
        startDate: daysAgo(3),
        conventionId: TEST_CONVENTION,
      },
    });
    expect(byAdmin.errors).toBeUndefined();
  });

  it('rejects bad input (unknown enum, missing field, malformed id or date) and writes nothing', async () => {
    const valid = {
      householdId: randomUUID(),
      kind: 'ACCESS',
      supportWorkerId: worker.userId,
      socialReferentId: social.userId,
      startDate: daysAgo(3),
      conventionId: TEST_CONVENTION,
    };
    const { socialReferentId: _omit, ...missing } = valid;
    const before = await counts();
    for (const input of [
      { ...valid, kind: 'HOUSING_FIRST' },
      missing,
      { ...valid, householdId: 'not-a-uuid' },
      { ...valid, startDate: '2026-13-45' },
      { ...valid, supportWorkerId: '' },
    ]) {
      expect(errorCode(await server.execute(social, OPEN, { input }))).toBe('BAD_USER_INPUT');
    }
    expect(await counts()).toEqual(before);
  });

  it('moves through the phases, recording who moved it, when and why, and ends with a reason and an outcome', async () => {
    const opened = await openFresh();
    const toIntegration = await server.execute(worker, MOVE, {
      id: opened.id,
      to: 'INTEGRATION',
      note: 'Entrée',
    });
    expect(dataOf<{ phase: string }>(toIntegration, 'moveAccompaniment').phase).toBe('INTEGRATION');
    dataOf(await server.execute(social, MOVE, { id: opened.id, to: 'FOLLOW_UP' }), 'moveAccompaniment');
    const ended = dataOf<{
      phase: string;
      endDate: string;
      endReason: string;
      outcome: string;
      phaseChanges: { from: string | null; to: string; by: string; note: string | null }[];
    }>(
      await server.execute(worker, MOVE, {
        id: opened.id,
        to: 'ENDED',
        endReason: 'Objectifs atteints',
        outcome: 'HOUSED',
        note: 'Relais vers le droit commun',
      }),
      'moveAccompaniment',
    );
    expect(ended).toMatchObject({
      phase: 'ENDED',
      endDate: plan.today,
      endReason: 'Objectifs atteints',
      outcome: 'HOUSED',
    });
    expect(ended.phaseChanges).toEqual([
      { from: null, to: 'PRE_ALLOCATION', by: social.userId, note: null },
      { from: 'PRE_ALLOCATION', to: 'INTEGRATION', by: worker.userId, note: 'Entrée' },
      { from: 'INTEGRATION', to: 'FOLLOW_UP', by: social.userId, note: null },
      { from: 'FOLLOW_UP', to: 'ENDED', by: worker.userId, note: 'Relais vers le droit commun' },
    ]);
    const [row] = await sql<{ updated_by: string }>(
      'select updated_by from accompaniment.accompaniment where id = ?',
      [opened.id],
    );
    expect(row.updated_by).toBe(worker.userId);

    const reopened = await server.execute(social, MOVE, { id: opened.id, to: 'FOLLOW_UP' });
    expect(errorCode(reopened)).toBe('CONFLICT');
  });

  it('refuses moves the phase machine does not allow with CONFLICT, and changes nothing', async () => {
    const opened = await openFresh();
    const before = await counts();
    for (const to of ['FOLLOW_UP', 'PRE_ALLOCATION']) {
      expect(errorCode(await server.execute(social, MOVE, { id: opened.id, to }))).toBe('CONFLICT');
    }
    const sustainment = await openFresh({ kind: 'TENANCY_SUSTAINMENT' });
    const after = await counts();
    expect(errorCode(await server.execute(social, MOVE, { id: sustainment.id, to: 'INTEGRATION' }))).toBe(
      'CONFLICT',
    );
    expect(await counts()).toEqual(after);
    expect(after.phase_change).toBe(before.phase_change + 1);
  });

  it('requires an end reason and an outcome to end, and refuses them otherwise', async () => {
    const opened = await openFresh();
    const before = await counts();
    for (const variables of [
      { to: 'ENDED', outcome: 'REFUSED' },
      { to: 'ENDED', endReason: 'Refus' },
      { to: 'ENDED', endReason: '   ', outcome: 'REFUSED' },
      { to: 'INTEGRATION', outcome: 'HOUSED' },
      { to: 'ENDED', endReason: 'Refus', outcome: 'ABANDONED' },
      { to: 'INTEGRATION', note: 'x'.repeat(2001) },
    ]) {
      expect(errorCode(await server.execute(social, MOVE, { id: opened.id, ...variables }))).toBe(
        'BAD_USER_INPUT',
      );
    }
    expect(await counts()).toEqual(before);
    const [row] = await sql<{ phase: string; end_date: string | null }>(
      'select phase, end_date from accompaniment.accompaniment where id = ?',
      [opened.id],
    );
    expect(row).toEqual({ phase: 'PRE_ALLOCATION', end_date: null });
  });

  it('refuses to end an accompaniment before it starts', async () => {
    const future = addDays(plan.today, 30);
    const opened = await openFresh({ startDate: future });
    const result = await server.execute(social, MOVE, {
      id: opened.id,
      to: 'ENDED',
      endReason: 'Annulé',
      outcome: 'REFUSED',
    });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
  });

  it('lets a support worker move only their own accompaniments (NOT_FOUND otherwise)', async () => {
    const theirs = await openFresh({ supportWorkerId: otherWorker.userId });
    expect(errorCode(await server.execute(worker, MOVE, { id: theirs.id, to: 'INTEGRATION' }))).toBe(
      'NOT_FOUND',
    );
    expect(errorCode(await server.execute(social, MOVE, { id: randomUUID(), to: 'INTEGRATION' }))).toBe(
      'NOT_FOUND',
    );
    expect(errorCode(await server.execute(social, MOVE, { id: 'nope', to: 'INTEGRATION' }))).toBe(
      'NOT_FOUND',
    );
    for (const actor of [rental, evaluator, integrator]) {
      expect(errorCode(await server.execute(actor, MOVE, { id: theirs.id, to: 'INTEGRATION' }))).toBe(
        'FORBIDDEN',
      );
    }
    const moved = await server.execute(otherWorker, MOVE, { id: theirs.id, to: 'INTEGRATION' });
    expect(dataOf<{ phase: string }>(moved, 'moveAccompaniment').phase).toBe('INTEGRATION');
  });
});

describe('contacts', () => {
  it('records a contact made by the caller and lists it first', async () => {
    const opened = await openFresh();
    const contact = dataOf<{ id: string; recordedBy: string; accompaniment: { id: string } }>(
      await server.execute(worker, RECORD_CONTACT, { input: contactInput(opened.id) }),
      'recordContact',
    );
    expect(contact).toMatchObject({
      date: daysAgo(1),
      kind: 'HOME_VISIT',
      configuration: 'PAIR',
      timeSlot: 'EVENING',
      place: 'HOME',
      outcome: 'MET',
      note: 'Point budget',
      recordedBy: worker.userId,
      accompaniment: { id: opened.id },
    });
    dataOf(
      await server.execute(social, RECORD_CONTACT, {
        input: contactInput(opened.id, { date: daysAgo(10), kind: 'OUTREACH_ATTEMPT', outcome: 'NO_ANSWER' }),
      }),
      'recordContact',
    );
    const [row] = await sql<{ created_by: string }>(
      'select created_by from accompaniment.contact where id = ?',
      [contact.id],
    );
    expect(row.created_by).toBe(worker.userId);
    const listed = await server.execute(
      social,
      `{ accompaniment(id: "${opened.id}") { contacts { id date recordedBy } } }`,
    );
    const { contacts } = dataOf<{ contacts: { id: string; recordedBy: string }[] }>(listed, 'accompaniment');
    expect(contacts).toHaveLength(2);
    expect(contacts[0].id).toBe(contact.id);
    expect(contacts[1].recordedBy).toBe(social.userId);
  });

  it('rejects a contact in the future, before the start, with an unknown enum or a missing field, and writes nothing', async () => {
    const opened = await openFresh({ startDate: daysAgo(20) });
    const tomorrow = addDays(plan.today, 1);
    const { outcome: _omit, ...missing } = contactInput(opened.id);
    const before = await counts();
    for (const input of [
      contactInput(opened.id, { date: tomorrow }),
      contactInput(opened.id, { date: daysAgo(21) }),
      contactInput(opened.id, { kind: 'VIDEO_CALL' }),
      contactInput(opened.id, { note: 'x'.repeat(2001) }),
      missing,
    ]) {
      expect(errorCode(await server.execute(social, RECORD_CONTACT, { input }))).toBe('BAD_USER_INPUT');
    }
    expect(await counts()).toEqual(before);
  });

  it('lets a support worker record contacts only on their own caseload', async () => {
    const theirs = await openFresh({ supportWorkerId: otherWorker.userId });
    const before = await counts();
    expect(errorCode(await server.execute(worker, RECORD_CONTACT, { input: contactInput(theirs.id) }))).toBe(
      'NOT_FOUND',
    );
    for (const actor of [rental, evaluator, integrator]) {
      expect(errorCode(await server.execute(actor, RECORD_CONTACT, { input: contactInput(theirs.id) }))).toBe(
        'FORBIDDEN',
      );
    }
    expect(
      errorCode(await server.execute(social, RECORD_CONTACT, { input: contactInput(randomUUID()) })),
    ).toBe('NOT_FOUND');
    expect(await counts()).toEqual(before);
  });
});

describe('diagnostics', () => {
  const areas = [
    { area: 'BUDGET', needs: 'Plan d’apurement' },
    { area: 'HEALTH', needs: 'Reprendre un suivi médical' },
  ];
  const goals = [
    { label: 'Retrouver un rythme de vie quotidien', progress: 10 },
    { label: 'Accéder aux soins' },
  ];

  it('records a shared diagnostic with its goals', async () => {
    const opened = await openFresh();
    const diagnostic = dataOf<{ id: string; areas: unknown; goals: { label: string; progress: number }[] }>(
      await server.execute(worker, RECORD_DIAGNOSTIC, {
        input: { accompanimentId: opened.id, date: daysAgo(2), areas, goals },
      }),
      'recordDiagnostic',
    );
    expect(diagnostic).toMatchObject({ date: daysAgo(2), areas, accompaniment: { id: opened.id } });
    expect(diagnostic.goals).toEqual([
      { label: 'Retrouver un rythme de vie quotidien', progress: 10 },
      { label: 'Accéder aux soins', progress: 0 },
    ]);
    const rows = await sql<{ created_by: string }>(
      'select created_by from accompaniment.goal where diagnostic_id = ? union all select created_by from accompaniment.diagnostic where id = ?',
      [diagnostic.id, diagnostic.id],
    );
    expect(rows.map((r) => r.created_by)).toEqual([worker.userId, worker.userId, worker.userId]);
  });

  it('rejects progress outside 0 to 100, no area, a repeated area or an unknown area, and writes nothing', async () => {
    const opened = await openFresh();
    const base = { accompanimentId: opened.id, date: daysAgo(2), areas, goals };
    const before = await counts();
    for (const input of [
      { ...base, goals: [{ label: 'Emploi', progress: 101 }] },
      { ...base, goals: [{ label: 'Emploi', progress: -1 }] },
      { ...base, areas: [] },
      { ...base, areas: [areas[0], areas[0]] },
      { ...base, areas: [{ area: 'LEISURE', needs: 'x' }] },
      { ...base, date: '2999-01-01' },
    ]) {
      expect(errorCode(await server.execute(social, RECORD_DIAGNOSTIC, { input }))).toBe('BAD_USER_INPUT');
    }
    expect(await counts()).toEqual(before);
  });

  it('keeps diagnostics of another caseload out of a support worker’s reach', async () => {
    const theirs = await openFresh({ supportWorkerId: otherWorker.userId });
    const result = await server.execute(worker, RECORD_DIAGNOSTIC, {
      input: { accompanimentId: theirs.id, date: daysAgo(2), areas, goals },
    });
    expect(errorCode(result)).toBe('NOT_FOUND');
    expect(
      errorCode(
        await server.execute(rental, RECORD_DIAGNOSTIC, {
          input: { accompanimentId: theirs.id, date: daysAgo(2), areas, goals },
        }),
      ),
    ).toBe('FORBIDDEN');
  });
});

describe('alerts', () => {
  it('computes the triage deadline as five working days, Monday to Friday', () => {
    expect(addWorkingDays('2026-11-20', 5)).toBe('2026-11-27'); // Friday → Friday
    expect(addWorkingDays('2026-11-21', 5)).toBe('2026-11-27'); // Saturday → Friday
    expect(addWorkingDays('2026-11-22', 5)).toBe('2026-11-27'); // Sunday → Friday
    expect(addWorkingDays('2026-11-23', 5)).toBe('2026-11-30'); // Monday → Monday
    expect(addWorkingDays('2026-11-25', 5)).toBe('2026-12-02'); // Wednesday → Wednesday
    // 23:30 UTC on Friday is already Saturday in Rouen.
    expect(triageDeadline(new Date('2026-11-20T23:30:00Z'))).toBe('2026-11-27');
    expect(triageDeadline(new Date('2026-11-22T23:30:00Z'))).toBe('2026-11-30');
  });

  it('raises an alert, attaches the household’s running accompaniment and records who raised it', async () => {
    const opened = await openFresh();
    // A Friday: five working days later is Friday 13 November, before the plan's day (15 November).
    const raisedAt = '2026-11-06T09:00:00.000Z';
    const alert = dataOf<{
      id: string;
      status: string;
      triageDeadline: string;
      overdue: boolean;
      accompaniment: { id: string } | null;
      transitions: unknown[];
    }>(
      // Rental management raises alerts but reads only that they exist, their status and deadline.
      await server.execute(rental, RAISE_AS_RENTAL, { input: alertInput(opened.household.id, { raisedAt }) }),
      'raiseAlert',
    );
    expect(alert).toMatchObject({
      status: 'NEW',
      source: 'LOCAL_STAFF',
      raisedAt,
      triageDeadline: '2026-11-13',
      overdue: true,
      household: { id: opened.household.id },
      accompaniment: { id: opened.id },
    });
    expect(alert.transitions).toEqual([{ from: null, to: 'NEW', by: rental.userId }]);
    expect(
      dataOf(
        await server.execute(
          social,
          `{ alert(id: "${alert.id}") { signs description transitions { note } } }`,
        ),
        'alert',
      ),
    ).toEqual({
      signs: ['NO_RESPONSE_TO_REMINDERS', 'ARREARS'],
      description: alertInput(opened.household.id).description,
      transitions: [{ note: null }],
    });
    const [row] = await sql<{ created_by: string }>(
      'select created_by from accompaniment.alert where id = ?',
      [alert.id],
    );
    expect(row.created_by).toBe(rental.userId);

    const fresh = dataOf<{ raisedAt: string; triageDeadline: string; overdue: boolean; accompaniment: null }>(
      await server.execute(social, RAISE, { input: alertInput(await newHousehold()) }),
      'raiseAlert',
    );
    // Raised on Sunday 15 November: Friday 20 November.
    expect(fresh.triageDeadline).toBe('2026-11-20');
    expect(fresh.overdue).toBe(false);
    expect(fresh.accompaniment).toBeNull();
  });

  it('rejects an alert without signs, with an unknown sign or source, raised in the future or on another household’s accompaniment', async () => {
    const opened = await openFresh();
    const before = await counts();
    const future = localInstant(addDays(plan.today, 1), '12:00').toISOString();
    for (const input of [
      alertInput(opened.household.id, { signs: [] }),
      alertInput(opened.household.id, { signs: ['ARREARS', 'ARREARS'] }),
      alertInput(opened.household.id, { signs: ['NOISE'] }),
      alertInput(opened.household.id, { source: 'ANONYMOUS' }),
      alertInput(opened.household.id, { raisedAt: future }),
      alertInput(opened.household.id, { description: '  ' }),
      alertInput(randomUUID(), { accompanimentId: opened.id }),
    ]) {
      expect(errorCode(await server.execute(social, RAISE, { input }))).toBe('BAD_USER_INPUT');
    }
    const { description: _omit, ...missing } = alertInput(opened.household.id);
    expect(errorCode(await server.execute(social, RAISE, { input: missing }))).toBe('BAD_USER_INPUT');
    expect(await counts()).toEqual(before);
  });

  it('lets evaluators and integrators not raise alerts, and support workers only on their caseload', async () => {
    const theirs = await openFresh({ supportWorkerId: otherWorker.userId });
    for (const actor of [evaluator, integrator]) {
      expect(errorCode(await server.execute(actor, RAISE, { input: alertInput(theirs.household.id) }))).toBe(
        'FORBIDDEN',
      );
    }
    expect(
      errorCode(
        await server.execute(worker, RAISE, {
          input: alertInput(theirs.household.id, { accompanimentId: theirs.id }),
        }),
      ),
    ).toBe('NOT_FOUND');
    const mine = await openFresh();
    const raised = await server.execute(worker, RAISE, {
      input: alertInput(mine.household.id, { accompanimentId: mine.id }),
    });
    expect(dataOf<{ accompaniment: { id: string } }>(raised, 'raiseAlert').accompaniment).toEqual({
      id: mine.id,
    });
  });

  it('moves an alert along the triage machine, recording each move', async () => {
    const opened = await openFresh();
    const { id } = dataOf<{ id: string }>(
      await server.execute(social, RAISE, { input: alertInput(opened.household.id) }),
      'raiseAlert',
    );
    const steps: [Actor, string, string | null][] = [
      [social, 'SHARED_DIAGNOSIS', 'Réunion avec l’association'],
      [worker, 'ACTION_AGREED', null],
      [social, 'SHARED_DIAGNOSIS', 'La situation a changé'],
      [admin, 'CLOSED', 'Résolu'],
    ];
    let last: { status: string; transitions: unknown[] } | undefined;
    for (const [actor, to, note] of steps) {
      last = dataOf(await server.execute(actor, MOVE_ALERT, { id, to, note }), 'moveAlert');
      expect(last?.status).toBe(to);
    }
    expect(last?.transitions).toEqual([
      { from: null, to: 'NEW', by: social.userId, note: null },
      { from: 'NEW', to: 'SHARED_DIAGNOSIS', by: social.userId, note: 'Réunion avec l’association' },
      { from: 'SHARED_DIAGNOSIS', to: 'ACTION_AGREED', by: worker.userId, note: null },
      { from: 'ACTION_AGREED', to: 'SHARED_DIAGNOSIS', by: social.userId, note: 'La situation a changé' },
      { from: 'SHARED_DIAGNOSIS', to: 'CLOSED', by: admin.userId, note: 'Résolu' },
    ]);
    const before = await counts();
    expect(errorCode(await server.execute(social, MOVE_ALERT, { id, to: 'NEW' }))).toBe('CONFLICT');
    expect(errorCode(await server.execute(social, MOVE_ALERT, { id, to: 'SHARED_DIAGNOSIS' }))).toBe(
      'CONFLICT',
    );
    expect(await counts()).toEqual(before);
  });

  it('refuses to skip the shared diagnosis with CONFLICT', async () => {
    const { id } = dataOf<{ id: string }>(
      await server.execute(social, RAISE, { input: alertInput(await newHousehold()) }),
      'raiseAlert',
    );
    expect(errorCode(await server.execute(social, MOVE_ALERT, { id, to: 'ACTION_AGREED' }))).toBe('CONFLICT');
  });

  it('lets only social management, admins and the assigned support worker move alerts', async () => {
    const theirs = await openFresh({ supportWorkerId: otherWorker.userId });
    const { id } = dataOf<{ id: string }>(
      await server.execute(social, RAISE, { input: alertInput(theirs.household.id) }),
      'raiseAlert',
    );
    expect(errorCode(await server.execute(worker, MOVE_ALERT, { id, to: 'CLOSED' }))).toBe('NOT_FOUND');
    expect(errorCode(await server.execute(worker, `{ alert(id: "${id}") { id } }`))).toBe('NOT_FOUND');
    for (const actor of [rental, evaluator, integrator]) {
      expect(errorCode(await server.execute(actor, MOVE_ALERT, { id, to: 'CLOSED' }))).toBe('FORBIDDEN');
    }
    expect(errorCode(await server.execute(social, MOVE_ALERT, { id: randomUUID(), to: 'CLOSED' }))).toBe(
      'NOT_FOUND',
    );
    expect(errorCode(await server.execute(social, MOVE_ALERT, { id, to: 'REOPENED' }))).toBe(
      'BAD_USER_INPUT',
    );
    const moved = await server.execute(otherWorker, MOVE_ALERT, { id, to: 'CLOSED' });
    expect(dataOf<{ status: string }>(moved, 'moveAlert').status).toBe('CLOSED');
  });

  it('filters the inbox by status, source, household and overdue triage', async () => {
    const overdue = await server.execute(
      social,
      '{ alerts(first: 100, filter: { overdue: true }) { totalCount edges { node { id status triageDeadline overdue } } } }',
    );
    const overdueNodes = dataOf<{
      edges: { node: { id: string; status: string; triageDeadline: string; overdue: boolean } }[];
    }>(overdue, 'alerts').edges.map((e) => e.node);
    for (const node of overdueNodes) {
      expect(node.status).toBe('NEW');
      expect(node.triageDeadline < plan.today).toBe(true);
      expect(node.overdue).toBe(true);
    }
    const plannedOverdue = plan.accompaniments
      .flatMap((a) => a.alerts)
      .filter((al) => al.status === 'NEW' && addWorkingDays(al.raisedAt, 5) < plan.today);
    expect(plannedOverdue.length).toBeGreaterThan(0);
    expect(overdueNodes.map((n) => n.id)).toEqual(expect.arrayContaining(plannedOverdue.map((al) => al.id)));

    const notOverdue = await server.execute(
      social,
      '{ alerts(first: 100, filter: { overdue: false }) { edges { node { overdue } } } }',
    );
    expect(
      dataOf<{ edges: { node: { overdue: boolean } }[] }>(notOverdue, 'alerts').edges.every(
        (e) => !e.node.overdue,
      ),
    ).toBe(true);

    const withAlert = planOf((a) => a.alerts.length > 0)[3];
    const [planned] = withAlert.alerts;
    const filtered = await server.execute(
      social,
      `query($household: ID, $statuses: [AlertStatus!], $sources: [AlertSource!]) {
        alerts(filter: { householdId: $household, statuses: $statuses, sources: $sources }) { totalCount edges { node { id } } }
      }`,
      { household: withAlert.householdId, statuses: [planned.status], sources: [planned.source] },
    );
    expect(dataOf<{ edges: { node: { id: string } }[] }>(filtered, 'alerts').edges).toEqual([
      { node: { id: planned.id } },
    ]);
    const otherStatus = await server.execute(
      social,
      `query($household: ID) { alerts(filter: { householdId: $household, statuses: [${planned.status === 'NEW' ? 'CLOSED' : 'NEW'}] }) { totalCount } }`,
      { household: withAlert.householdId },
    );
    expect(dataOf<{ totalCount: number }>(otherStatus, 'alerts').totalCount).toBe(0);
  });

  it('pages the inbox, latest raised first', async () => {
    const seen: string[] = [];
    const raised: string[] = [];
    let after: string | null = null;
    type Page = {
      edges: { node: { id: string; raisedAt: string } }[];
      pageInfo: { hasNextPage: boolean; endCursor: string };
    };
    do {
      const page: Page = dataOf<Page>(
        await server.execute(
          social,
          'query($after: String) { alerts(first: 4, after: $after) { edges { node { id raisedAt } } pageInfo { hasNextPage endCursor } } }',
          { after },
        ),
        'alerts',
      );
      seen.push(...page.edges.map((e) => e.node.id));
      raised.push(...page.edges.map((e) => e.node.raisedAt));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(
      expect.arrayContaining(plan.accompaniments.flatMap((a) => a.alerts.map((al) => al.id))),
    );
    expect([...raised].sort().reverse()).toEqual(raised);
    expect(errorCode(await server.execute(social, '{ alerts(after: "garbage") { totalCount } }'))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it("restricts a support worker's inbox to their own caseload", async () => {
    const result = await server.execute(
      worker,
      '{ alerts(first: 100) { totalCount edges { node { accompaniment { supportWorkerId } } } } }',
    );
    const conn = dataOf<{
      totalCount: number;
      edges: { node: { accompaniment: { supportWorkerId: string } } }[];
    }>(result, 'alerts');
    expect(conn.totalCount).toBeGreaterThan(0);
    expect(conn.edges.every((e) => e.node.accompaniment.supportWorkerId === worker.userId)).toBe(true);
    const [all] = await sql<{ n: number }>(
      `select count(*)::int as n from accompaniment.alert al join accompaniment.accompaniment a on a.id = al.accompaniment_id
        where a.support_worker_id = ? and a.phase <> 'ENDED'`,
      [worker.userId],
    );
    expect(conn.totalCount).toBe(all.n);
  });
});

describe('a closed case', () => {
  it('takes no contact, diagnostic, review, schedule or alert once the accompaniment has ended', async () => {
    const opened = await openFresh({ supportWorkerId: worker.userId });
    for (const to of ['INTEGRATION', 'FOLLOW_UP'])
      expect((await server.execute(social, MOVE, { id: opened.id, to })).errors).toBeUndefined();
    const ended = await server.execute(social, MOVE, {
      id: opened.id,
      to: 'ENDED',
      endReason: 'Relais vers le droit commun',
      outcome: 'HOUSED',
    });
    expect(ended.errors).toBeUndefined();
    const before = await counts();
    const writes: [string, string, Record<string, unknown>][] = [
      ['contact', RECORD_CONTACT, { input: contactInput(opened.id, { date: plan.today }) }],
      [
        'diagnostic',
        RECORD_DIAGNOSTIC,
        {
          input: {
            accompanimentId: opened.id,
            date: plan.today,
            areas: [{ area: 'BUDGET', needs: 'Suivi du budget' }],
            goals: [{ label: 'Retrouver un rythme', progress: 10 }],
          },
        },
      ],
      [
        'review',
        `mutation($input: RecordReviewInput!) { recordReview(input: $input) { id } }`,
        { input: { accompanimentId: opened.id, date: plan.today, summary: 'Bilan', goalProgress: [] } },
      ],
      [
        'schedule',
        `mutation($id: ID!, $input: ContactScheduleInput!) { setContactSchedule(accompanimentId: $id, input: $input) { id } }`,
        {
          id: opened.id,
          input: {
            integrationContactsPerWeek: 1,
            integrationWeeks: 2,
            monthlyInPersonMeetings: 2,
            reason: 'Test',
          },
        },
      ],
      ['alert', RAISE, { input: alertInput(opened.household.id, { accompanimentId: opened.id }) }],
    ];
    for (const [what, mutation, variables] of writes) {
      // Social management sees the case, and is told it is closed.
      const refused = await server.execute(social, mutation, variables);
      expect([what, errorCode(refused)]).toEqual([what, 'CONFLICT']);
      expect(refused.errors?.[0].message).toMatch(/ended/);
      // Its former support worker no longer reaches it at all.
      expect([what, errorCode(await server.execute(worker, mutation, variables))]).toEqual([
        what,
        'NOT_FOUND',
      ]);
    }
    expect(await counts()).toEqual(before);
  });
});

describe('reviews and follow-up committees', () => {
  it('reads reviews and committee decisions of an accompaniment, and decisions of a committee', async () => {
    const mine = planOf((a) => a.supportWorkerId === worker.userId)[0];
    const notMine = planOf((a) => a.supportWorkerId !== worker.userId)[0];
    const committeeId = randomUUID();
    const reviewId = randomUUID();
    const em = orm.em.fork();
    const conn = em.getConnection();
    await conn.execute(
      `insert into accompaniment.review (id, created_by, updated_by, accompaniment_id, date, summary, goal_progress)
       values (?, 'test', 'test', ?, '2026-10-01', 'Bilan à trois mois', ?::jsonb)`,
      [reviewId, mine.id, JSON.stringify([{ goal: 'Accéder aux soins', progress: 40 }])],
    );
    await conn.execute(
      `insert into accompaniment.follow_up_committee (id, created_by, updated_by, date, participants)
       values (?, 'test', 'test', '2026-10-15', ?::text[])`,
      [committeeId, '{ICF Habitat Atlantique,Association Ensemble,DDCS 76}'],
    );
    await conn.execute(
      `insert into accompaniment.committee_decision (id, created_by, updated_by, committee_id, accompaniment_id, decision)
       values (?, 'test', 'test', ?, ?, 'Prolonger de trois mois'), (?, 'test', 'test', ?, ?, 'Orienter vers un bail glissant'),
              (?, 'test', 'test', ?, null, 'Point trimestriel sur les entrées')`,
      [randomUUID(), committeeId, mine.id, randomUUID(), committeeId, notMine.id, randomUUID(), committeeId],
    );

    const result = await server.execute(
      worker,
      `query($id: ID!) { accompaniment(id: $id) {
        reviews { id date summary goalProgress { goal progress } accompaniment { id } }
        committeeDecisions { decision committee { date participants decisions { decision accompaniment { id } } } }
      } }`,
      { id: mine.id },
    );
    const read = dataOf<{
      reviews: unknown[];
      committeeDecisions: {
        decision: string;
        committee: { date: string; participants: string[]; decisions: { decision: string }[] };
      }[];
    }>(result, 'accompaniment');
    expect(read.reviews).toEqual([
      {
        id: reviewId,
        date: '2026-10-01',
        summary: 'Bilan à trois mois',
        goalProgress: [{ goal: 'Accéder aux soins', progress: 40 }],
        accompaniment: { id: mine.id },
      },
    ]);
    expect(read.committeeDecisions).toHaveLength(1);
    expect(read.committeeDecisions[0].decision).toBe('Prolonger de trois mois');
    expect(read.committeeDecisions[0].committee.participants).toEqual([
      'ICF Habitat Atlantique',
      'Association Ensemble',
      'DDCS 76',
    ]);
    // A support worker only sees the committee's decisions about their own caseload.
    expect(read.committeeDecisions[0].committee.decisions).toEqual([
      { decision: 'Prolonger de trois mois', accompaniment: { id: mine.id } },
    ]);

    const asSocial = await server.execute(
      social,
      'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on FollowUpCommittee { decisions { decision } } ... on Review { summary } } }',
      {
        reps: [
          { __typename: 'FollowUpCommittee', id: committeeId },
          { __typename: 'Review', id: reviewId },
        ],
      },
    );
    const [committee, review] = dataOf<[{ decisions: unknown[] }, { summary: string }]>(
      asSocial,
      '_entities',
    );
    expect(committee.decisions).toHaveLength(3);
    expect(review.summary).toBe('Bilan à trois mois');
  });
});

describe('database constraints', () => {
  it('refuses an ended accompaniment without an outcome, a goal above 100 % and an alert without signs', async () => {
    const conn = orm.em.fork().getConnection();
    const a = plan.accompaniments.find((x) => x.phase === 'ENDED')!;
    await expect(
      conn.execute(`update accompaniment.accompaniment set outcome = null where id = ?`, [a.id]),
    ).rejects.toThrow(/accompaniment_ended_has_end|accompaniment_running_has_no_end/);
    await expect(
      conn.execute(`update accompaniment.accompaniment set end_date = start_date - 1 where id = ?`, [a.id]),
    ).rejects.toThrow(/accompaniment_end_after_start/);
    await expect(
      conn.execute(`update accompaniment.goal set progress = 101 where diagnostic_id = ?`, [
        a.diagnostic?.id,
      ]),
    ).rejects.toThrow(/goal_progress_percent/);
    const alert = plan.accompaniments.flatMap((x) => x.alerts)[0];
    await expect(
      conn.execute(`update accompaniment.alert set signs = '{}' where id = ?`, [alert.id]),
    ).rejects.toThrow(/alert_signs_known_and_present/);
    await expect(
      conn.execute(`update accompaniment.alert set signs = '{LOUD_MUSIC}' where id = ?`, [alert.id]),
    ).rejects.toThrow(/alert_signs_known_and_present/);
  });
});

describe('accompaniment over HTTP', () => {
  let url: string;
  beforeAll(async () => {
    url = (await server.listen(0)).url;
  });

  it('refuses a caller without the gateway secret', async () => {
    expect(await postGraphQL(url, '{ alerts { totalCount } }')).toEqual({ status: 403, code: 'FORBIDDEN' });
  });

  it('refuses a gateway call that names nobody', async () => {
    expect(
      await postGraphQL(url, '{ alerts { totalCount } }', { 'x-ash-gateway-secret': 'test-secret' }),
    ).toEqual({
      status: 401,
      code: 'UNAUTHENTICATED',
    });
  });
});
