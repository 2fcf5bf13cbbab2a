import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/** Codes every client may rely on, in `extensions.code`. */
export enum ErrorCode {
  BadUserInput = 'BAD_USER_INPUT',
  NotFound = 'NOT_FOUND',
  Forbidden = 'FORBIDDEN',
  Unauthenticated = 'UNAUTHENTICATED',
  Conflict = 'CONFLICT',
  Internal = 'INTERNAL_SERVER_ERROR',
  /** A subgraph did not answer: the gateway returns what the others gave (`extensions.subgraph`). */
  ServiceUnavailable = 'SERVICE_UNAVAILABLE',
}

export class DomainError extends GraphQLError {
  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message, { extensions: { code, ...details } });
  }
}

export class BadUserInputError extends DomainError {
  constructor(message: string, details?: Record<string, unknown>) {
    super(ErrorCode.BadUserInput, message, details);
  }
}

export class NotFoundError extends DomainError {
  constructor(entity: string, id: string) {
    super(ErrorCode.NotFound, `${entity} ${id} not found`, { entity, id });
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'Your role may not do this') {
    super(ErrorCode.Forbidden, message);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'Authentication required') {
    super(ErrorCode.Unauthenticated, message, { http: { status: 401 } });
  }
}

export class ConflictError extends DomainError {
  constructor(message: string, details?: Record<string, unknown>) {
    super(ErrorCode.Conflict, message, details);
  }
}

const KNOWN_CODES = new Set<string>(Object.values(ErrorCode));

// PostgreSQL SQLSTATE classes we turn into client errors instead of a 500.
const PG_CODES: Record<string, { code: ErrorCode; message: string }> = {
  '23505': { code: ErrorCode.Conflict, message: 'This record already exists' },
  '23503': { code: ErrorCode.BadUserInput, message: 'A referenced record does not exist' },
  '23514': { code: ErrorCode.BadUserInput, message: 'A value breaks a rule of the data' },
  '23502': { code: ErrorCode.BadUserInput, message: 'A required value is missing' },
  '22P02': { code: ErrorCode.BadUserInput, message: 'A value has the wrong format' },
  '40001': { code: ErrorCode.Conflict, message: 'Concurrent change, please retry' },
};

// Class 22, data exception: a value PostgreSQL cannot take (a NUL byte, a date out of range, a number
// too large…) is the caller's input, never an internal error.
const DATA_EXCEPTION = { code: ErrorCode.BadUserInput, message: 'A value is not valid' };

function pgMapping(code: string): { code: ErrorCode; message: string } | undefined {
  return PG_CODES[code] ?? (/^22[0-9A-Z]{3}$/.test(code) ? DATA_EXCEPTION : undefined);
}

function findDriverCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && pgMapping(code)) return code;
    current =
      (current as { originalError?: unknown; cause?: unknown }).originalError ??
      (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/**
 * Apollo `formatError`: the one place where ORM, driver and validation errors become coded client
 * errors. Unknown errors are masked: no stack, no SQL reaches the client.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const code = formatted.extensions?.code as string | undefined;

  // type-graphql's class-validator failures
  const validation = (original as { extensions?: { validationErrors?: unknown[] } })?.extensions
    ?.validationErrors;
  if (validation) {
    return {
      message: 'Invalid input',
      path: formatted.path,
      extensions: {
        code: ErrorCode.BadUserInput,
        validationErrors: (
          validation as Array<{ property: string; constraints?: Record<string, string> }>
        ).map((v) => ({ property: v.property, constraints: v.constraints })),
      },
    };
  }
  const pgCode = findDriverCode(original);
  if (pgCode) {
    const mapped = pgMapping(pgCode) as { code: ErrorCode; message: string };
    return { message: mapped.message, path: formatted.path, extensions: { code: mapped.code } };
  }
  if ((original as { name?: string })?.name === 'OptimisticLockError') {
    return {
      message: 'Someone changed this record meanwhile: read it again',
      path: formatted.path,
      extensions: { code: ErrorCode.Conflict, reason: 'STALE_VERSION' },
    };
  }
  if ((original as { name?: string })?.name === 'NotFoundError') {
    return { message: 'Not found', path: formatted.path, extensions: { code: ErrorCode.NotFound } };
  }
  if (code && KNOWN_CODES.has(code) && code !== ErrorCode.Internal) {
    const { stacktrace: _s, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  if (code === 'GRAPHQL_VALIDATION_FAILED' || code === 'GRAPHQL_PARSE_FAILED' || code === 'BAD_REQUEST') {
    const { stacktrace: _s, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions: { ...extensions, code: ErrorCode.BadUserInput, reason: code } };
  }
  return { message: 'Internal server error', path: formatted.path, extensions: { code: ErrorCode.Internal } };
}
