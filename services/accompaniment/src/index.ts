import 'reflect-metadata';
import { runSubgraph } from '@ash/kit';
import { readConfig } from './config';
import { eventHandlersFor } from './events';
import { openOrm } from './orm';
import { createServer } from './server';

export { eventHandlers, eventHandlersFor } from './events';
export { entities, openOrm, SCHEMA } from './orm';
export { ACCOMPANIMENT_POLICY } from './policy';
export { buildSchema } from './schema';
export { seedAccompaniment } from './seed';
export { createServer } from './server';

if (require.main === module) {
  const config = readConfig();
  runSubgraph({
    name: 'accompaniment',
    ...config,
    openOrm,
    createServer: (deps) => createServer({ ...deps, triageDays: config.triageDays }),
    handlers: eventHandlersFor(config),
  }).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
