import { randomUUID } from 'node:crypto';
import { buildDemoPlan, demoUser } from '@ash/demo';
import { Calendar } from '@ash/kit';
import { type Data, eventually, type GraphQLResponse, startSystem, type TestSystem } from './system';

/*
 * References across subgraphs. A write naming another subgraph's entity that does not exist is
 * refused; a reference that still cannot be resolved when read (out of scope, erased, never
 * existed) nulls that field alone, with an error naming its path, never the whole answer.
 */

const today = new Calendar().today();
const plan = buildDemoPlan({ dwellings: 300, applications: 40, today });
const renewal = plan.conventions[1];
const first2015 = plan.conventions[0];
let system: TestSystem;

beforeAll(async () => {
  system = await startSystem(plan);
});
afterAll(() => system?.stop());

const social = (query: string, variables?: Record<string, unknown>) =>
  system.as('SOCIAL_MANAGER')(query, variables);
const codes = (result: GraphQLResponse) => result.errors?.map((e) => e.extensions?.code) ?? [];
const sql = (subgraph: 'accompaniment' | 'households' | 'housing', query: string, params: unknown[] = []) =>
  system.orms[subgraph].em.fork().getConnection().execute(query, params) as Promise<Data[]>;

describe('reading a reference that cannot be resolved', () => {
  it('nulls the household of one accompaniment, with an error at its path, and keeps the list', async () => {
    // An accompaniment whose household the households subgraph does not know (as after a bug, or a
    // restore): written behind the API's back.
    const dangling = randomUUID();
    const [row] = await sql('accompaniment', 'select * from accompaniment.accompaniment limit 1');
    await sql(
      'accompaniment',
      `insert into accompaniment.accompaniment (id, created_at, created_by, updated_at, updated_by, household_id, kind,
         support_worker_id, social_referent_id, start_date, phase, convention_id,
         integration_contacts_per_week, integration_weeks, monthly_in_person_meetings)
       values (?, now(), 'test', now(), 'test', ?, 'TENANCY_SUSTAINMENT', ?, ?, ?, 'FOLLOW_UP', ?, 2, 4, 4)`,
      [dangling, randomUUID(), row.support_worker_id, row.social_referent_id, today, renewal.id],
    );
    try {
      const result = await social(
        `{ accompaniments(first: 100) { totalCount edges { node { id household { id reference } } } } }`,
      );
      expect(result.data).not.toBeNull();
      const edges = (result.data as Data).accompaniments.edges as Data[];
      const index = edges.findIndex((e) => e.node.id === dangling);
      expect(index).toBeGreaterThanOrEqual(0);
      expect(edges[index].node.household).toBeNull();
      expect(edges.filter((e) => e.node.household === null)).toHaveLength(1);
      expect(result.errors).toEqual([
        expect.objectContaining({
          path: ['accompaniments', 'edges', index, 'node', 'household'],
          extensions: expect.objectContaining({ code: 'NOT_FOUND' }),
        }),
      ]);
    } finally {
      await sql('accompaniment', 'delete from accompaniment.accompaniment where id = ?', [dangling]);
    }
  });

  it('nulls the consumption of a convention that does not cover the year, and keeps the others', async () => {
    const year = Number(today.slice(0, 4));
    const result = await social(
      `query($year: Int!) { conventions(first: 10) { edges { node { id consumption(year: $year) { year } } } } }`,
      { year },
    );
    expect(result.data).not.toBeNull();
    const nodes = ((result.data as Data).conventions.edges as Data[]).map((e) => e.node);
    expect(nodes.find((n) => n.id === renewal.id)?.consumption).toEqual({ year });
    // The 2015–2017 convention and the previous one (the three years before the renewal) do not
    // cover this year: each is nulled with its own error.
    const outside = plan.conventions.filter((c) => c.id !== renewal.id).map((c) => c.id);
    const indexes = outside.map((id) => nodes.findIndex((n) => n.id === id)).sort((a, b) => a - b);
    for (const index of indexes) expect(nodes[index].consumption).toBeNull();
    expect(result.errors).toEqual(
      indexes.map((index) =>
        expect.objectContaining({
          path: ['conventions', 'edges', index, 'node', 'consumption'],
          extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }),
        }),
      ),
    );
  });

  it('never answers without errors when it leaves data out', async () => {
    const result = await system.post(
      `{ alerts(first: 100) { edges { node { id household { id } accompaniment { id household { id } } } } } }`,
      {},
      await system.token('RENTAL_MANAGER'),
    );
    expect(result.body.data).not.toBeNull();
    expect((result.body as { extensions?: Data }).extensions?.valueCompletion).toBeUndefined();
  });
});

