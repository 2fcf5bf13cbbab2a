import { type Clock, createSubgraphServer, type SubgraphServer } from '@ash/kit';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createContext } from './context';
import { buildSchema } from './schema';

export interface ServerDeps {
  orm: MikroORM;
  gatewaySecret: string;
  /** Where "today" comes from (tests pin it); the system clock by default. */
  clock?: Clock;
}

/** The financing subgraph, built but not listening. */
export async function createServer(deps: ServerDeps): Promise<SubgraphServer> {
  return createSubgraphServer({
    name: 'financing',
    schema: await buildSchema(),
    orm: deps.orm,
    gatewaySecret: deps.gatewaySecret,
    clock: deps.clock,
    extendContext: createContext,
  });
}
