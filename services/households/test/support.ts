import type { DemoPlan } from '@ash/demo';
import { type Clock, migrate, type SubgraphServer } from '@ash/kit';
import { clockOn, createTestDatabase, type TestDatabase } from '@ash/testkit';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createServer, openOrm, seedHouseholds } from '../src';

export const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

/** A field of a successful response (fails the test on errors). */
export function dataOf<T>(
  result: { data?: Record<string, unknown> | null; errors?: readonly unknown[] },
  field: string,
): T {
  expect(result.errors).toBeUndefined();
  return result.data?.[field] as T;
}

export interface Subgraph {
  db: TestDatabase;
  orm: MikroORM;
  server: SubgraphServer;
  /** Runs SQL on the subgraph's database (assertions, fixtures). */
  sql<T = Record<string, unknown>>(query: string, params?: unknown[]): Promise<T[]>;
}

/** A seeded database of its own, so reads and writes do not depend on each other. */
export async function startSubgraph(
  label: string,
  plan: DemoPlan,
  options: { onQuery?: (sql: string) => void; stalledAfterDays?: number; clock?: Clock } = {},
): Promise<Subgraph> {
  const db = await createTestDatabase(label);
  const orm = await openOrm(db.url, options.onQuery);
  await migrate(orm);
  await seedHouseholds(orm, plan);
  const server = await createServer({
    orm,
    gatewaySecret: 'test-secret',
    stalledAfterDays: options.stalledAfterDays,
    clock: options.clock ?? clockOn(plan.today),
  });
  const sql = <T>(query: string, params: unknown[] = []) =>
    orm.em.fork().getConnection().execute(query, params) as Promise<T[]>;
  return { db, orm, server, sql };
}

/** The version a row has now (what a client would have read before changing it). */
export async function versionOf(sub: Subgraph, table: string, id: string): Promise<number> {
  const [row] = await sub.sql<{ version: number }>(`select version from households.${table} where id = ?`, [
    id,
  ]);
  return row?.version ?? 1;
}

export async function stopSubgraph(subgraph: Subgraph) {
  await subgraph.server.stop();
  await subgraph.orm.close();
  await subgraph.db.drop();
}
