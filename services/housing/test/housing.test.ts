import { buildDemoPlan } from '@ash/demo';
import { type SubgraphServer } from '@ash/kit';
import { actorFor, errorCode, postGraphQL, type TestDatabase } from '@ash/testkit';
import type { MikroORM } from '@mikro-orm/postgresql';
import { startHousing, stopHousing } from './support';

let db: TestDatabase;
let orm: MikroORM;
let server: SubgraphServer;
const plan = buildDemoPlan({ dwellings: 400, applications: 40, today: '2026-11-15' });
const rental = actorFor('RENTAL_MANAGER');
const evaluator = actorFor('EVALUATOR');

beforeAll(async () => {
  ({ db, orm, server } = await startHousing('housing', plan));
});

afterAll(() => stopHousing({ db, orm, server }));

const DWELLING_INPUT = {
  reference: 'TEST-0001',
  residenceId: plan.residences[0].id,
  typology: 'T3',
  surfaceSqm: 65,
  floor: 0,
  hasLift: false,
  stepFreeAccess: true,
  rentCents: 32_200,
  serviceChargesCents: 8_000,
  chargesIncludeColdWater: true,
  chargesIncludeHeating: true,
  financingCategory: 'PLAI',
  lowRent: true,
  contingent: 'PREFECTURE',
};
const CREATE = `mutation($input: CreateDwellingInput!) { createDwelling(input: $input) { id reference status } }`;

async function countDwellings(): Promise<number> {
  return orm.em.fork().count('Dwelling');
}

