/** The only place the accompaniment subgraph reads its environment. */
export interface AccompanimentConfig {
  port: number;
  /** Interface to listen on: 0.0.0.0 in containers, 127.0.0.1 under `npm start`. */
  host: string;
  databaseUrl: string | undefined;
  gatewaySecret: string;
}

export const DEV_GATEWAY_SECRET = 'dev-gateway-secret';

export function readConfig(env: NodeJS.ProcessEnv = process.env): AccompanimentConfig {
  const port = Number(env.ACCOMPANIMENT_PORT ?? 4003);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`ACCOMPANIMENT_PORT is not a port: ${env.ACCOMPANIMENT_PORT}`);
  if (env.NODE_ENV === 'production' && !env.GATEWAY_SECRET)
    throw new Error('GATEWAY_SECRET is required in production');
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.ACCOMPANIMENT_DATABASE_URL ?? env.DATABASE_URL,
    gatewaySecret: env.GATEWAY_SECRET ?? DEV_GATEWAY_SECRET,
  };
}
