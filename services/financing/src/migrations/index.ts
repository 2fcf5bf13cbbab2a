import { Migration20261129082651 } from './Migration20261129082651';
import { Migration20261129084237 } from './Migration20261129084237';
import { Migration20261204184802 } from './Migration20261204184802';
import { Migration20261204191551 } from './Migration20261204191551';
import { Migration20261204213600 } from './Migration20261204213600';
import { Migration20261204230450 } from './Migration20261204230450';
import { Migration20261204231000 } from './Migration20261204231000';

/** Every migration of this subgraph, oldest first (listed so no file globbing is needed). */
export const migrations = [
  { name: 'Migration20261129082651', class: Migration20261129082651 },
  { name: 'Migration20261129084237', class: Migration20261129084237 },
  { name: 'Migration20261204184802', class: Migration20261204184802 },
  { name: 'Migration20261204191551', class: Migration20261204191551 },
  { name: 'Migration20261204213600', class: Migration20261204213600 },
  { name: 'Migration20261204230450', class: Migration20261204230450 },
  { name: 'Migration20261204231000', class: Migration20261204231000 },
];
