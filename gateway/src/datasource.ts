import http from 'node:http';
import https from 'node:https';
import { type GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import {
  ACTOR_HEADER,
  type Actor,
  ErrorCode,
  encodeActor,
  GATEWAY_SECRET_HEADER,
  REQUEST_ID_HEADER,
} from '@ash/kit';
import fetch, { type RequestInit } from 'node-fetch';

type SubgraphResponse = Awaited<ReturnType<RemoteGraphQLDataSource['process']>>;

export interface GatewayContext {
  actor: Actor;
  requestId: string;
}

// Keep-alive connections to the subgraphs: measured here, more requests per second at less CPU
// than the default fetcher, which opens a connection per subgraph call.
const httpAgent = new http.Agent({ keepAlive: true, maxSockets: 64 });
const httpsAgent = new https.Agent({ keepAlive: true, maxSockets: 64 });

const keepAliveFetch = ((url: string, init?: RequestInit) =>
  fetch(url, {
    ...init,
    agent: (parsed: URL) => (parsed.protocol === 'https:' ? httpsAgent : httpAgent),
  })) as never;

/** Calls one subgraph with the shared secret and the verified actor of the request. */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly name: string,
    url: string,
    private readonly secret: string,
  ) {
    super({ url, fetcher: keepAliveFetch });
  }

  /**
   * A subgraph that does not answer (refused, timed out, 5xx) becomes a coded error naming it,
   * and the other subgraphs' data still reaches the client: `SERVICE_UNAVAILABLE` with
   * `extensions.subgraph`, which the dashboard turns into "this part is unavailable".
   */
  override async process(
    options: GraphQLDataSourceProcessOptions<GatewayContext>,
  ): Promise<SubgraphResponse> {
    try {
      return await super.process(options);
    } catch {
      return {
        errors: [
          {
            message: `The ${this.name} subgraph is unavailable`,
            extensions: { code: ErrorCode.ServiceUnavailable, subgraph: this.name },
          },
        ],
      } as SubgraphResponse;
    }
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    request.http?.headers.set(GATEWAY_SECRET_HEADER, this.secret);
    if ('actor' in context && context.actor) {
      request.http?.headers.set(ACTOR_HEADER, encodeActor(context.actor));
      request.http?.headers.set(REQUEST_ID_HEADER, context.requestId);
    }
  }
}

export function closeAgents(): void {
  httpAgent.destroy();
  httpsAgent.destroy();
}
