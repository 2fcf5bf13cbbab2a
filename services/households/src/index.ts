import 'reflect-metadata';
import { runSubgraph } from '@ash/kit';
import { readConfig } from './config';
import { openOrm } from './orm';
import { createServer } from './server';

export { entities, openOrm, SCHEMA } from './orm';
export { buildSchema } from './schema';
export { seedHouseholds } from './seed';
export { createServer } from './server';

if (require.main === module) {
  runSubgraph({ name: 'households', ...readConfig(), openOrm, createServer }).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
