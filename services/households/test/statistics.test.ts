import { buildDemoPlan } from '@ash/demo';
import { actorFor, errorCode, sqlCounter } from '@ash/testkit';
import type { FilterQuery } from '@mikro-orm/core';
import { Application } from '../src/modules/application/application.entity';
import { ApplicationStatus } from '../src/modules/application/application.enums';
import { Household } from '../src/modules/household/household.entity';
import { dataOf, type Subgraph, startSubgraph, stopSubgraph } from './support';

const plan = buildDemoPlan({ dwellings: 300, applications: 120, today: '2026-11-15' });
const worker = actorFor('SUPPORT_WORKER');
const counter = sqlCounter();

const STATISTICS = '{ applicationStatistics { byStatus { status count } } }';
type Statistics = { byStatus: { status: ApplicationStatus; count: number }[] };

/** The households the demo worker follows (a running accompaniment of theirs), from the plan. */
const caseload = new Set(
  plan.accompaniments
    .filter((a) => a.supportWorkerId === worker.userId && a.phase !== 'ENDED')
    .map((a) => a.householdId),
);

let sub: Subgraph;

beforeAll(async () => {
  sub = await startSubgraph('households_statistics', plan, { onQuery: counter.onQuery });
});

afterAll(async () => {
  await stopSubgraph(sub);
});

/** The figures as the ORM counts them, one count per status (what the dashboard used to do). */
async function counted(where: FilterQuery<Application> = {}): Promise<Statistics> {
  const em = sub.orm.em.fork();
  return {
    byStatus: await Promise.all(
      Object.values(ApplicationStatus).map(async (status) => ({
        status,
        count: await em.count(Application, { $and: [where, { status }] }),
      })),
    ),
  };
}

/** The caseload households that consented, read in the database. */
async function consentedCaseload(): Promise<string[]> {
  const households = await sub.orm.em
    .fork()
    .find(Household, { id: { $in: [...caseload] }, consentToShareDate: { $ne: null } }, { fields: ['id'] });
  return households.map((h) => h.id);
}

const total = (figures: Statistics) => figures.byStatus.reduce((sum, s) => sum + s.count, 0);

describe('applicationStatistics', () => {
  it('counts the applications by status, every status in enum order', async () => {
    const figures = dataOf<Statistics>(
      await sub.server.execute(actorFor('SOCIAL_MANAGER'), STATISTICS),
      'applicationStatistics',
    );
    expect(figures).toEqual(await counted());
    expect(figures.byStatus.map((s) => s.status)).toEqual(Object.values(ApplicationStatus));
    expect(total(figures)).toBe(await sub.orm.em.fork().count(Application));
    // Not vacuous: the demo pipeline has applications at several steps.
    expect(figures.byStatus.filter((s) => s.count > 0).length).toBeGreaterThan(2);
  });

  it('answers in one SQL statement, for a support worker too', async () => {
    for (const role of ['RENTAL_MANAGER', 'SUPPORT_WORKER'] as const) {
      counter.reset();
      dataOf(await sub.server.execute(actorFor(role), STATISTICS), 'applicationStatistics');
      expect(counter.count).toBe(1);
    }
  });

  it('counts for a support worker only the applications of their caseload that consented', async () => {
    const households = await consentedCaseload();
    const mine = dataOf<Statistics>(await sub.server.execute(worker, STATISTICS), 'applicationStatistics');
    expect(mine).toEqual(await counted({ household: { $in: households } }));
    expect(total(mine)).toBeGreaterThan(0);
    expect(total(mine)).toBeLessThan(await sub.orm.em.fork().count(Application));
  });

  it('stops counting a caseload household once its consent is withdrawn', async () => {
    const before = dataOf<Statistics>(await sub.server.execute(worker, STATISTICS), 'applicationStatistics');
    const [withdrawn] = await consentedCaseload();
    const applications = await sub.orm.em.fork().count(Application, { household: withdrawn });
    expect(applications).toBeGreaterThan(0);
    await sub.orm.em.fork().nativeUpdate(Household, { id: withdrawn }, { consentToShareDate: null });
    const after = dataOf<Statistics>(await sub.server.execute(worker, STATISTICS), 'applicationStatistics');
    expect(total(after)).toBe(total(before) - applications);
    expect(after).toEqual(await counted({ household: { $in: await consentedCaseload() } }));
  });

  it('is refused to evaluators, who read no application count', async () => {
    expect(errorCode(await sub.server.execute(actorFor('EVALUATOR'), STATISTICS))).toBe('FORBIDDEN');
  });
});
