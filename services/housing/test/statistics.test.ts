import { buildDemoPlan } from '@ash/demo';
import { type SubgraphServer } from '@ash/kit';
import { actorFor, errorCode, sqlCounter, type TestDatabase } from '@ash/testkit';
import type { MikroORM } from '@mikro-orm/postgresql';
import { Dwelling } from '../src/modules/dwelling/dwelling.entity';
import { DwellingStatus, Typology } from '../src/modules/dwelling/dwelling.enums';
import { startHousing, stopHousing } from './support';

let db: TestDatabase;
let orm: MikroORM;
let server: SubgraphServer;
const counter = sqlCounter();
const plan = buildDemoPlan({ dwellings: 400, applications: 40, today: '2026-11-15' });

const STATISTICS = `{ dwellingStatistics {
  byStatus { status count }
  vacantByTypology { typology count }
} }`;

type Statistics = {
  byStatus: { status: DwellingStatus; count: number }[];
  vacantByTypology: { typology: Typology; count: number }[];
};

beforeAll(async () => {
  ({ db, orm, server } = await startHousing('housing_statistics', plan, counter.onQuery));
});

afterAll(() => stopHousing({ db, orm, server }));

/** The figures as the ORM counts them, one count per value (what the dashboard used to do). */
async function counted(): Promise<Statistics> {
  const em = orm.em.fork();
  return {
    byStatus: await Promise.all(
      Object.values(DwellingStatus).map(async (status) => ({
        status,
        count: await em.count(Dwelling, { status }),
      })),
    ),
    vacantByTypology: await Promise.all(
      Object.values(Typology).map(async (typology) => ({
        typology,
        count: await em.count(Dwelling, { status: DwellingStatus.VACANT, typology }),
      })),
    ),
  };
}

async function statistics(role: Parameters<typeof actorFor>[0]): Promise<Statistics> {
  const result = await server.execute(actorFor(role), STATISTICS);
  expect(result.errors).toBeUndefined();
  return result.data?.dwellingStatistics as Statistics;
}

describe('dwellingStatistics', () => {
  it('counts the stock by status and the vacant dwellings by typology, every value in enum order', async () => {
    const figures = await statistics('RENTAL_MANAGER');
    expect(figures).toEqual(await counted());
    expect(figures.byStatus.reduce((sum, s) => sum + s.count, 0)).toBe(400);
    // Not vacuous: the demo stock has vacant dwellings of several typologies.
    expect(figures.vacantByTypology.filter((t) => t.count > 0).length).toBeGreaterThan(1);
  });

  it('answers in one SQL statement', async () => {
    counter.reset();
    await statistics('SOCIAL_MANAGER');
    expect(counter.count).toBe(1);
  });

  it('answers 0 for a value no dwelling has', async () => {
    const em = orm.em.fork();
    expect(
      await em.count(Dwelling, { status: DwellingStatus.VACANT, typology: Typology.T2 }),
    ).toBeGreaterThan(0);
    await em.nativeUpdate(
      Dwelling,
      { status: DwellingStatus.VACANT, typology: Typology.T2 },
      { status: DwellingStatus.UNDER_WORKS },
    );
    const figures = await statistics('ADMIN');
    expect(figures.vacantByTypology.find((t) => t.typology === Typology.T2)).toEqual({
      typology: Typology.T2,
      count: 0,
    });
    expect(figures.vacantByTypology.map((t) => t.typology)).toEqual(Object.values(Typology));
    expect(figures).toEqual(await counted());
  });

  it('is the same stock for every role that reads dwellings, support workers and evaluators included', async () => {
    const expected = await counted();
    for (const role of ['SUPPORT_WORKER', 'EVALUATOR', 'INTEGRATOR'] as const) {
      expect(await statistics(role)).toEqual(expected);
    }
  });

  it('refuses an integrator without the housing:read scope', async () => {
    const result = await server.execute(actorFor('INTEGRATOR', { scopes: [] }), STATISTICS);
    expect(errorCode(result)).toBe('FORBIDDEN');
  });
});
