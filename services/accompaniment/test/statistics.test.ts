import { randomUUID } from 'node:crypto';
import { buildDemoPlan } from '@ash/demo';
import { applyOnce, type EventEnvelope, migrate, type SubgraphServer } from '@ash/kit';
import {
  actorFor,
  clockOn,
  createTestDatabase,
  errorCode,
  sqlCounter,
  type TestDatabase,
} from '@ash/testkit';
import type { FilterQuery } from '@mikro-orm/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createServer, eventHandlers, openOrm, seedAccompaniment } from '../src';
import { Accompaniment } from '../src/modules/accompaniment/accompaniment.entity';
import { AccompanimentPhase } from '../src/modules/accompaniment/accompaniment.enums';
import { Alert } from '../src/modules/alert/alert.entity';
import { AlertStatus } from '../src/modules/alert/alert.enums';

let db: TestDatabase;
let orm: MikroORM;
let server: SubgraphServer;
const counter = sqlCounter();
const plan = buildDemoPlan({ dwellings: 400, applications: 60, today: '2026-11-15' });
const social = actorFor('SOCIAL_MANAGER');
const worker = actorFor('SUPPORT_WORKER');

const STATISTICS = '{ accompanimentStatistics { byPhase { phase count } openAlerts overdueAlerts } }';
type Statistics = {
  byPhase: { phase: AccompanimentPhase; count: number }[];
  openAlerts: number;
  overdueAlerts: number;
};
type Actor = typeof social;

const consented = (householdId: string) =>
  plan.households.find((h) => h.id === householdId)?.consentToShareDate != null;
/** The demo worker's accompaniments of households that consented, from the plan (any phase). */
// The caseload: the worker's running accompaniments of consenting households.
const caseload = plan.accompaniments.filter(
  (a) => a.supportWorkerId === worker.userId && a.phase !== 'ENDED' && consented(a.householdId),
);

beforeAll(async () => {
  db = await createTestDatabase('accompaniment_statistics');
  orm = await openOrm(db.url, counter.onQuery);
  await migrate(orm);
  await seedAccompaniment(orm, plan);
  server = await createServer({ orm, gatewaySecret: 'test-secret', clock: clockOn(plan.today) });
});

afterAll(async () => {
  await server.stop();
  await orm.close();
  await db.drop();
});

async function statistics(actor: Actor): Promise<Statistics> {
  const result = await server.execute(actor, STATISTICS);
  expect(result.errors).toBeUndefined();
  return result.data?.accompanimentStatistics as Statistics;
}

/** The figures as the ORM counts them, a count per phase and per alert figure, within `ids`. */
async function counted(ids?: string[]): Promise<Statistics> {
  const em = orm.em.fork();
  const mine: FilterQuery<Accompaniment> = ids ? { id: { $in: ids } } : {};
  const alerts: FilterQuery<Alert> = ids ? { accompaniment: { $in: ids } } : {};
  return {
    byPhase: await Promise.all(
      Object.values(AccompanimentPhase).map(async (phase) => ({
        phase,
        count: await em.count(Accompaniment, { $and: [mine, { phase }] }),
      })),
    ),
    openAlerts: await em.count(Alert, { $and: [alerts, { status: { $ne: AlertStatus.CLOSED } }] }),
    overdueAlerts: await em.count(Alert, {
      $and: [alerts, { status: AlertStatus.NEW, triageDeadline: { $lt: plan.today } }],
    }),
  };
}

/** The same figures as the `alerts` list counts them for the actor (its `overdue` filter). */
async function listed(actor: Actor): Promise<Pick<Statistics, 'openAlerts' | 'overdueAlerts'>> {
  const result = await server.execute(
    actor,
    `{ open: alerts(filter: { statuses: [NEW, SHARED_DIAGNOSIS, ACTION_AGREED] }) { totalCount }
       overdue: alerts(filter: { overdue: true }) { totalCount } }`,
  );
  expect(result.errors).toBeUndefined();
  const data = result.data as { open: { totalCount: number }; overdue: { totalCount: number } };
  return { openAlerts: data.open.totalCount, overdueAlerts: data.overdue.totalCount };
}

function consentChanged(householdId: string, consentToShare: boolean): EventEnvelope<'ConsentChanged'> {
  return {
    id: randomUUID(),
    type: 'ConsentChanged',
    payload: { householdId, consentToShare },
    actor: social.userId,
    occurredAt: new Date().toISOString(),
  };
}

describe('accompanimentStatistics', () => {
  it('counts accompaniments by phase, every phase in enum order, and the open and overdue alerts', async () => {
    const figures = await statistics(social);
    expect(figures).toEqual(await counted());
    expect(figures.byPhase.map((p) => p.phase)).toEqual(Object.values(AccompanimentPhase));
    expect(figures).toMatchObject(await listed(social));
    // Not vacuous: the demo data has running accompaniments, open alerts and overdue ones.
    expect(figures.byPhase.filter((p) => p.count > 0).length).toBeGreaterThan(1);
    expect(figures.openAlerts).toBeGreaterThan(figures.overdueAlerts);
    expect(figures.overdueAlerts).toBeGreaterThan(0);
  });

  it('answers in one SQL statement, for a support worker too', async () => {
    for (const actor of [social, worker]) {
      counter.reset();
      await statistics(actor);
      expect(counter.count).toBe(1);
    }
  });

  it('counts for a support worker only their caseload with consent, as their lists do', async () => {
    const figures = await statistics(worker);
    expect(figures).toEqual(await counted(caseload.map((a) => a.id)));
    expect(figures).toMatchObject(await listed(worker));
    const all = await statistics(social);
    expect(figures.openAlerts).toBeGreaterThan(0);
    expect(figures.openAlerts).toBeLessThan(all.openAlerts);
    expect(figures.byPhase.reduce((sum, p) => sum + p.count, 0)).toBeLessThan(
      all.byPhase.reduce((sum, p) => sum + p.count, 0),
    );
  });

  it('stops counting a household for its support worker once its consent is withdrawn', async () => {
    const household = caseload.find((a) => a.alerts.some((al) => al.status !== 'CLOSED'))!.householdId;
    const before = await statistics(worker);
    expect(await applyOnce(orm, eventHandlers, consentChanged(household, false))).toBe(true);
    try {
      const remaining = caseload.filter((a) => a.householdId !== household).map((a) => a.id);
      const figures = await statistics(worker);
      expect(figures).toEqual(await counted(remaining));
      expect(figures.openAlerts).toBeLessThan(before.openAlerts);
      expect(figures).toMatchObject(await listed(worker));
      // Social management still counts it: consent limits the association only.
      expect(await statistics(social)).toEqual(await counted());
    } finally {
      await applyOnce(orm, eventHandlers, consentChanged(household, true));
    }
  });

  it('is refused to evaluators', async () => {
    expect(errorCode(await server.execute(actorFor('EVALUATOR'), STATISTICS))).toBe('FORBIDDEN');
  });
});
