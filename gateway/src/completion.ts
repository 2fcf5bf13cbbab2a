import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '@ash/kit';
import type { GraphQLFormattedError } from 'graphql';

/**
 * When the gateway cannot complete a value (a null where the schema promises one), it drops data and
 * says so only in `extensions.valueCompletion`, with no `errors`: clients would see data vanish
 * silently. Each such failure becomes an error at its path (the schema broke its promise: an internal
 * error, which the log line records with its path).
 */
export function reportDroppedData<C extends object>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          const dropped = result.extensions?.valueCompletion as
            | readonly { message: string; path?: readonly (string | number)[] }[]
            | undefined;
          if (!dropped?.length) return;
          const { valueCompletion: _dropped, ...extensions } = result.extensions ?? {};
          result.extensions = Object.keys(extensions).length ? extensions : undefined;
          const errors: GraphQLFormattedError[] = dropped.map((error) => ({
            message: error.message,
            path: error.path,
            extensions: { code: ErrorCode.Internal, reason: 'VALUE_COMPLETION' },
          }));
          result.errors = [...(result.errors ?? []), ...errors];
        },
      };
    },
  };
}
