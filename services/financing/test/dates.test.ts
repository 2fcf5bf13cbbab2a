import { buildDemoPlan } from '@ash/demo';
import { frozenClock, migrate, type SubgraphServer } from '@ash/kit';
import { actorFor, createTestDatabase, type TestDatabase } from '@ash/testkit';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createServer, openOrm, seedFinancing } from '../src';

/*
 * Financing's "current year" at the instants where calendars break: New Year in Paris while UTC is
 * still in the old year. The servers run on clocks frozen there; expectations are written by hand.
 */

// The renewal covers 2025–2027 on a plan of 15 November 2026.
const plan = buildDemoPlan({ dwellings: 200, applications: 20, today: '2026-11-15' });
const renewal = plan.conventions[1];
const evaluator = actorFor('EVALUATOR');
const social = actorFor('SOCIAL_MANAGER');

let db: TestDatabase;
let orm: MikroORM;
const servers: SubgraphServer[] = [];

async function at(instant: string): Promise<SubgraphServer> {
  const server = await createServer({ orm, gatewaySecret: 'test-secret', clock: frozenClock(instant) });
  servers.push(server);
  return server;
}

beforeAll(async () => {
  db = await createTestDatabase('financing_dates');
  orm = await openOrm(db.url);
  await migrate(orm);
  await seedFinancing(orm, plan);
});

afterAll(async () => {
  for (const server of servers) await server.stop();
  await orm?.close();
  await db?.drop();
});

const CONSUMPTION = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Convention {
  consumption(year: 2026) { consumedMeasureMonths projectedMeasureMonths freePlaces } } } }`;
/** 2026 as accompaniment counts it: twenty households followed, `begun` months of it begun. */
const reps = (begun: number) => [
  {
    __typename: 'Convention',
    id: renewal.id,
    measureMonthsByYear: [
      {
        year: 2026,
        byMonth: [20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0].map((n, i) => (i < begun ? n : 0)),
        total: 20 * begun,
        projectedByMonth: new Array(12).fill(20),
        projectedTotal: 240,
      },
    ],
  },
];
const answer = (result: { data?: unknown }) =>
  (result.data as { _entities: { consumption: unknown }[] })._entities[0].consumption;

describe('the current year of a convention at midnight in Paris', () => {
  it('is not yet 2026 at 23:30 on 31 December 2025 in Paris: nothing consumed, every place free', async () => {
    const result = await (await at('2025-12-31T22:30:00Z')).execute(evaluator, CONSUMPTION, {
      reps: reps(0),
    });
    expect(result.errors).toBeUndefined();
    // A year to come: 0 consumed, the 20 households followed today carried over its 12 months (240),
    // all 30 places free.
    expect(answer(result)).toEqual({ consumedMeasureMonths: 0, projectedMeasureMonths: 240, freePlaces: 30 });
  });

  it('is 2026 at 00:30 on 1 January 2026 in Paris (still 2025 in UTC): January is begun', async () => {
    const result = await (await at('2025-12-31T23:30:00Z')).execute(evaluator, CONSUMPTION, {
      reps: reps(1),
    });
    expect(result.errors).toBeUndefined();
    // January's 20 consumed; 240 projected; 30 places − 20 followed this month = 10 free.
    expect(answer(result)).toEqual({
      consumedMeasureMonths: 20,
      projectedMeasureMonths: 240,
      freePlaces: 10,
    });
  });
});

describe('dates a funding line records', () => {
  it('dates a request made at 00:30 on 1 January in Paris on 1 January', async () => {
    const server = await at('2025-12-31T23:30:00Z');
    const convention = await server.execute(
      social,
      `mutation($input: CreateConventionInput!) { createConvention(input: $input) { id } }`,
      {
        input: {
          programme: '10 000 logements HLM accompagnés',
          name: 'Convention des dates',
          holder: 'ICF Habitat Atlantique',
          partner: 'Ensemble',
          startYear: 2026,
          endYear: 2028,
          plannedHouseholdsPerYear: 30,
          annualCostCents: 4_500_000,
        },
      },
    );
    expect(convention.errors).toBeUndefined();
    const conventionId = (convention.data as { createConvention: { id: string } }).createConvention.id;
    const line = await server.execute(
      social,
      `mutation($input: AddFundingLineInput!) { addFundingLine(input: $input) { requestedAt } }`,
      {
        input: {
          conventionId,
          funderId: plan.funders[0].id,
          year: 2026,
          sharePercent: 25,
          plannedCents: 1_125_000,
          requestedCents: 1_125_000,
        },
      },
    );
    expect(line.errors).toBeUndefined();
    expect(line.data?.addFundingLine).toEqual({ requestedAt: '2026-01-01' });
  });
});
