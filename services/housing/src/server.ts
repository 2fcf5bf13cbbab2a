import { createSubgraphServer, type SubgraphServer } from '@ash/kit';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createContext } from './context';
import { buildSchema } from './schema';

export interface ServerDeps {
  orm: MikroORM;
  gatewaySecret: string;
  /** The date matching takes as today (tests pin it); default: today in Europe/Paris. */
  today?: () => string;
}

/** The housing subgraph, built but not listening. */
export async function createServer(deps: ServerDeps): Promise<SubgraphServer> {
  return createSubgraphServer({
    name: 'housing',
    schema: await buildSchema(),
    orm: deps.orm,
    gatewaySecret: deps.gatewaySecret,
    extendContext: (base) => createContext(base, { today: deps.today }),
  });
}