describe('housing subgraph', () => {
  it('lists the stock as a connection with totalCount and keyset pages', async () => {
    const first = await server.execute(
      rental,
      '{ dwellings(first: 50) { totalCount edges { cursor node { reference } } pageInfo { hasNextPage endCursor } } }',
    );
    expect(first.errors).toBeUndefined();
    const page1 = first.data?.dwellings as {
      totalCount: number;
      edges: { node: { reference: string } }[];
      pageInfo: { hasNextPage: boolean; endCursor: string };
    };
    expect(page1.totalCount).toBe(400);
    expect(page1.edges).toHaveLength(50);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const references = page1.edges.map((e) => e.node.reference);
    let after: string | null = page1.pageInfo.endCursor;
    while (after) {
      const next = await server.execute(
        rental,
        'query($after: String) { dwellings(first: 100, after: $after) { edges { node { reference } } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      const page = next.data?.dwellings as {
        edges: { node: { reference: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
      references.push(...page.edges.map((e) => e.node.reference));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    }
    expect(references).toHaveLength(400);
    expect(new Set(references).size).toBe(400);
    expect([...references].sort()).toEqual(references);
  });

  it('filters dwellings by status, typology and commune', async () => {
    const result = await server.execute(
      rental,
      '{ dwellings(filter: { statuses: [OCCUPIED], typologies: [T3], communes: ["Rouen"] }, first: 100) { totalCount edges { node { status typology residence { commune } } } } }',
    );
    expect(result.errors).toBeUndefined();
    const conn = result.data?.dwellings as {
      totalCount: number;
      edges: { node: { status: string; typology: string; residence: { commune: string } } }[];
    };
    const expected = plan.dwellings.filter(
      (d) =>
        d.status === 'OCCUPIED' &&
        d.typology === 'T3' &&
        plan.residences.find((r) => r.id === d.residenceId)?.commune === 'Rouen',
    );
    expect(conn.totalCount).toBe(expected.length);
    for (const { node } of conn.edges)
      expect(node).toEqual({ status: 'OCCUPIED', typology: 'T3', residence: { commune: 'Rouen' } });
  });

  it('refuses a page larger than 100', async () => {
    const result = await server.execute(rental, '{ dwellings(first: 101) { totalCount } }');
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
  });

  it('creates a dwelling for rental management and records who did it', async () => {
    const result = await server.execute(rental, CREATE, { input: DWELLING_INPUT });
    expect(result.errors).toBeUndefined();
    expect(result.data?.createDwelling).toMatchObject({ reference: 'TEST-0001', status: 'VACANT' });
    const row = await orm.em
      .fork()
      .getConnection()
      .execute(`select created_by from housing.dwelling where reference = 'TEST-0001'`);
    expect(row[0].created_by).toBe(rental.userId);
  });

  it('rejects a negative rent and writes nothing', async () => {
    const before = await countDwellings();
    const result = await server.execute(rental, CREATE, {
      input: { ...DWELLING_INPUT, reference: 'TEST-NEG', rentCents: -1 },
    });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(await countDwellings()).toBe(before);
  });

  it('rejects an unknown enum value and a missing required field', async () => {
    const before = await countDwellings();
    const unknownEnum = await server.execute(rental, CREATE, {
      input: { ...DWELLING_INPUT, reference: 'TEST-ENUM', typology: 'T9' },
    });
    expect(errorCode(unknownEnum)).toBe('BAD_USER_INPUT');
    const { rentCents: _omit, ...missing } = DWELLING_INPUT;
    const missingField = await server.execute(rental, CREATE, {
      input: { ...missing, reference: 'TEST-MISSING' },
    });
    expect(errorCode(missingField)).toBe('BAD_USER_INPUT');
    expect(await countDwellings()).toBe(before);
  });

  it('refuses a duplicate reference with CONFLICT', async () => {
    const result = await server.execute(rental, CREATE, { input: DWELLING_INPUT });
    expect(errorCode(result)).toBe('CONFLICT');
  });

  it('moves a dwelling only along allowed status transitions', async () => {
    const vacant = plan.dwellings.find((d) => d.status === 'VACANT')!;
    const update = `mutation($id: ID!, $input: UpdateDwellingInput!) { updateDwelling(id: $id, input: $input) { status } }`;
    // A fresh seeded dwelling: version 1.
    const bad = await server.execute(rental, update, {
      id: vacant.id,
      input: { version: 1, status: 'NOTICE_GIVEN' },
    });
    expect(errorCode(bad)).toBe('CONFLICT');
    const good = await server.execute(rental, update, {
      id: vacant.id,
      input: { version: 1, status: 'UNDER_WORKS' },
    });
    expect(good.errors).toBeUndefined();
    expect(good.data?.updateDwelling).toEqual({ status: 'UNDER_WORKS' });
  });

  it('forbids writes to roles other than rental management and admin', async () => {
    for (const role of ['EVALUATOR', 'SUPPORT_WORKER', 'SOCIAL_MANAGER'] as const) {
      const result = await server.execute(actorFor(role), CREATE, {
        input: { ...DWELLING_INPUT, reference: `TEST-${role}` },
      });
      expect(errorCode(result)).toBe('FORBIDDEN');
    }
  });

  it('answers NOT_FOUND for an unknown or malformed id', async () => {
    expect(
      errorCode(
        await server.execute(
          rental,
          `{ dwelling(id: "${'0'.repeat(8)}-0000-4000-8000-000000000000") { id } }`,
        ),
      ),
    ).toBe('NOT_FOUND');
    expect(errorCode(await server.execute(rental, '{ dwelling(id: "nope") { id } }'))).toBe('NOT_FOUND');
  });

  it('resolves household references to their running lease in one batch', async () => {
    const lease = plan.leases.find((l) => !l.endDate)!;
    const result = await server.execute(
      rental,
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Household { currentLease { startDate dwelling { reference } rentAccount { arrearsCents } } } } }`,
      {
        reps: [
          { __typename: 'Household', id: lease.householdId },
          { __typename: 'Household', id: plan.households[0].id },
        ],
      },
    );
    expect(result.errors).toBeUndefined();
    const entities = result.data?._entities as { currentLease: { dwelling: { reference: string } } | null }[];
    expect(entities[0].currentLease?.dwelling.reference).toBe(
      plan.dwellings.find((d) => d.id === lease.dwellingId)?.reference,
    );
  });

  it('keeps person-level leases from evaluators', async () => {
    const lease = plan.leases[0];
    expect(errorCode(await server.execute(evaluator, `{ lease(id: "${lease.id}") { startDate } }`))).toBe(
      'FORBIDDEN',
    );
  });
});

describe('housing over HTTP', () => {
  let url: string;
  beforeAll(async () => {
    url = (await server.listen(0)).url;
  });

  it('refuses a caller without the gateway secret', async () => {
    expect(await postGraphQL(url, '{ dwellings { totalCount } }')).toEqual({
      status: 403,
      code: 'FORBIDDEN',
    });
  });

  it('refuses a gateway call that names nobody', async () => {
    expect(
      await postGraphQL(url, '{ dwellings { totalCount } }', { 'x-ash-gateway-secret': 'test-secret' }),
    ).toEqual({
      status: 401,
      code: 'UNAUTHENTICATED',
    });
  });
});
