import path from 'node:path';
import { DEV_GATEWAY_SECRET } from '@ash/kit';

export const SUBGRAPHS = ['housing', 'households', 'accompaniment', 'financing'] as const;
export type SubgraphName = (typeof SUBGRAPHS)[number];

/** Signing key of development tokens; never accepted in production. */
export const DEV_JWT_SECRET = 'ash-development-signing-key-not-for-production';
export const DEV_ISSUER = 'ash-dev';
export const DEV_AUDIENCE = 'ash';

/** What the gateway refuses before planning a query; see README "Limits at the gateway". */
export interface QueryLimits {
  /** Nesting of fields (fragments do not add a level). */
  maxDepth: number;
  maxAliases: number;
  /** Fields at the root of an operation, aliases included. */
  maxRootFields: number;
  maxDirectives: number;
  /** Lexical tokens of the document, checked while parsing. */
  maxTokens: number;
  /** Largest `first` argument anywhere in the operation. */
  maxFirst: number;
  /** Estimated cost: each field costs 1, times the list sizes above it. */
  maxCost: number;
  /** Size assumed for a list without a `first` argument (or whose `first` is not given). */
  defaultListSize: number;
}

export const QUERY_LIMITS: QueryLimits = {
  maxDepth: 12,
  maxAliases: 30,
  maxRootFields: 10,
  maxDirectives: 20,
  maxTokens: 5_000,
  maxFirst: 100,
  maxCost: 50_000,
  defaultListSize: 20,
};

/** Largest JSON body accepted on /graphql (express.json syntax). */
export const BODY_LIMIT = '100kb';

export interface GatewayConfig {
  port: number;
  /** Interface to listen on (HOST): 127.0.0.1 unless set (0.0.0.0 in a container). */
  host: string;
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
    /**
     * The oldest a token may be, and the longest it may last, in seconds (AUTH_MAX_TOKEN_AGE,
     * 12 h by default): an older token, or one issued for longer, is refused.
     */
    maxTokenAgeSeconds: number;
  };
  limits: QueryLimits;
  bodyLimit: string;
  /** How long a /health answer is reused for every caller. */
  healthCacheMs: number;
  /** Per caller (token subject, or IP without a valid token), in memory. */
  rateLimit: {
    perSecond: number;
    /** Extra requests a caller may make above `perSecond`, spread over each 10 seconds. */
    burst: number;
  };
}

function integerAtLeast(value: string | undefined, fallback: number, name: string, min: number): number {
  const parsed = Number(value ?? fallback);
  if (!Number.isInteger(parsed) || parsed < min)
    throw new Error(`${name} is not an integer ≥ ${min}: ${value}`);
  return parsed;
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
  // Production tokens come from an identity provider: check who issued them and for whom.
  if (production && (!env.AUTH_ISSUER || !env.AUTH_AUDIENCE)) {
    throw new Error('AUTH_ISSUER and AUTH_AUDIENCE are required in production');
  }
  if (production && env.AUTH_JWT_SECRET === DEV_JWT_SECRET) {
    throw new Error('AUTH_JWT_SECRET must not be the development key in production');
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
    host: env.HOST ?? '127.0.0.1',
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
      maxTokenAgeSeconds: integerAtLeast(env.AUTH_MAX_TOKEN_AGE, 12 * 3600, 'AUTH_MAX_TOKEN_AGE', 60),
    },
    limits: QUERY_LIMITS,
    bodyLimit: BODY_LIMIT,
    healthCacheMs: 2000,
    rateLimit: {
      perSecond: integerAtLeast(env.GATEWAY_RATE_LIMIT_PER_SECOND, 50, 'GATEWAY_RATE_LIMIT_PER_SECOND', 1),
      burst: integerAtLeast(env.GATEWAY_RATE_LIMIT_BURST, 50, 'GATEWAY_RATE_LIMIT_BURST', 0),
    },
  };
}
