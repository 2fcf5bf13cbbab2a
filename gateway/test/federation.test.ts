import path from 'node:path';
import { buildDemoPlan, demoUser } from '@ash/demo';
import { migrate, type SubgraphServer } from '@ash/kit';
import { createTestDatabase, sqlCounter, type TestDatabase } from '@ash/testkit';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createGateway, type Gateway, readConfig, signDevToken } from '../src';
import { accompaniment, financing, households, housing } from './subgraphs';

const SECRET = 'federation-test-secret';
const JWT_SECRET = 'federation-test-jwt-key';
const plan = buildDemoPlan({ dwellings: 400, applications: 120, today: '2026-11-15' });
const counter = sqlCounter();
const services = { housing, households, accompaniment, financing };

let db: TestDatabase;
const orms: MikroORM[] = [];
const servers: SubgraphServer[] = [];
let gateway: Gateway;
let url: string;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  db = await createTestDatabase('federation');
  const subgraphUrls: Record<string, string> = {};
  for (const [name, service] of Object.entries(services)) {
    const orm = await service.openOrm(db.url, counter.onQuery);
    await migrate(orm);
    await service.seed(orm, plan);
    const server = await service.createServer({ orm, gatewaySecret: SECRET });
    subgraphUrls[name] = (await server.listen(0)).url;
    orms.push(orm);
    servers.push(server);
  }
  const config = readConfig({
    GATEWAY_SECRET: SECRET,
    AUTH_JWT_SECRET: JWT_SECRET,
    SUPERGRAPH_PATH: path.resolve(__dirname, '..', '..', 'schema', 'supergraph.graphql'),
    HOUSING_URL: subgraphUrls.housing,
    HOUSEHOLDS_URL: subgraphUrls.households,
    ACCOMPANIMENT_URL: subgraphUrls.accompaniment,
    FINANCING_URL: subgraphUrls.financing,
  });
  gateway = await createGateway(config);
  url = (await gateway.listen(0)).url;
  for (const role of ['SOCIAL_MANAGER', 'RENTAL_MANAGER', 'EVALUATOR', 'SUPPORT_WORKER'] as const) {
    tokens[role] = await signDevToken(demoUser(role), JWT_SECRET);
  }
});

afterAll(async () => {
  await gateway?.stop();
  for (const server of servers) await server.stop();
  for (const orm of orms) await orm.close();
  await db?.drop();
});

interface GraphQLResponse {
  // biome-ignore lint/suspicious/noExplicitAny: the tests walk arbitrary response JSON
  data?: Record<string, any> | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[];
}

async function post(
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<{ status: number; body: GraphQLResponse }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLResponse };
}

const as = (role: keyof typeof tokens) => (query: string, variables?: Record<string, unknown>) =>
  post(query, variables, tokens[role]);

const HOUSEHOLD_PAGE = `query($first: Int) {
  households(first: $first) {
    totalCount
    edges { node {
      id reference
      currentLease { startDate dwelling { reference typology rentCents residence { commune } } }
      accompaniments { phase kind }
      openAlerts { id status }
    } }
  }
}`;

