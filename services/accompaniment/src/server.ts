import { type Clock, createSubgraphServer, type SubgraphServer } from '@ash/kit';
import type { MikroORM } from '@mikro-orm/postgresql';
import { type AccompanimentSettings, DEFAULT_SETTINGS } from './config';
import { createContext } from './context';
import { buildSchema } from './schema';

export interface ServerDeps extends Partial<AccompanimentSettings> {
  orm: MikroORM;
  gatewaySecret: string;
  /** Where "today" comes from (tests pin it); the system clock by default. */
  clock?: Clock;
}

/** The accompaniment subgraph, built but not listening. */
export async function createServer(deps: ServerDeps): Promise<SubgraphServer> {
  const settings: AccompanimentSettings = { triageDays: deps.triageDays ?? DEFAULT_SETTINGS.triageDays };
  return createSubgraphServer({
    name: 'accompaniment',
    schema: await buildSchema(),
    orm: deps.orm,
    gatewaySecret: deps.gatewaySecret,
    clock: deps.clock,
    extendContext: (base) => createContext(base, settings),
  });
}
