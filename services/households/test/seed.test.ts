import { buildDemoPlan } from '@ash/demo';
import { migrate } from '@ash/kit';
import { createTestDatabase, sqlCounter, type TestDatabase } from '@ash/testkit';
import type { MikroORM } from '@mikro-orm/postgresql';
import { openOrm, seedHouseholds } from '../src';

// A department's worth of applications (DESIGN.md "Scale").
const plan = buildDemoPlan({ dwellings: 12_000, applications: 10_000, today: '2026-11-15' });

describe('households seed at department scale', () => {
  let db: TestDatabase;
  let orm: MikroORM;
  const counter = sqlCounter();

  beforeAll(async () => {
    db = await createTestDatabase('households_seed');
    orm = await openOrm(db.url, counter.onQuery);
    await migrate(orm);
  });

  afterAll(async () => {
    await orm.close();
    await db.drop();
  });

  it('writes 10,000 applications and their history in a bounded number of statements', async () => {
    counter.reset();
    await seedHouseholds(orm, plan);
    const rows = await orm.em
      .fork()
      .getConnection()
      .execute(
        `select (select count(*) from households.household)::int as households,
              (select count(*) from households.person)::int as persons,
              (select count(*) from households.application)::int as applications,
              (select count(*) from households.application_transition)::int as transitions,
              (select count(*) from households.commission)::int as commissions,
              (select count(*) from households.candidacy)::int as candidacies`,
      );
    expect(rows[0]).toEqual({
      households: plan.households.length,
      persons: plan.households.reduce((n, h) => n + h.members.length, 0),
      applications: 10_000,
      transitions: plan.applications.reduce((n, a) => n + a.history.length, 0),
      commissions: plan.commissions.length,
      candidacies: plan.commissions.reduce(
        (n, c) => n + c.items.reduce((m, item) => m + item.candidates.length, 0),
        0,
      ),
    });
    // Chunked multi-row inserts: a few dozen statements, not one per row (10,000 applications, their
    // households, members, transitions, sessions, candidacies, placements, known dwellings…).
    expect(counter.count).toBeLessThan(80);
  });
});
