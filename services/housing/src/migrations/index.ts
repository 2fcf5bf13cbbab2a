import { Migration20261129081531 } from './Migration20261129081531';

/** Every migration of this subgraph, oldest first (listed so no file globbing is needed). */
export const migrations = [
  { name: 'Migration20261129081531', class: Migration20261129081531 },
];
