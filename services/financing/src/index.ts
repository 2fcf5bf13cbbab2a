import 'reflect-metadata';
import { runSubgraph } from '@ash/kit';
import { readConfig } from './config';
import { openOrm } from './orm';
import { createServer } from './server';

export { entities, openOrm, SCHEMA } from './orm';
export { FINANCING_POLICY } from './policy';
export { buildSchema } from './schema';
export { seedFinancing } from './seed';
export { createServer } from './server';

if (require.main === module) {
  runSubgraph({ name: 'financing', ...readConfig(), openOrm, createServer }).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
