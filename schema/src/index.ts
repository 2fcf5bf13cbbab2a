export { ACCESS_POLICY_PATH, readAccessPolicy, renderAccessPolicy, writeAccessPolicy } from './access-policy';
export {
  type Composition,
  composeSupergraph,
  SUBGRAPHS,
  SUPERGRAPH_PATH,
  staleFiles,
  writeComposition,
} from './compose';
