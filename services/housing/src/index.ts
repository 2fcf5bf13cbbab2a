import 'reflect-metadata';
import { runSubgraph } from '@ash/kit';
import { readConfig } from './config';
import { eventHandlers } from './events';
import { openOrm } from './orm';
import { createServer } from './server';

export { eventHandlers } from './events';
export { dwellingSearchStatement } from './modules/search/dwelling-search.service';
export { entities, openOrm, REFERENCE_TABLES, SCHEMA } from './orm';
export { HOUSING_POLICY } from './policy';
export { buildSchema } from './schema';
export { seedHousing } from './seed';
export { createServer } from './server';

if (require.main === module) {
  runSubgraph({ name: 'housing', ...readConfig(), openOrm, createServer, handlers: eventHandlers }).catch(
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
