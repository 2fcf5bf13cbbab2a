import { Migration20261129083008 } from './Migration20261129083008';

/** Every migration of this subgraph, oldest first (listed so no file globbing is needed). */
export const migrations = [
  { name: 'Migration20261129083008', class: Migration20261129083008 },
];
