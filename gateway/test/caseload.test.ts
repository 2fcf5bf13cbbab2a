import { buildDemoPlan, demoUser } from '@ash/demo';
import { ACTOR_HEADER, Calendar, encodeActor, GATEWAY_SECRET_HEADER, Role } from '@ash/kit';
import { type Data, eventually, type GraphQLResponse, startSystem, type TestSystem } from './system';

/*
 * A support worker reaches only the households of their own caseload (they are the worker of its
 * running accompaniment) that consented to share their data, whatever the path: a root query, a
 * list, a field of another subgraph, or `_entities` called on a subgraph directly. Caseload and
 * consent travel between subgraphs as events (CaseloadChanged, ConsentChanged).
 */

// The plan is the demo of today, at the agency; the system's servers run at noon that day.
const today = new Calendar().today();
const plan = buildDemoPlan({ dwellings: 400, applications: 60, today });
const worker = demoUser('SUPPORT_WORKER');
let system: TestSystem;

beforeAll(async () => {
  system = await startSystem(plan, { events: true });
});

afterAll(async () => {
  await system?.stop();
});

const consented = (householdId: string) =>
  plan.households.find((h) => h.id === householdId)?.consentToShareDate != null;
const runningOf = (householdId: string) =>
  plan.accompaniments.find((a) => a.householdId === householdId && a.phase !== 'ENDED');
const leaseOf = (householdId: string) => plan.leases.find((l) => l.householdId === householdId && !l.endDate);
const withLease = plan.accompaniments.filter(
  (a) => a.phase !== 'ENDED' && consented(a.householdId) && leaseOf(a.householdId),
);
const mine = withLease.find((a) => a.supportWorkerId === worker.userId)!;
const theirs = withLease.find((a) => a.supportWorkerId !== worker.userId)!;
// Consented, leased, and followed by nobody: an accompaniment may open for it.
const newcomer = plan.households.find((h) => h.consentToShareDate && leaseOf(h.id) && !runningOf(h.id))!;

const sw = (query: string, variables?: Record<string, unknown>) =>
  system.as('SUPPORT_WORKER')(query, variables);
const social = (query: string, variables?: Record<string, unknown>) =>
  system.as('SOCIAL_MANAGER')(query, variables);
const codes = (result: GraphQLResponse) => result.errors?.map((e) => e.extensions?.code) ?? [];

async function ok(result: Promise<GraphQLResponse>): Promise<Data> {
  const { data, errors } = await result;
  if (errors?.length) throw new Error(JSON.stringify(errors));
  return data as Data;
}

const HOUSEHOLD = `query($id: ID!) { household(id: $id) {
  id reference currentLease { id } accompaniments { id } openAlerts { id }
} }`;

