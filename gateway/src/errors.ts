import { ApolloServerErrorCode, ApolloServerValidationErrorCode } from '@apollo/server/errors';
import { BadUserInputError, ErrorCode, formatError } from '@ash/kit';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/** Codes the gateway adds to the shared ones; answered by its HTTP layer before Apollo runs. */
export enum GatewayErrorCode {
  PayloadTooLarge = 'PAYLOAD_TOO_LARGE',
  RateLimited = 'RATE_LIMITED',
}

/** Why a query was refused before any subgraph was called, in `extensions.reason` of a `BAD_USER_INPUT`. */
export enum LimitReason {
  MaxDepth = 'MAX_DEPTH',
  MaxAliases = 'MAX_ALIASES',
  MaxRootFields = 'MAX_ROOT_FIELDS',
  MaxDirectives = 'MAX_DIRECTIVES',
  MaxTokens = 'MAX_TOKENS',
  MaxFirst = 'MAX_FIRST',
  MaxCost = 'MAX_COST',
  IntrospectionDisabled = 'INTROSPECTION_DISABLED',
}

/** A query over one of the gateway's limits: HTTP 400, `BAD_USER_INPUT` with a `reason`. */
export class QueryLimitError extends BadUserInputError {
  constructor(
    readonly reason: LimitReason,
    message: string,
  ) {
    super(message, { reason, http: { status: 400 } });
  }
}

/** The JSON body of an error answered outside Apollo, shaped like a GraphQL response. */
export function errorBody(code: string, message: string, extensions: Record<string, unknown> = {}) {
  return { errors: [{ message, extensions: { code, ...extensions } }] };
}

// graphql-js's message when `parseOptions.maxTokens` is exceeded ("more that" in 16.x).
const TOO_MANY_TOKENS = /^Syntax Error: Document contains more tha[nt] (\d+) tokens/;
// "Did you mean …?" reveals field, type and enum names: hidden in production.
const SUGGESTION = / ?Did you mean .+?\?/g;

/**
 * The gateway's `formatError`: keeps the reason of its own refusals (which Apollo wraps as
 * validation or parse failures), then defers to the shared `formatError` (coded, masked).
 */
export function formatGatewayError(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const result = ownRefusal(formatted, error) ?? formatError(formatted, error);
    return production ? { ...result, message: result.message.replace(SUGGESTION, '') } : result;
  };
}

function ownRefusal(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError | undefined {
  const original = error instanceof GraphQLError ? error.originalError : undefined;
  const limit = [error, original].find((e): e is QueryLimitError => e instanceof QueryLimitError);
  const refusal = (reason: LimitReason, message: string, extensions: Record<string, unknown> = {}) => ({
    message,
    locations: formatted.locations,
    extensions: { ...extensions, code: ErrorCode.BadUserInput, reason },
  });
  if (limit) {
    const { stacktrace: _s, code: _c, ...extensions } = formatted.extensions ?? {};
    return refusal(limit.reason, limit.message, extensions);
  }
  if (formatted.extensions?.validationErrorCode === ApolloServerValidationErrorCode.INTROSPECTION_DISABLED) {
    return refusal(LimitReason.IntrospectionDisabled, 'Introspection is disabled.');
  }
  const tokens = TOO_MANY_TOKENS.exec(formatted.message);
  if (tokens && formatted.extensions?.code === ApolloServerErrorCode.GRAPHQL_PARSE_FAILED) {
    return refusal(LimitReason.MaxTokens, `Token limit of ${tokens[1]} exceeded.`);
  }
  return undefined;
}
