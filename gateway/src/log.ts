import { randomUUID } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler, Response } from 'express';
import pino, { type Logger } from 'pino';
import type { GatewayContext } from './datasource';

export type { Logger };

/** The gateway's structured log: one JSON object a line (pino), on standard output. */
export function createLogger(): Logger {
  return pino({ base: { service: 'gateway' }, timestamp: pino.stdTimeFunctions.isoTime });
}

/** What is known of a request from its first byte: its ids, and whether its failure was logged. */
export interface RequestTrace {
  /** Made here, whatever the client sends; the subgraphs record it in the audit trail. */
  requestId: string;
  /** A client's own `x-request-id`, kept apart (and only if it looks like an id). */
  correlationId?: string;
  /** The code of a refusal answered outside GraphQL (rate limit, body), for the log line. */
  errorCode?: string;
  logged: boolean;
}

const CORRELATION_ID = /^[A-Za-z0-9._:-]{1,64}$/;

export function traceOf(res: Response): RequestTrace {
  return res.locals.trace as RequestTrace;
}

/** Notes the code of a refusal answered outside GraphQL, for the request's log line. */
export function noteErrorCode(res: Response, code: string): void {
  const trace = res.locals.trace as RequestTrace | undefined;
  if (trace) trace.errorCode = code;
}

/**
 * Gives each request its id (answered in `x-request-id`) and logs, once it is answered, any request
 * that ended in an HTTP error the GraphQL layer did not log itself (rate limit, body too large,
 * unauthenticated…): status, code, path, ids.
 */
export function traceRequests(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const client = req.header('x-request-id');
    const trace: RequestTrace = {
      requestId: randomUUID(),
      correlationId: client && CORRELATION_ID.test(client) ? client : undefined,
      logged: false,
    };
    res.locals.trace = trace;
    res.setHeader('x-request-id', trace.requestId);
    res.on('finish', () => {
      if (res.statusCode < 400 || trace.logged) return;
      logger.warn(
        {
          requestId: trace.requestId,
          correlationId: trace.correlationId,
          status: res.statusCode,
          code: trace.errorCode,
          path: req.path,
        },
        'request failed',
      );
    });
    next();
  };
}

/**
 * One line for each GraphQL request that ends with errors: the ids, the operation's type and name,
 * and for each error its code, the subgraph it came from and its path. Never a message, a variable
 * or a value: they may carry personal data.
 */
export function errorLogPlugin(logger: Logger): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response, operation, operationName }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors;
          const trace = contextValue.trace;
          if (!errors?.length || !trace) return;
          trace.logged = true;
          logger.warn(
            {
              requestId: trace.requestId,
              correlationId: trace.correlationId,
              status: response.http.status ?? 200,
              operation: operation?.operation,
              operationName: operationName ?? undefined,
              errors: errors.map((error) => ({
                code: error.extensions?.code,
                subgraph: error.extensions?.serviceName ?? error.extensions?.subgraph,
                path: error.path?.join('.'),
              })),
            },
            'request failed',
          );
        },
      };
    },
  };
}
