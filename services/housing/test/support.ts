import type { DemoPlan } from '@ash/demo';
import { migrate, type SubgraphServer } from '@ash/kit';
import { clockOn, createTestDatabase, type TestDatabase } from '@ash/testkit';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createServer, openOrm, seedHousing } from '../src';

export interface HousingUnderTest {
  db: TestDatabase;
  orm: MikroORM;
  server: SubgraphServer;
}

/**
 * The housing subgraph on a seeded database of its own (one per test file); `onQuery` sees every SQL
 * statement (a testkit `sqlCounter`).
 */
export async function startHousing(
  label: string,
  plan: DemoPlan,
  onQuery?: (sql: string) => void,
): Promise<HousingUnderTest> {
  const db = await createTestDatabase(label);
  const orm = await openOrm(db.url, onQuery);
  await migrate(orm);
  await seedHousing(orm, plan);
  const server = await createServer({ orm, gatewaySecret: 'test-secret', clock: clockOn(plan.today) });
  return { db, orm, server };
}

export async function stopHousing({ db, orm, server }: HousingUnderTest): Promise<void> {
  await server.stop();
  await orm.close();
  await db.drop();
}
