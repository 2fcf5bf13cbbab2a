import { readSubgraphConfig, type SubgraphConfig } from '@ash/kit';

/** The only place the financing subgraph reads its environment. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): SubgraphConfig {
  return readSubgraphConfig('FINANCING', 4004, env);
}
