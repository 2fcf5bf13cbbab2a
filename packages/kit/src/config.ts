import { type Clock, readClock } from './calendar';

/** What every subgraph process reads from its environment. */
export interface SubgraphConfig {
  port: number;
  /** Interface to listen on: 127.0.0.1 unless HOST says otherwise (0.0.0.0 in containers). */
  host: string;
  databaseUrl: string | undefined;
  /** Database of the event queues (pg-boss): BUS_DATABASE_URL, else DATABASE_URL, else the subgraph's. */
  busUrl: string | undefined;
  gatewaySecret: string;
  /** The system clock, or `CLOCK_AT` for a demonstration (refused in production). */
  clock: Clock;
}

/** Development default; production refuses to start without GATEWAY_SECRET. */
export const DEV_GATEWAY_SECRET = 'dev-gateway-secret';

/**
 * Reads `<PREFIX>_PORT`, `HOST`, `<PREFIX>_DATABASE_URL` (else `DATABASE_URL`), `BUS_DATABASE_URL`
 * `GATEWAY_SECRET` and `CLOCK_AT`, failing fast on a bad port or an unsafe production setup.
 */
export function readSubgraphConfig(
  prefix: string,
  defaultPort: number,
  rawEnv: NodeJS.ProcessEnv,
): SubgraphConfig {
  const env = Object.fromEntries(
    Object.entries(rawEnv).filter(([, value]) => value !== ''),
  ) as NodeJS.ProcessEnv;
  const port = Number(env[`${prefix}_PORT`] ?? defaultPort);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`${prefix}_PORT is not a port: ${env[`${prefix}_PORT`]}`);
  }
  if (env.NODE_ENV === 'production' && !env.GATEWAY_SECRET)
    throw new Error('GATEWAY_SECRET is required in production');
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    databaseUrl: env[`${prefix}_DATABASE_URL`] ?? env.DATABASE_URL,
    busUrl: env.BUS_DATABASE_URL ?? env.DATABASE_URL ?? env[`${prefix}_DATABASE_URL`],
    gatewaySecret: env.GATEWAY_SECRET ?? DEV_GATEWAY_SECRET,
    clock: readClock(env),
  };
}
