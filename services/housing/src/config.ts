import { readSubgraphConfig, type SubgraphConfig } from '@ash/kit';

/** The only place the housing subgraph reads its environment. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): SubgraphConfig {
  return readSubgraphConfig('HOUSING', 4001, env);
}