describe('the gateway', () => {
  it('answers UNAUTHENTICATED without a token, before calling any subgraph', async () => {
    counter.reset();
    const { status, body } = await post('{ dwellings { totalCount } }');
    expect(status).toBe(401);
    expect(body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(counter.count).toBe(0);
  });

  it('answers UNAUTHENTICATED for a token signed with another key', async () => {
    const forged = await signDevToken(demoUser('ADMIN'), 'not-the-key');
    const { body } = await post('{ dwellings { totalCount } }', {}, forged);
    expect(body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('counts the stock for a social manager', async () => {
    const { body } = await as('SOCIAL_MANAGER')('{ dwellings { totalCount } }');
    expect(body.errors).toBeUndefined();
    expect(body.data?.dwellings.totalCount).toBe(400);
  });

  it('joins households (households), their lease and dwelling (housing), accompaniments and alerts (accompaniment)', async () => {
    const { body } = await as('SOCIAL_MANAGER')(HOUSEHOLD_PAGE, { first: 100 });
    expect(body.errors).toBeUndefined();
    // biome-ignore lint/suspicious/noExplicitAny: response JSON
    const nodes = body.data?.households.edges.map((e: { node: unknown }) => e.node) as any[];
    expect(nodes).toHaveLength(100);
    for (const node of nodes) {
      const lease = plan.leases.find((l) => l.householdId === node.id && !l.endDate);
      const dwelling = lease && plan.dwellings.find((d) => d.id === lease.dwellingId);
      expect(node.currentLease?.dwelling.reference ?? null).toBe(dwelling?.reference ?? null);
      expect(node.currentLease?.dwelling.rentCents ?? null).toBe(dwelling?.rentCents ?? null);
      const accompaniments = plan.accompaniments.filter((a) => a.householdId === node.id);
      expect(node.accompaniments.map((a: { phase: string }) => a.phase).sort()).toEqual(
        accompaniments.map((a) => a.phase).sort(),
      );
      const open = accompaniments.flatMap((a) => a.alerts).filter((a) => a.status !== 'CLOSED');
      expect(node.openAlerts).toHaveLength(open.length);
    }
    expect(nodes.some((n) => n.currentLease)).toBe(true);
    expect(nodes.some((n) => n.accompaniments.length > 0)).toBe(true);
  });

  it('runs as many SQL statements for 100 households as for 10', async () => {
    counter.reset();
    const small = await as('SOCIAL_MANAGER')(HOUSEHOLD_PAGE, { first: 10 });
    const forTen = counter.count;
    counter.reset();
    const large = await as('SOCIAL_MANAGER')(HOUSEHOLD_PAGE, { first: 100 });
    const forHundred = counter.count;
    expect(small.body.errors).toBeUndefined();
    expect(large.body.errors).toBeUndefined();
    console.log(`SQL statements: ${forTen} for 10 households, ${forHundred} for 100`);
    expect(forHundred).toBe(forTen);
  });

  it('resolves a lease back to its household across subgraphs', async () => {
    const lease = plan.leases.find((l) => !l.endDate)!;
    const household = plan.households.find((h) => h.id === lease.householdId)!;
    const { body } = await as('RENTAL_MANAGER')(
      `{ lease(id: "${lease.id}") { household { reference size } dwelling { reference } } }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.lease.household).toEqual({
      reference: household.reference,
      size: household.members.length,
    });
  });

  it('shows an accompaniment with its household and the convention that funds it', async () => {
    const accompaniment = plan.accompaniments.find((a) => a.phase === 'FOLLOW_UP')!;
    const household = plan.households.find((h) => h.id === accompaniment.householdId)!;
    const convention = plan.conventions.find((c) => c.id === accompaniment.conventionId)!;
    const { body } = await as('SOCIAL_MANAGER')(
      `{ accompaniment(id: "${accompaniment.id}") { phase household { reference } convention { name unitCostCents } } }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.accompaniment).toEqual({
      phase: 'FOLLOW_UP',
      household: { reference: household.reference },
      convention: { name: convention.name, unitCostCents: 12_500 },
    });
  });

  it('gives evaluators measure-months of a convention, computed by the accompaniment subgraph', async () => {
    const { body } = await as('EVALUATOR')(
      `{ conventions(first: 10) { edges { node { name startYear measureMonths(year: 2016) { total byMonth } } } } }`,
    );
    expect(body.errors).toBeUndefined();
    const first = body.data?.conventions.edges[0].node;
    expect(first.startYear).toBe(2015);
    expect(first.measureMonths.byMonth).toHaveLength(12);
    const expected = Array.from({ length: 12 }, (_, m) => {
      const from = `2016-${String(m + 1).padStart(2, '0')}-01`;
      const to = new Date(Date.UTC(2016, m + 1, 0)).toISOString().slice(0, 10);
      return new Set(
        plan.accompaniments
          .filter(
            (a) =>
              a.conventionId === plan.conventions[0].id &&
              a.startDate <= to &&
              (!a.endDate || a.endDate >= from),
          )
          .map((a) => a.householdId),
      ).size;
    });
    expect(first.measureMonths.byMonth).toEqual(expected);
    expect(first.measureMonths.total).toBe(expected.reduce((a, b) => a + b, 0));
  });

  it('links an allocated application to its dwelling in housing', async () => {
    const application = plan.applications.find((a) => a.status === 'MOVED_IN' && a.dwellingId)!;
    const dwelling = plan.dwellings.find((d) => d.id === application.dwellingId)!;
    const { body } = await as('SOCIAL_MANAGER')(
      `{ application(id: "${application.id}") { status allocatedDwelling { reference typology } household { currentLease { dwelling { reference } } } } }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.application.allocatedDwelling).toEqual({
      reference: dwelling.reference,
      typology: dwelling.typology,
    });
  });

  it('refuses person-level data to evaluators and writes to roles that may not write', async () => {
    const read = await as('EVALUATOR')('{ households(first: 5) { totalCount } }');
    expect(read.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const write = await as('EVALUATOR')(
      `mutation { createResidence(input: { name: "Résidence Test", address: "1 rue Test", postalCode: "76000", commune: "Rouen", district: "Centre" }) { id } }`,
    );
    expect(write.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('answers bad input with coded errors and writes nothing', async () => {
    const count = async () =>
      (await as('SOCIAL_MANAGER')('{ dwellings { totalCount } }')).body.data?.dwellings.totalCount;
    const before = await count();
    const input = (extra: string) =>
      `mutation { createDwelling(input: { reference: "GW-1", residenceId: "${plan.residences[0].id}", typology: T3, surfaceSqm: 60, floor: 1, hasLift: false, stepFreeAccess: false, serviceChargesCents: 5000, chargesIncludeColdWater: true, chargesIncludeHeating: true, financingCategory: PLAI, lowRent: true, contingent: CITY${extra} }) { id } }`;
    const negative = await as('RENTAL_MANAGER')(input(', rentCents: -100'));
    expect(negative.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const unknownEnum = await as('RENTAL_MANAGER')(
      input(', rentCents: 30000').replace('typology: T3', 'typology: T9'),
    );
    expect(unknownEnum.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const missing = await as('RENTAL_MANAGER')(input(''));
    expect(missing.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await count()).toBe(before);
    const withdrawn = plan.applications.find((a) => a.status === 'WITHDRAWN')!;
    const transition = await as('SOCIAL_MANAGER')(
      `mutation { moveApplication(id: "${withdrawn.id}", to: ORIENTED) { status } }`,
    );
    expect(transition.body.errors?.[0].extensions?.code).toBe('CONFLICT');
    const still = await as('SOCIAL_MANAGER')(`{ application(id: "${withdrawn.id}") { status } }`);
    expect(still.body.data?.application.status).toBe('WITHDRAWN');
  });

  it('reports an unknown field as a coded client error', async () => {
    const { body } = await as('SOCIAL_MANAGER')('{ dwellings { nope } }');
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