/** POSTs to a subgraph as the gateway would (its secret and the actor header), bypassing the gateway. */
async function direct(
  subgraph: 'HOUSEHOLDS_URL' | 'HOUSING_URL' | 'ACCOMPANIMENT_URL',
  query: string,
  variables: Data,
) {
  const response = await fetch(system.gatewayEnv[subgraph] as string, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      [GATEWAY_SECRET_HEADER]: system.gatewayEnv.GATEWAY_SECRET as string,
      [ACTOR_HEADER]: encodeActor({
        userId: worker.userId,
        role: Role.SupportWorker,
        organisation: worker.organisation,
        scopes: [],
      }),
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse;
}

/** Every node of a connection, page after page. */
async function all(query: string, field: string): Promise<Data[]> {
  const nodes: Data[] = [];
  let after: string | null = null;
  do {
    const data = await ok(sw(query, { after }));
    nodes.push(...data[field].edges.map((e: Data) => e.node));
    after = data[field].pageInfo.hasNextPage ? data[field].pageInfo.endCursor : null;
  } while (after);
  return nodes;
}

// The caseload, from the plan alone: the worker's running accompaniments, of consenting households.
const caseload = plan.accompaniments.filter(
  (a) => a.supportWorkerId === worker.userId && a.phase !== 'ENDED' && consented(a.householdId),
);
const endedOfMine = plan.accompaniments.find(
  (a) => a.supportWorkerId === worker.userId && a.phase === 'ENDED' && !runningOf(a.householdId),
)!;

describe('exactly the caseload, on every list', () => {
  it('lists the households, accompaniments, leases and alerts of the caseload, and nothing else', async () => {
    expect(caseload.length).toBeGreaterThan(1);
    expect(endedOfMine).toBeDefined();
    const households = await all(
      'query($after: String) { households(first: 100, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }',
      'households',
    );
    expect(households.map((h) => h.id).sort()).toEqual(
      [...new Set(caseload.map((a) => a.householdId))].sort(),
    );
    const accompaniments = await all(
      'query($after: String) { accompaniments(first: 100, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }',
      'accompaniments',
    );
    // An ended accompaniment of theirs is no longer theirs to read.
    expect(accompaniments.map((a) => a.id).sort()).toEqual(caseload.map((a) => a.id).sort());
    const alerts = await all(
      'query($after: String) { alerts(first: 100, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }',
      'alerts',
    );
    expect(alerts.map((a) => a.id).sort()).toEqual(
      caseload.flatMap((a) => a.alerts.map((al) => al.id)).sort(),
    );
    const ended = await sw('query($id: ID!) { accompaniment(id: $id) { id diagnostics { id } } }', {
      id: endedOfMine.id,
    });
    expect(codes(ended)).toEqual(['NOT_FOUND']);
  });

  it('refuses the export, the audit trail and the indicators, which hold other households', async () => {
    const household = caseload[0].householdId;
    expect(codes(await sw(`{ subjectAccessExport(householdId: "${household}") { householdId } }`))).toEqual([
      'FORBIDDEN',
    ]);
    expect(codes(await sw(`{ auditTrail(first: 5, entityId: "${household}") { totalCount } }`))).toEqual([
      'FORBIDDEN',
    ]);
    const renewal = plan.conventions[1].id;
    expect(
      codes(
        await sw(
          `{ indicators(conventionId: "${renewal}", from: "${today.slice(0, 4)}-01-01", to: "${today.slice(0, 4)}-12-31") { conventionId } }`,
        ),
      ),
    ).toEqual(['FORBIDDEN']);
  });
});

describe('a support worker’s caseload, through the gateway', () => {
  it('shows a support worker their own caseload household, with its lease and accompaniment', async () => {
    const data = await ok(sw(HOUSEHOLD, { id: mine.householdId }));
    expect(data.household).toMatchObject({
      id: mine.householdId,
      currentLease: { id: leaseOf(mine.householdId)?.id },
      accompaniments: expect.arrayContaining([{ id: mine.id }]),
    });
  });

  it('answers NOT_FOUND for another worker’s household, its lease and its accompaniment', async () => {
    const household = await sw(HOUSEHOLD, { id: theirs.householdId });
    expect(household.data?.household ?? null).toBeNull();
    expect(codes(household)).toEqual(['NOT_FOUND']);
    const lease = await sw('query($id: ID!) { lease(id: $id) { id } }', {
      id: leaseOf(theirs.householdId)?.id,
    });
    expect(codes(lease)).toEqual(['NOT_FOUND']);
    const accompaniment = await sw('query($id: ID!) { accompaniment(id: $id) { id } }', { id: theirs.id });
    expect(codes(accompaniment)).toEqual(['NOT_FOUND']);
  });

  it('keeps another worker’s household out of lists and cross-domain fields', async () => {
    const households = await ok(sw('{ households(first: 100) { edges { node { id } } } }'));
    const ids = households.households.edges.map((e: Data) => e.node.id);
    expect(ids).toContain(mine.householdId);
    expect(ids).not.toContain(theirs.householdId);
    // The dwelling is stock, its lease is not.
    const dwelling = await ok(
      sw('query($id: ID!) { dwelling(id: $id) { reference currentLease { id household { reference } } } }', {
        id: leaseOf(theirs.householdId)?.dwellingId,
      }),
    );
    expect(dwelling.dwelling).toMatchObject({ currentLease: null });
    // A lease of their own reaches its household and accompaniment; the household of an
    // accompaniment resolves through the households subgraph's scope.
    const lease = await ok(
      sw('query($id: ID!) { lease(id: $id) { household { id reference accompaniments { id } } } }', {
        id: leaseOf(mine.householdId)?.id,
      }),
    );
    expect(lease.lease.household).toMatchObject({
      id: mine.householdId,
      accompaniments: expect.arrayContaining([{ id: mine.id }]),
    });
  });

  it('gives nothing of another worker’s household when _entities is called on each subgraph directly', async () => {
    const households = await direct(
      'HOUSEHOLDS_URL',
      'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Household { id reference } } }',
      {
        reps: [
          { __typename: 'Household', id: theirs.householdId },
          { __typename: 'Household', id: mine.householdId },
        ],
      },
    );
    expect(households.data?._entities).toEqual([
      null,
      { id: mine.householdId, reference: expect.any(String) },
    ]);
    const housing = await direct(
      'HOUSING_URL',
      'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Lease { id } ... on Household { currentLease { id } } } }',
      {
        reps: [
          { __typename: 'Lease', id: leaseOf(theirs.householdId)?.id },
          { __typename: 'Household', id: theirs.householdId },
        ],
      },
    );
    // The lease is not found; the household is the households subgraph's to refuse, and has no
    // lease here the worker may read.
    expect(housing.data?._entities).toEqual([null, { currentLease: null }]);
    const accompaniment = await direct(
      'ACCOMPANIMENT_URL',
      'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Accompaniment { id } ... on Household { accompaniments { id } } } }',
      {
        reps: [
          { __typename: 'Accompaniment', id: theirs.id },
          { __typename: 'Household', id: theirs.householdId },
        ],
      },
    );
    expect(accompaniment.data?._entities).toEqual([null, { accompaniments: [] }]);
  });

  it('stops every subgraph once the household withdraws its consent', async () => {
    const lease = leaseOf(mine.householdId)?.id;
    await ok(
      social(
        'mutation($id: ID!, $version: Int!) { updateHousehold(id: $id, input: { version: $version, consentToShareDate: null }) { consentToShare } }',
        {
          id: mine.householdId,
          version: (await ok(social(`{ household(id: "${mine.householdId}") { version } }`))).household
            .version,
        },
      ),
    );
    expect(codes(await sw(HOUSEHOLD, { id: mine.householdId }))).toEqual(['NOT_FOUND']);
    await eventually(
      async () =>
        codes(await sw('query($id: ID!) { lease(id: $id) { id } }', { id: lease }))[0] === 'NOT_FOUND',
    );
    await eventually(
      async () =>
        codes(await sw('query($id: ID!) { accompaniment(id: $id) { id } }', { id: mine.id }))[0] ===
        'NOT_FOUND',
    );
    const accompaniments = await ok(sw('{ accompaniments(first: 100) { edges { node { id } } } }'));
    expect(accompaniments.accompaniments.edges.map((e: Data) => e.node.id)).not.toContain(mine.id);
  });

  it('gives a worker a household once an accompaniment opens for them', async () => {
    expect(codes(await sw(HOUSEHOLD, { id: newcomer.id }))).toEqual(['NOT_FOUND']);
    await ok(
      social(`mutation($input: OpenAccompanimentInput!) { openAccompaniment(input: $input) { id } }`, {
        input: {
          householdId: newcomer.id,
          kind: 'TENANCY_SUSTAINMENT',
          supportWorkerId: worker.userId,
          socialReferentId: demoUser('SOCIAL_MANAGER').userId,
          startDate: today,
          conventionId: plan.conventions[1].id,
        },
      }),
    );
    const data = await eventually(async () => {
      const result = await sw(HOUSEHOLD, { id: newcomer.id });
      return result.data?.household?.currentLease ? result.data : undefined;
    });
    expect(data.household).toMatchObject({
      id: newcomer.id,
      currentLease: { id: leaseOf(newcomer.id)?.id },
      accompaniments: [{ id: expect.any(String) }],
    });
  });
});
