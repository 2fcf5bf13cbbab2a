import { type Clock, createSubgraphServer, type SubgraphServer } from '@ash/kit';
import type { MikroORM } from '@mikro-orm/postgresql';
import { DEFAULT_STALLED_AFTER_DAYS, type HouseholdsSettings } from './config';
import { createContext } from './context';
import { buildSchema } from './schema';

export interface ServerDeps extends Partial<HouseholdsSettings> {
  orm: MikroORM;
  gatewaySecret: string;
  /** Where "today" comes from (tests pin it); the system clock by default. */
  clock?: Clock;
}

/** The households subgraph, built but not listening. */
export async function createServer(deps: ServerDeps): Promise<SubgraphServer> {
  const settings: HouseholdsSettings = {
    stalledAfterDays: deps.stalledAfterDays ?? DEFAULT_STALLED_AFTER_DAYS,
  };
  return createSubgraphServer({
    name: 'households',
    schema: await buildSchema(),
    orm: deps.orm,
    gatewaySecret: deps.gatewaySecret,
    clock: deps.clock,
    extendContext: (base) => createContext(base, settings),
  });
}
