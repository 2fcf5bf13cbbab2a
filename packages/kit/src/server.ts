import { randomUUID, timingSafeEqual } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type BaseContext } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { EntityManager, MikroORM } from '@mikro-orm/core';
import express, { type Request, type Response } from 'express';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import { ACTOR_HEADER, type Actor, decodeActor, GATEWAY_SECRET_HEADER, REQUEST_ID_HEADER } from './actor';
import { auditReadsPlugin, requestScope } from './audit';
import { Calendar, type Clock, systemClock } from './calendar';
import { ErrorCode, formatError } from './errors';
import { OutboxEvent } from './events';
import { refuseMalformedRequests } from './input';

/** What every subgraph request carries; subgraphs add their loaders. */
export interface RequestContext extends BaseContext {
  actor: Actor;
  em: EntityManager;
  requestId: string;
  /** "Today" and "now" for this request, from the server's clock. */
  calendar: Calendar;
}

export interface SubgraphServerOptions<C extends RequestContext> {
  name: string;
  schema: GraphQLSchema;
  orm: MikroORM;
  gatewaySecret: string;
  /** Where "now" comes from: the system clock unless a test or a demonstration sets another. */
  clock?: Clock;
  /** Adds request-scoped loaders and services to the base context. */
  extendContext: (base: RequestContext) => C;
  introspection?: boolean;
}

export interface SubgraphServer {
  app: express.Express;
  apollo: ApolloServer<RequestContext>;
  /**
   * Runs an operation in-process as `actor`, with a context built exactly as for HTTP requests
   * (tests, scripts). The HTTP path adds the gateway-secret check in front.
   */
  execute(
    actor: Actor,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<{ data?: Record<string, unknown> | null; errors?: readonly GraphQLFormattedError[] }>;
  listen(port: number, host?: string): Promise<{ server: Server; url: string }>;
  stop(): Promise<void>;
}

function sameSecret(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function refuse(res: Response, status: number, code: ErrorCode, message: string) {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/**
 * Builds a subgraph's HTTP app without listening, so tests can start it on any port.
 * Only the gateway (holder of the shared secret) may call `/graphql`; it forwards the actor.
 */
export async function createSubgraphServer<C extends RequestContext>(
  options: SubgraphServerOptions<C>,
): Promise<SubgraphServer> {
  const app = express();
  app.disable('x-powered-by');
  const calendar = new Calendar(options.clock ?? systemClock);
  let httpServer: Server | undefined;
  const apollo = new ApolloServer<RequestContext>({
    schema: options.schema,
    formatError,
    introspection: options.introspection ?? true,
    includeStacktraceInErrorResponses: false,
    // No Apollo Studio here: skip per-field trace collection.
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      refuseMalformedRequests(),
      auditReadsPlugin(options.name, async (record) => {
        const event = Object.assign(new OutboxEvent(), {
          type: 'AuditRecorded',
          payload: record,
          actor: record.userId,
        });
        await options.orm.em.fork().insert(OutboxEvent, event);
      }),
    ],
  });
  await apollo.start();

  app.get('/health', async (_req, res) => {
    try {
      await options.orm.em.fork().getConnection().execute('select 1');
      res.json({ status: 'ok', subgraph: options.name });
    } catch {
      res.status(503).json({ status: 'unavailable', subgraph: options.name });
    }
  });

  app.use('/graphql', (req: Request, res: Response, next) => {
    if (!sameSecret(req.header(GATEWAY_SECRET_HEADER), options.gatewaySecret)) {
      refuse(res, 403, ErrorCode.Forbidden, 'This service only answers the gateway');
      return;
    }
    const actor = decodeActor(req.header(ACTOR_HEADER));
    if (!actor) {
      refuse(res, 401, ErrorCode.Unauthenticated, 'Authentication required');
      return;
    }
    res.locals.actor = actor;
    res.locals.requestId = req.header(REQUEST_ID_HEADER) ?? randomUUID();
    // Who is calling, for the rest of this request (audit of writes and sensitive reads).
    requestScope.run(
      { actor, requestId: res.locals.requestId, subgraph: options.name, reads: new Map() },
      next,
    );
  });

  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ res }) =>
        options.extendContext({
          actor: res.locals.actor as Actor,
          em: options.orm.em.fork(),
          requestId: res.locals.requestId as string,
          calendar,
        }),
    }),
  );

  return {
    app,
    apollo,
    async execute(actor, query, variables) {
      const requestId = randomUUID();
      const response = await requestScope.run(
        { actor, requestId, subgraph: options.name, reads: new Map() },
        () =>
          apollo.executeOperation(
            { query, variables },
            {
              contextValue: options.extendContext({ actor, em: options.orm.em.fork(), requestId, calendar }),
            },
          ),
      );
      if (response.body.kind !== 'single') throw new Error('Incremental delivery is not used here');
      const { data, errors } = response.body.singleResult;
      return { data: data as Record<string, unknown> | null | undefined, errors };
    },
    listen(port, host = '127.0.0.1') {
      return new Promise((resolve, reject) => {
        const server = app.listen(port, host, (error?: Error) => {
          if (error) return reject(error);
          httpServer = server;
          const address = server.address() as AddressInfo;
          resolve({ server, url: `http://${host}:${address.port}/graphql` });
        });
        server.keepAliveTimeout = 65_000;
      });
    },
    async stop() {
      await apollo.stop();
      if (httpServer) {
        httpServer.closeAllConnections();
        await new Promise<void>((resolve) => httpServer?.close(() => resolve()));
      }
    },
  };
}
