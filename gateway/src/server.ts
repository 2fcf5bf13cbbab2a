import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { refuseMalformedRequests } from '@ash/kit';
import express from 'express';
import { type ActorVerifier, createVerifier } from './auth';
import { reportDroppedData } from './completion';
import type { GatewayConfig, SubgraphName } from './config';
import { closeAgents, type GatewayContext, SubgraphDataSource } from './datasource';
import { devAuth } from './dev-auth';
import { formatGatewayError } from './errors';
import { actorOf, bodyErrors, identifyCaller, rateLimit } from './http';
import { indicatorsExport } from './indicators';
import { queryLimits } from './limits';
import { createLogger, errorLogPlugin, type Logger, traceOf, traceRequests } from './log';
import { annualReportExport } from './report';

export interface Gateway {
  app: express.Express;
  listen(port: number, host?: string): Promise<{ server: Server; url: string }>;
  stop(): Promise<void>;
}

/**
 * The gateway, built but not listening: serves the committed supergraph. Hostile requests are
 * refused before any subgraph is called: rate limit and body size (HTTP layer), then token, depth,
 * alias, root field, directive, `first` and cost limits (Apollo).
 */
export async function createGateway(
  config: GatewayConfig,
  verify: ActorVerifier = createVerifier(config.auth),
  logger: Logger = createLogger(),
): Promise<Gateway> {
  const supergraphSdl = readFileSync(config.supergraphPath, 'utf8');
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) =>
      new SubgraphDataSource(
        name,
        config.subgraphUrls[name as SubgraphName] ?? (url as string),
        config.gatewaySecret,
      ),
  });
  const limits = queryLimits(config.limits);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    formatError: formatGatewayError(config.production),
    introspection: !config.production,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    parseOptions: limits.parseOptions,
    validationRules: limits.validationRules,
    plugins: [
      refuseMalformedRequests(),
      limits.plugin,
      reportDroppedData(),
      errorLogPlugin(logger),
      ...(config.production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.use(traceRequests(logger));
  // Cheap: the subgraphs are asked at most once every `healthCacheMs`, whatever the callers, who are
  // rate limited like any other.
  const health = cachedHealth(subgraphHealthUrls(supergraphSdl, config), config.healthCacheMs);
  app.get('/health', identifyCaller(verify), rateLimit(config.rateLimit), async (_req, res) => {
    const { ok, subgraphs } = await health();
    res.status(ok ? 200 : 503).json({ status: ok ? 'ok' : 'degraded', subgraphs });
  });
  app.use(
    '/graphql',
    identifyCaller(verify),
    rateLimit(config.rateLimit),
    express.json({ limit: config.bodyLimit }),
    expressMiddleware(apollo, {
      context: async ({ res }) => ({
        actor: actorOf(res),
        requestId: traceOf(res).requestId,
        trace: traceOf(res),
      }),
    }),
    bodyErrors(config.bodyLimit),
  );
  // Indicators as files (same token, limits and policy as /graphql): one rate limit for both formats.
  const exportLimit = rateLimit(config.rateLimit);
  for (const format of ['csv', 'xlsx'] as const) {
    app.get(
      `/indicators.${format}`,
      identifyCaller(verify),
      exportLimit,
      indicatorsExport(apollo, format),
      bodyErrors(config.bodyLimit),
    );
  }
  for (const format of ['json', 'csv', 'xlsx'] as const) {
    app.get(
      `/report.${format}`,
      identifyCaller(verify),
      exportLimit,
      annualReportExport(apollo, format),
      bodyErrors(config.bodyLimit),
    );
  }

  // Development sign-in (demo users, HS256 tokens): mounts nothing in production or with a JWKS.
  app.use('/auth/dev', devAuth(config, verify));

  let httpServer: Server | undefined;
  return {
    app,
    listen(port, host = '127.0.0.1') {
      return new Promise((resolve, reject) => {
        const server = app.listen(port, host, (error?: Error) => {
          if (error) return reject(error);
          httpServer = server;
          resolve({
            server,
            url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${(server.address() as AddressInfo).port}/graphql`,
          });
        });
      });
    },
    async stop() {
      await apollo.stop();
      closeAgents();
      if (httpServer) {
        httpServer.closeAllConnections();
        await new Promise<void>((resolve) => httpServer?.close(() => resolve()));
      }
    },
  };
}

/** The subgraphs' health, asked once and shared by every caller for `ttlMs`. */
function cachedHealth(urls: Record<string, string>, ttlMs: number) {
  let last: { at: number; answer: Promise<{ ok: boolean; subgraphs: Record<string, string> }> } | undefined;
  const ask = async () => {
    const checks = await Promise.all(
      Object.entries(urls).map(async ([name, url]) => {
        try {
          const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
          return [name, response.ok ? 'ok' : 'unavailable'] as const;
        } catch {
          return [name, 'unavailable'] as const;
        }
      }),
    );
    return { ok: checks.every(([, status]) => status === 'ok'), subgraphs: Object.fromEntries(checks) };
  };
  return () => {
    const now = performance.now();
    if (!last || now - last.at >= ttlMs) last = { at: now, answer: ask() };
    return last.answer;
  };
}

/** `/health` of each subgraph, from the supergraph's join__Graph URLs or their overrides. */
function subgraphHealthUrls(supergraphSdl: string, config: GatewayConfig): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const match of supergraphSdl.matchAll(/join__graph\(name: "(\w+)", url: "([^"]+)"\)/g)) {
    const [, name, url] = match;
    urls[name] = (config.subgraphUrls[name as SubgraphName] ?? url).replace(/\/graphql$/, '/health');
  }
  return urls;
}