describe('writing a reference to an entity of another subgraph', () => {
  const worker = demoUser('SUPPORT_WORKER');
  const manager = demoUser('SOCIAL_MANAGER');
  const household = plan.households.find(
    (h) =>
      h.consentToShareDate && !plan.accompaniments.some((a) => a.householdId === h.id && a.phase !== 'ENDED'),
  )!;
  const OPEN = `mutation($input: OpenAccompanimentInput!) { openAccompaniment(input: $input) { id } }`;
  const open = (overrides: Record<string, unknown>) =>
    social(OPEN, {
      input: {
        householdId: household.id,
        kind: 'TENANCY_SUSTAINMENT',
        supportWorkerId: worker.userId,
        socialReferentId: manager.userId,
        startDate: today,
        conventionId: renewal.id,
        ...overrides,
      },
    });

  it('refuses an accompaniment for an unknown household, convention, support worker or social referent', async () => {
    for (const [field, value] of [
      ['householdId', randomUUID()],
      ['conventionId', randomUUID()],
      ['supportWorkerId', 'sw-nobody'],
      ['socialReferentId', 'sm-nobody'],
      // A known user, but not a support worker.
      ['supportWorkerId', manager.userId],
    ]) {
      const result = await open({ [field]: value });
      expect([field, value, codes(result)]).toEqual([field, value, ['BAD_USER_INPUT']]);
      expect(result.errors?.[0].message).toMatch(/unknown|not a/i);
    }
    const [{ n }] = await sql(
      'accompaniment',
      'select count(*)::int as n from accompaniment.accompaniment where household_id = ?',
      [household.id],
    );
    expect(n).toBe(plan.accompaniments.filter((a) => a.householdId === household.id).length);
  });

  it('refuses an accompaniment starting outside the years of its convention, and writes nothing', async () => {
    // The 2015–2017 convention, for an accompaniment starting today: not one of its years.
    const result = await open({ conventionId: first2015.id });
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0].message).toBe(
      `The convention covers 2015 to 2017: an accompaniment starting on ${today} belongs to another one`,
    );
    const [{ n }] = await sql(
      'accompaniment',
      'select count(*)::int as n from accompaniment.accompaniment where household_id = ?',
      [household.id],
    );
    expect(n).toBe(plan.accompaniments.filter((a) => a.householdId === household.id).length);
  });

  it('learns the years of a new convention from financing’s event', async () => {
    await system.startEventsOf('financing');
    await system.startEventsOf('accompaniment');
    const created = await social(
      `mutation($input: CreateConventionInput!) { createConvention(input: $input) { id } }`,
      {
        input: {
          programme: '10 000 logements HLM accompagnés',
          name: 'Convention à venir',
          holder: 'ICF Habitat Atlantique',
          partner: 'Ensemble',
          startYear: 2027,
          endYear: 2029,
          plannedHouseholdsPerYear: 30,
          annualCostCents: 4_500_000,
        },
      },
    );
    expect(created.errors).toBeUndefined();
    const conventionId = (created.data as { createConvention: { id: string } }).createConvention.id;
    // Once ConventionCreated has reached accompaniment, the convention is known, with its years.
    const message = await eventually(async () => {
      const result = await open({ conventionId, startDate: '2026-12-01' });
      const text = result.errors?.[0].message ?? '';
      return text.startsWith('The convention covers') ? text : undefined;
    });
    expect(message).toBe(
      'The convention covers 2027 to 2029: an accompaniment starting on 2026-12-01 belongs to another one',
    );
  });

  it('refuses an alert for an unknown household, and a lease for one', async () => {
    const alert = await social(`mutation($input: RaiseAlertInput!) { raiseAlert(input: $input) { id } }`, {
      input: {
        householdId: randomUUID(),
        source: 'LOCAL_STAFF',
        signs: ['NEIGHBOUR_CONFLICT'],
        description: 'Bruit',
      },
    });
    expect(codes(alert)).toEqual(['BAD_USER_INPUT']);
    const vacant = plan.dwellings.find((d) => d.status === 'VACANT')!;
    const lease = await system.as('RENTAL_MANAGER')(
      `mutation($input: SignLeaseInput!) { signLease(input: $input) { id } }`,
      { input: { dwellingId: vacant.id, householdId: randomUUID(), startDate: today, kind: 'ORDINARY' } },
    );
    expect(codes(lease)).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses to place an unknown dwelling on a commission', async () => {
    const session = await social(
      `mutation($input: CreateCommissionInput!) { createCommission(input: $input) { id } }`,
      {
        input: { sessionDate: today },
      },
    );
    const ready = plan.applications.filter((a) => a.status === 'READY_FOR_COMMISSION').slice(0, 1);
    const placed = await social(
      `mutation($input: PlaceDwellingOnCommissionInput!) { placeDwellingOnCommission(input: $input) { id } }`,
      {
        input: {
          commissionId: (session.data as Data).createCommission.id,
          dwellingId: randomUUID(),
          candidates: ready.map((a, i) => ({ applicationId: a.id, rank: i + 1 })),
          insufficientDemand: true,
        },
      },
    );
    expect(codes(placed)).toEqual(['BAD_USER_INPUT']);
  });
});
