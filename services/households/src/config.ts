import { readSubgraphConfig, type SubgraphConfig } from '@ash/kit';

/** The only place the households subgraph reads its environment. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): SubgraphConfig {
  return readSubgraphConfig('HOUSEHOLDS', 4002, env);
}
