import path from 'node:path';
import { type DemoPlan, demoUser } from '@ash/demo';
import { type Clock, type EventsRuntime, migrate, type SubgraphServer, startEvents } from '@ash/kit';
import { clockOn, createTestDatabase, sqlCounter, type TestDatabase } from '@ash/testkit';
import type { MikroORM } from '@mikro-orm/postgresql';
import pino from 'pino';
import { createGateway, type Gateway, type Logger, readConfig, signDevToken } from '../src';
import { accompaniment, financing, households, housing, type TestSubgraph } from './subgraphs';

const SECRET = 'system-test-secret';
// Tests read the log they ask for (see errors.test.ts); the others keep the output quiet.
const silentLogger = pino({ level: 'silent' });
const JWT_SECRET = 'system-test-jwt-key';

export const SUBGRAPHS = { housing, households, accompaniment, financing } as const;
export type SubgraphName = keyof typeof SUBGRAPHS;

// biome-ignore lint/suspicious/noExplicitAny: the tests walk arbitrary response JSON
export type Data = Record<string, any>;
export interface GraphQLResponse {
  data?: Data | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[];
}

/** The whole system in one process: four subgraphs on their ORMs, optional event runtimes, the gateway. */
export interface TestSystem {
  db: TestDatabase;
  url: string;
  /** The environment the gateway was configured from, to build variants of it (production…). */
  gatewayEnv: NodeJS.ProcessEnv;
  /** The HS256 key of this system's tokens. */
  jwtSecret: string;
  counter: ReturnType<typeof sqlCounter>;
  orms: Record<SubgraphName, MikroORM>;
  events: Partial<Record<SubgraphName, EventsRuntime>>;
  post(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<{ status: number; body: GraphQLResponse }>;
  as(
    role: 'SOCIAL_MANAGER' | 'RENTAL_MANAGER' | 'EVALUATOR' | 'SUPPORT_WORKER' | 'INTEGRATOR' | 'ADMIN',
  ): (query: string, variables?: Record<string, unknown>) => Promise<GraphQLResponse>;
  token(role: string, secret?: string): Promise<string>;
  startEventsOf(name: SubgraphName): Promise<EventsRuntime>;
  stop(): Promise<void>;
}

/**
 * The system on a database seeded with `plan`; every subgraph (and event consumer) runs on `clock`,
 * noon of the plan's day by default.
 */
export async function startSystem(
  plan: DemoPlan,
  options: {
    events?: boolean;
    clock?: Clock;
    logger?: Logger;
    /** Gateway variables on top of the test's (e.g. a higher rate limit for a suite of many requests). */
    gatewayEnv?: NodeJS.ProcessEnv;
  } = {},
): Promise<TestSystem> {
  const clock = options.clock ?? clockOn(plan.today);
  const db = await createTestDatabase('system');
  const counter = sqlCounter();
  const orms = {} as Record<SubgraphName, MikroORM>;
  const servers: SubgraphServer[] = [];
  const urls = {} as Record<SubgraphName, string>;
  for (const [name, service] of Object.entries(SUBGRAPHS) as [SubgraphName, TestSubgraph][]) {
    const orm = await service.openOrm(db.url, counter.onQuery);
    await migrate(orm);
    await service.seed(orm, plan);
    const server = await service.createServer({ orm, gatewaySecret: SECRET, clock });
    urls[name] = (await server.listen(0)).url;
    orms[name] = orm;
    servers.push(server);
  }
  const gatewayEnv: NodeJS.ProcessEnv = {
    GATEWAY_SECRET: SECRET,
    AUTH_JWT_SECRET: JWT_SECRET,
    SUPERGRAPH_PATH: path.resolve(__dirname, '..', '..', 'schema', 'supergraph.graphql'),
    HOUSING_URL: urls.housing,
    HOUSEHOLDS_URL: urls.households,
    ACCOMPANIMENT_URL: urls.accompaniment,
    FINANCING_URL: urls.financing,
    ...options.gatewayEnv,
  };
  const gateway: Gateway = await createGateway(
    readConfig(gatewayEnv),
    undefined,
    options.logger ?? silentLogger,
  );
  const url = (await gateway.listen(0)).url;
  const tokens = new Map<string, string>();
  const token = async (role: string, secret = JWT_SECRET) => {
    const key = `${role}:${secret}`;
    if (!tokens.has(key)) tokens.set(key, await signDevToken(demoUser(role as never), secret));
    return tokens.get(key) as string;
  };
  const post = async (query: string, variables: Record<string, unknown> = {}, bearer?: string) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as GraphQLResponse };
  };
  const events: TestSystem['events'] = {};
  const startEventsOf = async (name: SubgraphName) => {
    const runtime = await startEvents({
      orm: orms[name],
      busUrl: db.url,
      subgraph: name,
      handlers: SUBGRAPHS[name].handlers,
      clock,
      relayIntervalMs: 100,
      log: () => {},
    });
    events[name] = runtime;
    return runtime;
  };
  if (options.events) for (const name of Object.keys(SUBGRAPHS) as SubgraphName[]) await startEventsOf(name);
  return {
    db,
    url,
    gatewayEnv,
    jwtSecret: JWT_SECRET,
    counter,
    orms,
    events,
    post,
    token,
    as: (role) => async (query, variables) => (await post(query, variables, await token(role))).body,
    startEventsOf,
    async stop() {
      for (const runtime of Object.values(events)) await runtime?.stop();
      await gateway.stop();
      for (const server of servers) await server.stop();
      for (const orm of Object.values(orms)) await orm.close();
      await db.drop();
    },
  };
}

/** Polls until `check` returns a value (eventual consistency across subgraphs); fails after `timeoutMs`. */
export async function eventually<T>(
  check: () => Promise<T | undefined | null | false>,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Not reached within ${timeoutMs} ms${last ? `: ${String(last)}` : ''}`);
}
