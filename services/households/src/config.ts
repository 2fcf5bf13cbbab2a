/** The only place the households subgraph reads its environment. */
export interface HouseholdsConfig {
  port: number;
  databaseUrl: string | undefined;
  gatewaySecret: string;
}

export const DEV_GATEWAY_SECRET = 'dev-gateway-secret';

export function readConfig(env: NodeJS.ProcessEnv = process.env): HouseholdsConfig {
  const port = Number(env.HOUSEHOLDS_PORT ?? 4002);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`HOUSEHOLDS_PORT is not a port: ${env.HOUSEHOLDS_PORT}`);
  if (env.NODE_ENV === 'production' && !env.GATEWAY_SECRET)
    throw new Error('GATEWAY_SECRET is required in production');
  return {
    port,
    databaseUrl: env.HOUSEHOLDS_DATABASE_URL ?? env.DATABASE_URL,
    gatewaySecret: env.GATEWAY_SECRET ?? DEV_GATEWAY_SECRET,
  };
}
