import path from 'node:path';
import { DEV_GATEWAY_SECRET } from '@ash/kit';

export const SUBGRAPHS = ['housing', 'households', 'accompaniment', 'financing'] as const;
export type SubgraphName = (typeof SUBGRAPHS)[number];

/** Signing key of development tokens; never accepted in production. */
export const DEV_JWT_SECRET = 'ash-development-signing-key-not-for-production';
export const DEV_ISSUER = 'ash-dev';
export const DEV_AUDIENCE = 'ash';

export interface GatewayConfig {
  port: number;
  production: boolean;
  gatewaySecret: string;
  supergraphPath: string;
  /** Per subgraph, a URL that replaces the one in the supergraph (containers, tests). */
  subgraphUrls: Partial<Record<SubgraphName, string>>;
  auth: {
    /** HS256 shared key (development default), used when no JWKS URL is set. */
    jwtSecret?: string;
    /** JWKS of a real identity provider (RS256/ES256 tokens). */
    jwksUrl?: string;
    issuer?: string;
    audience?: string;
  };
}

function port(value: string | undefined, fallback: number, name: string): number {
  const parsed = Number(value ?? fallback);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 65535)
    throw new Error(`${name} is not a port: ${value}`);
  return parsed;
}

/** The only place the gateway reads its environment; fails fast on an unsafe production setup. */
export function readConfig(rawEnv: NodeJS.ProcessEnv = process.env): GatewayConfig {
  // An empty variable (e.g. `AUTH_JWKS_URL=` in a compose file) counts as unset.
  const env = Object.fromEntries(
    Object.entries(rawEnv).filter(([, value]) => value !== ''),
  ) as NodeJS.ProcessEnv;
  const production = env.NODE_ENV === 'production';
  if (production && !env.GATEWAY_SECRET) throw new Error('GATEWAY_SECRET is required in production');
  if (production && !env.AUTH_JWKS_URL && !env.AUTH_JWT_SECRET) {
    throw new Error('AUTH_JWKS_URL (or AUTH_JWT_SECRET) is required in production');
  }
  if (env.AUTH_JWKS_URL && env.AUTH_JWT_SECRET)
    throw new Error('Set AUTH_JWKS_URL or AUTH_JWT_SECRET, not both');
  const subgraphUrls: GatewayConfig['subgraphUrls'] = {};
  for (const name of SUBGRAPHS) {
    const url = env[`${name.toUpperCase()}_URL`];
    if (url) subgraphUrls[name] = url;
  }
  return {
    port: port(env.GATEWAY_PORT, 4000, 'GATEWAY_PORT'),
    production,
    gatewaySecret: env.GATEWAY_SECRET ?? DEV_GATEWAY_SECRET,
    supergraphPath:
      env.SUPERGRAPH_PATH ?? path.resolve(__dirname, '..', '..', 'schema', 'supergraph.graphql'),
    subgraphUrls,
    auth: {
      jwtSecret: env.AUTH_JWKS_URL ? undefined : (env.AUTH_JWT_SECRET ?? DEV_JWT_SECRET),
      jwksUrl: env.AUTH_JWKS_URL,
      issuer: env.AUTH_ISSUER ?? (env.AUTH_JWKS_URL ? undefined : DEV_ISSUER),
      audience: env.AUTH_AUDIENCE ?? (env.AUTH_JWKS_URL ? undefined : DEV_AUDIENCE),
    },
  };
}
