import { buildDemoPlan } from '@ash/demo';
import { migrate, type SubgraphServer } from '@ash/kit';
import {
  actorFor,
  clockOn,
  createTestDatabase,
  errorCode,
  sqlCounter,
  type TestDatabase,
} from '@ash/testkit';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createServer, openOrm, seedFinancing } from '../src';
import { computeConsumption } from '../src/modules/consumption/consumption';
import { evaluationLevelOf } from '../src/modules/evaluation/evaluation.service';

let db: TestDatabase;
let orm: MikroORM;
let server: SubgraphServer;
const counter = sqlCounter();
const plan = buildDemoPlan({ dwellings: 400, applications: 40, today: '2026-11-15' });
const first2015 = plan.conventions.find((c) => c.startYear === 2015)!;
const renewal = plan.conventions.find((c) => c.startYear !== 2015)!;
const evaluator = actorFor('EVALUATOR');
const regional = actorFor('EVALUATOR', {
  userId: 'ev-dreal-normandie',
  name: 'DREAL Normandie',
  organisation: 'DREAL Normandie',
});

beforeAll(async () => {
  db = await createTestDatabase('financing');
  orm = await openOrm(db.url, counter.onQuery);
  await migrate(orm);
  await seedFinancing(orm, plan);
  server = await createServer({ orm, gatewaySecret: 'test-secret', clock: clockOn(plan.today) });
});

afterAll(async () => {
  await server.stop();
  await orm.close();
  await db.drop();
});

const PLAN = {
  plannedHouseholdsPerYear: 30,
  plannedMeasureMonthsPerYear: 360,
  annualCostCents: 4_500_000,
  unitCostCents: 12_500,
};
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
/** A year's count as accompaniment sends it: consumed month by month, then projected. */
const count = (year: number, byMonth: number[], projectedByMonth = byMonth) => ({
  year,
  byMonth,
  total: sum(byMonth),
  projectedByMonth,
  projectedTotal: sum(projectedByMonth),
});
const funder = (name: string) => ({ id: name, name }) as never;
const line = (name: string, sharePercent: number, grantedCents: number | null) => ({
  funder: funder(name),
  sharePercent,
  plannedCents: (4_500_000 * sharePercent) / 100,
  requestedCents: (4_500_000 * sharePercent) / 100,
  grantedCents,
  paidCents: null as number | null,
});

