import { Migration20261129083008 } from './Migration20261129083008';
import { Migration20261129084235 } from './Migration20261129084235';
import { Migration20261129093410 } from './Migration20261129093410';
import { Migration20261129100302 } from './Migration20261129100302';
import { Migration20261129101532 } from './Migration20261129101532';
import { Migration20261129102452 } from './Migration20261129102452';
import { Migration20261204184752 } from './Migration20261204184752';
import { Migration20261204184931 } from './Migration20261204184931';
import { Migration20261204191549 } from './Migration20261204191549';
import { Migration20261204213520 } from './Migration20261204213520';
import { Migration20261204230325 } from './Migration20261204230325';
import { Migration20261205001951 } from './Migration20261205001951';
import { Migration20261205032622 } from './Migration20261205032622';

/** Every migration of this subgraph, oldest first (listed so no file globbing is needed). */
export const migrations = [
  { name: 'Migration20261129083008', class: Migration20261129083008 },
  { name: 'Migration20261129084235', class: Migration20261129084235 },
  { name: 'Migration20261129093410', class: Migration20261129093410 },
  { name: 'Migration20261129100302', class: Migration20261129100302 },
  { name: 'Migration20261129101532', class: Migration20261129101532 },
  { name: 'Migration20261129102452', class: Migration20261129102452 },
  { name: 'Migration20261204184752', class: Migration20261204184752 },
  { name: 'Migration20261204184931', class: Migration20261204184931 },
  { name: 'Migration20261204191549', class: Migration20261204191549 },
  { name: 'Migration20261204213520', class: Migration20261204213520 },
  { name: 'Migration20261204230325', class: Migration20261204230325 },
  { name: 'Migration20261205001951', class: Migration20261205001951 },
  { name: 'Migration20261205032622', class: Migration20261205032622 },
];
