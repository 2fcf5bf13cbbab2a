import { randomBytes } from 'node:crypto';
import { dropDatabase, ensureDatabase, withDatabase } from '@ash/db';
import { DEMO_USERS } from '@ash/demo';
import {
  type Actor,
  Calendar,
  type Clock,
  clockStartingAt,
  type EventContext,
  type IsoDate,
  localInstant,
  type ReferenceKind,
  type Role,
  seedReferences,
} from '@ash/kit';
import type { EntityManager } from '@mikro-orm/core';

/** Environment variable through which the global setup hands the server URL to test files. */
export const TEST_SERVER_ENV = 'ASH_TEST_SERVER_URL';

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/**
 * A database of its own for one test file, on the test server (the embedded PostgreSQL, or
 * DATABASE_URL's server). Dropped by `drop()`.
 */
export async function createTestDatabase(label = 'test'): Promise<TestDatabase> {
  const server = process.env[TEST_SERVER_ENV];
  if (!server) throw new Error(`${TEST_SERVER_ENV} is not set: run the tests through jest (global setup)`);
  const name = `ash_test_${label.replace(/[^a-z0-9]/gi, '_').toLowerCase()}_${randomBytes(4).toString('hex')}`;
  await ensureDatabase(server, name);
  return { url: withDatabase(server, name), name, drop: () => dropDatabase(server, name) };
}

/**
 * The clock of a test server for a plan of `today`: it reads `time` (noon by default) at the agency
 * that day when the test starts, and ticks on, so instants stay ordered and no test crosses midnight
 * unless it says so. Tests never read the machine's date through the servers.
 */
export function clockOn(today: IsoDate, time = '12:00'): Clock {
  return clockStartingAt(localInstant(today, time));
}

/** What an event handler receives in a test whose day is `today` (see `clockOn`). */
export function eventContextOn(today: IsoDate, time = '12:00'): EventContext {
  return { calendar: new Calendar(clockOn(today, time)) };
}

/** The demo identity of a role, as the gateway would forward it. */
export function actorFor(role: Role | `${Role}`, overrides: Partial<Actor> = {}): Actor {
  const user = DEMO_USERS.find((u) => u.role === role);
  if (!user) throw new Error(`No demo user for ${role}`);
  return {
    userId: user.userId,
    role: role as Role,
    organisation: user.organisation,
    name: user.name,
    scopes: [...user.scopes],
    ...overrides,
  };
}

/** Counts SQL statements (pass `counter.onQuery` to the ORM). */
export function sqlCounter() {
  const statements: string[] = [];
  return {
    onQuery: (message: string) => {
      statements.push(message);
    },
    reset: () => {
      statements.length = 0;
    },
    get count() {
      return statements.length;
    },
    statements,
  };
}

/** First error code of a GraphQL response, for assertions. */
export function errorCode(result: { errors?: readonly { extensions?: Record<string, unknown> }[] }): unknown {
  return result.errors?.[0]?.extensions?.code;
}

/** POSTs a GraphQL query over HTTP; returns the status and the first error code, if any. */
export async function postGraphQL(
  url: string,
  query: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; code: unknown }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { errors?: { extensions?: { code?: unknown } }[] };
  return { status: response.status, code: body.errors?.[0]?.extensions?.code };
}

/**
 * Makes entities of other subgraphs known to a subgraph, as their owners' events would (a household
 * registered, a convention created), so that its writes may name them.
 */
export async function knowReferences(
  orm: { em: { fork(): EntityManager } },
  kind: ReferenceKind,
  ids: readonly string[],
): Promise<void> {
  await orm.em.fork().transactional((em) => seedReferences(em, kind, ids));
}
