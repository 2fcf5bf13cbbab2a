import type { ApolloServer } from '@apollo/server';
import { ErrorCode } from '@ash/kit';
import { type Options, stringify } from 'csv-stringify/sync';
import type { Response } from 'express';
import type { GatewayContext } from './datasource';
import { errorBody } from './errors';
import { actorOf } from './http';
import { traceOf } from './log';

/** The HTTP status of a refused export, by its GraphQL error code (anything else: 500). */
const STATUS: Record<string, number> = {
  [ErrorCode.BadUserInput]: 400,
  [ErrorCode.Unauthenticated]: 401,
  [ErrorCode.Forbidden]: 403,
  [ErrorCode.NotFound]: 404,
};

/**
 * Runs `query` for a file export through this gateway, as the caller of the request (same token,
 * limits, policy and errors as /graphql). Returns its data when it answered every `required` root
 * field without error; otherwise it has answered the refusal itself — 401 without a caller, else
 * the first error, coded, as JSON shaped like a GraphQL response — and returns undefined.
 */
export async function runExportQuery(
  apollo: ApolloServer<GatewayContext>,
  res: Response,
  query: string,
  variables: Record<string, unknown>,
  required: readonly string[],
): Promise<Record<string, unknown> | undefined> {
  let actor: ReturnType<typeof actorOf>;
  try {
    actor = actorOf(res);
  } catch {
    res.status(401).json(errorBody(ErrorCode.Unauthenticated, 'Authentication required'));
    return undefined;
  }
  const response = await apollo.executeOperation(
    { query, variables },
    { contextValue: { actor, requestId: traceOf(res).requestId, trace: traceOf(res) } },
  );
  const result = response.body.kind === 'single' ? response.body.singleResult : undefined;
  const error = result?.errors?.[0];
  if (!result?.data || required.some((field) => !result.data?.[field]) || error) {
    const code = (error?.extensions?.code as string | undefined) ?? ErrorCode.Internal;
    res
      .status(STATUS[code] ?? 500)
      .json({ errors: result?.errors ?? errorBody(code, 'Internal server error').errors });
    return undefined;
  }
  return result.data;
}

/** A refused query parameter: 400 BAD_USER_INPUT naming it. */
export function refuseParameter(res: Response, argument: string, message: string): void {
  res.status(400).json(errorBody(ErrorCode.BadUserInput, message, { argument }));
}

/** The content type of each file the gateway serves. */
export const FILE_TYPES = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** `Période du dd/mm/yyyy au dd/mm/yyyy`, as a file's heading says it. */
export function frenchPeriod(from: string, to: string): string {
  const frenchDate = (iso: string) => iso.split('-').reverse().join('/');
  return `Période du ${frenchDate(from)} au ${frenchDate(to)}`;
}

/** A number with a decimal comma; nothing for no value. */
export function frenchNumber(value: number | null): string {
  return value === null ? '' : String(value).replace('.', ',');
}

/** CSV as a French spreadsheet opens it: UTF-8 with a byte order mark, `;` between fields. */
export function frenchCsv(input: Parameters<typeof stringify>[0], options: Options = {}): Buffer {
  return Buffer.from(`\uFEFF${stringify(input, { ...options, delimiter: ';' })}`, 'utf8');
}
