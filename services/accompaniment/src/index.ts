import 'reflect-metadata';
import { runSubgraph } from '@ash/kit';
import { readConfig } from './config';
import { eventHandlers } from './events';
import { openOrm } from './orm';
import { createServer } from './server';

export { eventHandlers } from './events';
export { entities, openOrm, SCHEMA } from './orm';
export { ACCOMPANIMENT_POLICY } from './policy';
export { buildSchema } from './schema';
export { seedAccompaniment } from './seed';
export { createServer } from './server';

if (require.main === module) {
  runSubgraph({
    name: 'accompaniment',
    ...readConfig(),
    openOrm,
    createServer,
    handlers: eventHandlers,
  }).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
