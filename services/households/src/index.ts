import 'reflect-metadata';
import { runSubgraph } from '@ash/kit';
import { readConfig } from './config';
import { eventHandlers } from './events';
import { openOrm } from './orm';
import { createServer } from './server';

export { eventHandlers } from './events';
export { entities, openOrm, SCHEMA } from './orm';
export { HOUSEHOLDS_POLICY } from './policy';
export { buildSchema } from './schema';
export { seedHouseholds } from './seed';
export { createServer } from './server';

if (require.main === module) {
  const config = readConfig();
  runSubgraph({
    name: 'households',
    ...config,
    openOrm,
    createServer: (deps) => createServer({ ...deps, stalledAfterDays: config.stalledAfterDays }),
    handlers: eventHandlers,
  }).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