describe('computeConsumption', () => {
  // As of 15 November 2026: January to November begun (December to come, 0 consumed); of the 29
  // households followed in November, 27 are still followed and not ended before December.
  const counts = [
    count(2025, [30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30]),
    count(
      2026,
      [20, 22, 24, 25, 25, 26, 26, 27, 28, 28, 29, 0],
      [20, 22, 24, 25, 25, 26, 26, 27, 28, 28, 29, 27],
    ),
  ];

  it('counts what was consumed up to today, projects the households followed today, and frees the places not taken this month', () => {
    const result = computeConsumption(PLAN, 2026, counts, [], '2026-11-15');
    expect(result).toMatchObject({
      year: 2026,
      plannedMeasureMonths: 360,
      plannedCostCents: 4_500_000,
      unitCostCents: 12_500,
      // 20+22+24+25+25+26+26+27+28+28+29 = 280
      consumedMeasureMonths: 280,
      consumedCents: 3_500_000, // 280 × 125 €
      // 280 + the 27 households carried into December
      projectedMeasureMonths: 307,
      projectedCents: 3_837_500, // 307 × 125 €
      // 30 places, 29 households followed in November
      freePlaces: 1,
    });
  });

  it('takes a past year as consumed and over, a year to come as all free', () => {
    const past = computeConsumption(PLAN, 2025, counts, [], '2026-11-15');
    expect(past).toMatchObject({ consumedMeasureMonths: 360, projectedMeasureMonths: 360, freePlaces: 0 });
    const future = computeConsumption(PLAN, 2027, counts, [], '2026-11-15');
    expect(future).toMatchObject({ consumedMeasureMonths: 0, projectedMeasureMonths: 0, freePlaces: 30 });
  });

  it('has nothing left to project on 31 December, and never frees fewer than 0 places nor more than planned', () => {
    const december = [count(2026, [20, 22, 24, 25, 25, 26, 26, 27, 28, 28, 29, 27])];
    // 280 + 27 in December, all consumed; 30 − 27 places free.
    expect(computeConsumption(PLAN, 2026, december, [], '2026-12-31')).toMatchObject({
      consumedMeasureMonths: 307,
      projectedMeasureMonths: 307,
      freePlaces: 3,
    });
    const crowded = [
      count(2026, [34, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [34, 34, 34, 34, 34, 34, 34, 34, 34, 34, 34, 34]),
    ];
    expect(computeConsumption(PLAN, 2026, crowded, [], '2026-01-10').freePlaces).toBe(0);
    expect(
      computeConsumption(PLAN, 2026, [count(2026, new Array(12).fill(0))], [], '2026-01-10').freePlaces,
    ).toBe(30);
  });

  it("gives each funder its share of the consumed and the projected cost, largest first, and flags what isn't granted or is paid beyond what is due", () => {
    const paid = (l: ReturnType<typeof line>, paidCents: number) => ({ ...l, paidCents });
    const result = computeConsumption(
      PLAN,
      2026,
      counts,
      [
        paid(line('Landlord', 25, 1_125_000), 1_125_000),
        line('National fund', 50, null),
        paid(line('State', 25, 1_000_000), 875_000),
      ],
      '2026-11-15',
    );
    expect(
      result.shares.map((s) => [
        s.funder.name,
        s.sharePercent,
        s.plannedCents,
        s.dueCents,
        s.projectedDueCents,
        s.underGranted,
        s.overPaid,
      ]),
    ).toEqual([
      // 50 % of 35,000 € and of 38,375 €; 25 % of each. The landlord paid its 11,250 € against
      // 8,750 € due: paid beyond what is due. The state paid exactly what is due.
      ['National fund', 50, 2_250_000, 1_750_000, 1_918_750, true, false],
      ['Landlord', 25, 1_125_000, 875_000, 959_375, false, true],
      ['State', 25, 1_125_000, 875_000, 959_375, true, false],
    ]);
  });
});

const CONSUMPTION = `query($reps: [_Any!]!, $year: Int!) {
  _entities(representations: $reps) { ... on Convention {
    id
    consumption(year: $year) {
      year plannedMeasureMonths plannedCostCents unitCostCents consumedMeasureMonths consumedCents
      projectedMeasureMonths freePlaces
      shares { funder { name kind } sharePercent plannedCents requestedCents grantedCents paidCents dueCents underGranted overPaid }
    }
  } }
}`;
const representation = (id: string, measureMonthsByYear: unknown[]) => ({
  __typename: 'Convention',
  id,
  measureMonthsByYear,
});

describe('Convention.consumption', () => {
  it('computes a past year from the measure-months the representation carries', async () => {
    const reps = [
      representation(first2015.id, [count(2016, [10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10])]),
    ];
    const result = await server.execute(evaluator, CONSUMPTION, { reps, year: 2016 });
    expect(result.errors).toBeUndefined();
    const [entity] = result.data!._entities as {
      consumption: Record<string, unknown> & { shares: unknown[] };
    }[];
    expect(entity.consumption).toMatchObject({
      year: 2016,
      plannedMeasureMonths: 360,
      plannedCostCents: 4_500_000,
      unitCostCents: 12_500,
      consumedMeasureMonths: 120,
      consumedCents: 1_500_000,
      projectedMeasureMonths: 120,
    });
    expect(entity.consumption.shares).toEqual([
      expect.objectContaining({
        sharePercent: 50,
        plannedCents: 2_250_000,
        grantedCents: 2_250_000,
        // The seeded payment: 50 % of the 317 measure-months the plan consumed in 2016 at 125 €
        // (19,812.50 €), down to the euro. Against the 120 measure-months this representation
        // carries (7,500 € due), it is beyond what is due.
        paidCents: 1_981_200,
        dueCents: 750_000,
        overPaid: true,
        underGranted: false,
      }),
      expect.objectContaining({
        sharePercent: 25,
        plannedCents: 1_125_000,
        dueCents: 375_000,
        underGranted: false,
      }),
      expect.objectContaining({
        sharePercent: 25,
        plannedCents: 1_125_000,
        dueCents: 375_000,
        underGranted: false,
      }),
    ]);
  });

  it('counts nothing for a year the representation has no measure-months of', async () => {
    const result = await server.execute(evaluator, CONSUMPTION, {
      reps: [representation(first2015.id, [])],
      year: 2017,
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities).toEqual([
      expect.objectContaining({
        consumption: expect.objectContaining({ consumedMeasureMonths: 0, consumedCents: 0 }),
      }),
    ]);
  });

  it('refuses a year outside the convention as BAD_USER_INPUT', async () => {
    const result = await server.execute(evaluator, CONSUMPTION, {
      reps: [representation(first2015.id, [])],
      year: 2018,
    });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
  });

  it('uses the same number of SQL statements for one convention or three', async () => {
    const ids = [first2015.id];
    for (const n of [1, 2]) {
      const created = await server.execute(
        actorFor('SOCIAL_MANAGER'),
        `mutation($input: CreateConventionInput!) { createConvention(input: $input) { id } }`,
        {
          input: {
            programme: 'Consumption tests',
            name: `Consumption test ${n}`,
            holder: 'Consumption tests',
            partner: 'Consumption tests',
            startYear: 2015,
            endYear: 2017,
            plannedHouseholdsPerYear: 30,
            annualCostCents: 4_500_000,
          },
        },
      );
      ids.push((created.data!.createConvention as { id: string }).id);
    }
    const statements = async (wanted: string[]) => {
      counter.reset();
      const result = await server.execute(evaluator, CONSUMPTION, {
        reps: wanted.map((id) => representation(id, [])),
        year: 2016,
      });
      expect(result.errors).toBeUndefined();
      return counter.count;
    };
    expect(await statements(ids)).toBe(await statements(ids.slice(0, 1)));
  });
});

const RECORD = `mutation($input: RecordEvaluationInput!) {
  recordEvaluation(input: $input) {
    id level authorOrganisation date departmentOpinion relevance reproducibility regionalOpinion text
    convention { id }
  }
}`;

describe('recordEvaluation', () => {
  it('maps organisations to levels', () => {
    expect(evaluationLevelOf('DDCS 76')).toBe('DEPARTMENT');
    expect(evaluationLevelOf('DDT de l’Eure')).toBe('DEPARTMENT');
    expect(evaluationLevelOf('DREAL Normandie')).toBe('REGION');
    expect(evaluationLevelOf('Préfecture')).toBeUndefined();
  });

  it("records a department evaluator's section at the DEPARTMENT level", async () => {
    const result = await server.execute(evaluator, RECORD, {
      input: {
        conventionId: renewal.id,
        departmentOpinion: 'Favourable, with a yearly review',
        relevance: 'Meets the aims of the call',
        reproducibility: 'HIGH',
      },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!.recordEvaluation).toMatchObject({
      level: 'DEPARTMENT',
      authorOrganisation: 'DDCS 76',
      date: plan.today,
      reproducibility: 'HIGH',
      regionalOpinion: null,
      text: '',
      convention: { id: renewal.id },
    });
  });

  it("records a regional evaluator's opinion at the REGION level", async () => {
    const result = await server.execute(regional, RECORD, {
      input: { conventionId: renewal.id, regionalOpinion: 'FAVOURABLE', text: 'To be extended' },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!.recordEvaluation).toMatchObject({
      level: 'REGION',
      authorOrganisation: 'DREAL Normandie',
      regionalOpinion: 'FAVOURABLE',
      departmentOpinion: null,
      text: 'To be extended',
    });
  });

  it("refuses the other level's fields, and a missing section, writing nothing", async () => {
    const before = await orm.em
      .fork()
      .getConnection()
      .execute('select count(*)::int as n from financing.evaluation');
    const regionalByDepartment = await server.execute(evaluator, RECORD, {
      input: {
        conventionId: renewal.id,
        departmentOpinion: 'x',
        relevance: 'y',
        reproducibility: 'LOW',
        regionalOpinion: 'FAVOURABLE',
      },
    });
    expect(errorCode(regionalByDepartment)).toBe('BAD_USER_INPUT');
    const departmentByRegion = await server.execute(regional, RECORD, {
      input: { conventionId: renewal.id, regionalOpinion: 'UNFAVOURABLE', reproducibility: 'LOW' },
    });
    expect(errorCode(departmentByRegion)).toBe('BAD_USER_INPUT');
    const empty = await server.execute(regional, RECORD, { input: { conventionId: renewal.id } });
    expect(errorCode(empty)).toBe('BAD_USER_INPUT');
    const after = await orm.em
      .fork()
      .getConnection()
      .execute('select count(*)::int as n from financing.evaluation');
    expect(after[0].n).toBe(before[0].n);
  });

  it('refuses other roles and evaluators of no known level', async () => {
    const input = { conventionId: renewal.id, regionalOpinion: 'FAVOURABLE' };
    expect(errorCode(await server.execute(actorFor('RENTAL_MANAGER'), RECORD, { input }))).toBe('FORBIDDEN');
    expect(errorCode(await server.execute(actorFor('SOCIAL_MANAGER'), RECORD, { input }))).toBe('FORBIDDEN');
    const prefecture = actorFor('EVALUATOR', { organisation: 'Préfecture de la Seine-Maritime' });
    expect(errorCode(await server.execute(prefecture, RECORD, { input }))).toBe('FORBIDDEN');
  });

  it('answers NOT_FOUND for an unknown convention', async () => {
    const result = await server.execute(regional, RECORD, {
      input: { conventionId: '00000000-0000-4000-8000-000000000000', regionalOpinion: 'FAVOURABLE' },
    });
    expect(errorCode(result)).toBe('NOT_FOUND');
  });
});
