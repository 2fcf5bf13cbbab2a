import { readSubgraphConfig, type SubgraphConfig } from '@ash/kit';

/** The only place the accompaniment subgraph reads its environment. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): SubgraphConfig {
  return readSubgraphConfig('ACCOMPANIMENT', 4003, env);
}
