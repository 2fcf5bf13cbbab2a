import 'reflect-metadata';
import { migrate } from '@ash/kit';
import { readConfig } from './config';
import { openOrm } from './orm';
import { createServer } from './server';

export { entities, openOrm, SCHEMA } from './orm';
export { buildSchema } from './schema';
export { seedHouseholds } from './seed';
export { createServer } from './server';

/** Runs the households subgraph on its own (containers); `npm start` uses createServer directly. */
async function main() {
  const config = readConfig();
  if (!config.databaseUrl) throw new Error('HOUSEHOLDS_DATABASE_URL or DATABASE_URL is required');
  const orm = await openOrm(config.databaseUrl);
  await migrate(orm);
  const server = await createServer({ orm, gatewaySecret: config.gatewaySecret });
  const { url } = await server.listen(config.port, '0.0.0.0');
  console.log(`households subgraph ready at ${url}`);
  const stop = async () => {
    await server.stop();
    await orm.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
