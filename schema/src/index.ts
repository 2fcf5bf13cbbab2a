export {
  type Composition,
  composeSupergraph,
  SUBGRAPHS,
  SUPERGRAPH_PATH,
  staleFiles,
  writeComposition,
} from './compose';
