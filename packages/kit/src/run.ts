import type { MikroORM } from '@mikro-orm/postgresql';
import type { Clock } from './calendar';
import { type EventHandlers, type SubgraphQueue, startEvents } from './events';
import { migrate } from './orm';
import type { SubgraphServer } from './server';

export interface SubgraphProcess {
  name: SubgraphQueue;
  port: number;
  host: string;
  databaseUrl: string | undefined;
  busUrl: string | undefined;
  gatewaySecret: string;
  /** Where "now" comes from (the system clock, or CLOCK_AT in a demonstration). */
  clock: Clock;
  /** Domain events this subgraph consumes. */
  handlers?: EventHandlers;
  openOrm(url: string): Promise<MikroORM>;
  createServer(deps: { orm: MikroORM; gatewaySecret: string; clock: Clock }): Promise<SubgraphServer>;
}

/**
 * Main of a subgraph process (a container, or a child of `npm start`): migrate, listen, and stop
 * cleanly on SIGINT/SIGTERM or when the parent process goes away.
 */
export async function runSubgraph(options: SubgraphProcess): Promise<void> {
  if (!options.databaseUrl)
    throw new Error(`${options.name}: set ${options.name.toUpperCase()}_DATABASE_URL or DATABASE_URL`);
  const orm = await options.openOrm(options.databaseUrl);
  await migrate(orm);
  const server = await options.createServer({
    orm,
    gatewaySecret: options.gatewaySecret,
    clock: options.clock,
  });
  const events = await startEvents({
    orm,
    busUrl: options.busUrl ?? options.databaseUrl,
    subgraph: options.name,
    handlers: options.handlers,
    clock: options.clock,
  });
  const { url } = await server.listen(options.port, options.host);
  console.log(`${options.name} subgraph ready at ${url}`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.stop();
    await events.stop();
    await orm.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  // Started by `npm start` with an IPC channel: exit with the parent, never linger.
  if (process.send) process.once('disconnect', stop);
}
