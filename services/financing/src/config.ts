/** The only place the financing subgraph reads its environment. */
export interface FinancingConfig {
  port: number;
  /** Interface to listen on: 0.0.0.0 in containers, 127.0.0.1 under `npm start`. */
  host: string;
  databaseUrl: string | undefined;
  gatewaySecret: string;
}

export const DEV_GATEWAY_SECRET = 'dev-gateway-secret';

export function readConfig(env: NodeJS.ProcessEnv = process.env): FinancingConfig {
  const port = Number(env.FINANCING_PORT ?? 4004);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`FINANCING_PORT is not a port: ${env.FINANCING_PORT}`);
  if (env.NODE_ENV === 'production' && !env.GATEWAY_SECRET)
    throw new Error('GATEWAY_SECRET is required in production');
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.FINANCING_DATABASE_URL ?? env.DATABASE_URL,
    gatewaySecret: env.GATEWAY_SECRET ?? DEV_GATEWAY_SECRET,
  };
}
