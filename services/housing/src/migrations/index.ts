import { Migration20261129081531 } from './Migration20261129081531';
import { Migration20261129084307 } from './Migration20261129084307';
import { Migration20261129084825 } from './Migration20261129084825';
import { Migration20261129085210 } from './Migration20261129085210';
import { Migration20261129093802 } from './Migration20261129093802';
import { Migration20261204184755 } from './Migration20261204184755';
import { Migration20261204184801 } from './Migration20261204184801';
import { Migration20261204191554 } from './Migration20261204191554';
import { Migration20261205033000 } from './Migration20261205033000';

/** Every migration of this subgraph, oldest first (listed so no file globbing is needed). */
export const migrations = [
  { name: 'Migration20261129081531', class: Migration20261129081531 },
  { name: 'Migration20261129084307', class: Migration20261129084307 },
  { name: 'Migration20261129084825', class: Migration20261129084825 },
  { name: 'Migration20261129085210', class: Migration20261129085210 },
  { name: 'Migration20261129093802', class: Migration20261129093802 },
  { name: 'Migration20261204184755', class: Migration20261204184755 },
  { name: 'Migration20261204184801', class: Migration20261204184801 },
  { name: 'Migration20261204191554', class: Migration20261204191554 },
  { name: 'Migration20261205033000', class: Migration20261205033000 },
];
