import { Migration20261129082418 } from './Migration20261129082418';
import { Migration20261129084233 } from './Migration20261129084233';
import { Migration20261129085408 } from './Migration20261129085408';
import { Migration20261129091418 } from './Migration20261129091418';
import { Migration20261129093513 } from './Migration20261129093513';
import { Migration20261129093633 } from './Migration20261129093633';
import { Migration20261129095039 } from './Migration20261129095039';
import { Migration20261204164045 } from './Migration20261204164045';
import { Migration20261204184750 } from './Migration20261204184750';
import { Migration20261204184800 } from './Migration20261204184800';
import { Migration20261204191412 } from './Migration20261204191412';
import { Migration20261204191548 } from './Migration20261204191548';
import { Migration20261205033000 } from './Migration20261205033000';

/** Every migration of this subgraph, oldest first (listed so no file globbing is needed). */
export const migrations = [
  { name: 'Migration20261129082418', class: Migration20261129082418 },
  { name: 'Migration20261129084233', class: Migration20261129084233 },
  { name: 'Migration20261129085408', class: Migration20261129085408 },
  { name: 'Migration20261129091418', class: Migration20261129091418 },
  { name: 'Migration20261129093513', class: Migration20261129093513 },
  { name: 'Migration20261129093633', class: Migration20261129093633 },
  { name: 'Migration20261129095039', class: Migration20261129095039 },
  { name: 'Migration20261204164045', class: Migration20261204164045 },
  { name: 'Migration20261204184750', class: Migration20261204184750 },
  { name: 'Migration20261204184800', class: Migration20261204184800 },
  { name: 'Migration20261204191412', class: Migration20261204191412 },
  { name: 'Migration20261204191548', class: Migration20261204191548 },
  { name: 'Migration20261205033000', class: Migration20261205033000 },
];
